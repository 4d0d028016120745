package be.koepel.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one bench run does, from the command line ({@code --name value} or {@code --name=value}).
 * The defaults are the full measured run of issue 8; the CI smoke run shortens everything.
 */
record BenchOptions(
        boolean startStack,
        Duration step,
        List<Integer> intakeRates,
        List<Integer> erRates,
        int footprintReferrals,
        int escalationPages,
        int escalationRate,
        Duration acknowledgeWithin,
        int warmupReferrals,
        int warmupRate,
        int limitSamples,
        Duration limitThroughputTime,
        int maxInFlight,
        Set<String> scenarios,
        Path out,
        String note,
        Map<String, Map<String, String>> serviceConfig,
        List<String> serviceJvmOptions,
        Path repositoryRoot,
        // an already-running stack (./koepel up)
        int smsSinkPort,
        Path smsLog,
        String keycloakUrl,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        String kafkaBootstrapServers) {

    static final String USAGE = """
            usage: ./bench/run [options]
              --stack start|running        start a fresh network (default) or use ./koepel up's on ports 8101-8104
              --step-seconds N             duration of every load step of A and B (default 60)
              --intake-rates R1,R2,...     A: offered referrals/s, ramped until saturation (default 25,50,75,100,150,250,500,1000,1500,2000,3000)
              --er-rates R1,R2,...         B: ER referrals/s (default 1,10,20,50)
              --footprint-referrals N      C: RSS again after this many referrals in all (default 100000)
              --escalation-pages N         D: unanswered ER pages (default 1000)
              --escalation-rate R          D: their rate per second (default 20)
              --acknowledge-within D       deadline of a page, e.g. 3s (default): the started stack gets it; for a
                                           running stack say what it runs with (default there PT5M)
              --warmup-referrals N         before anything is measured (default 2000)
              --warmup-rate R              their rate per second: below saturation, so that no backlog is
                                           left for the first scenario (default 40)
              --limit-samples N            samples of each raw hop (default 5000)
              --limit-throughput-seconds N durable inserts on 8 connections for this long (default 5)
              --max-in-flight N            concurrent requests of the load generator (default 256)
              --scenarios A,B,C,D          which scenarios (default all)
              --out DIR                    report directory (default bench/results/<yyyy-mm-dd>)
              --note TEXT                  printed at the top of the report, e.g. "machine under contention"
              --set SERVICE:KEY=VALUE      extra configuration of one started service, repeatable; for before/after
                                           figures, e.g. --set referral-service:koepel.outbox.sweep-interval=200ms
              --service-jvm "OPTIONS"       JVM options of the started services (default -Xmx256m, as ./koepel up),
                                           e.g. "-Xmx128m -XX:+UseSerialGC" to measure a smaller footprint
              running stack only:
              --sms-log PATH               the stack's SMS sink log, followed for the pages (default .koepel/logs/sms.log)
              --sms-sink-port P            instead, the bench's own SMS gateway sink listens on P; start
                                           notification-service with -Dkoepel.sms.gateway-url=http://localhost:P/sms
              --keycloak-url URL           (default http://localhost:8180)
              --jdbc-url URL --jdbc-user U --jdbc-password P
                                           the stack's PostgreSQL, for the raw insert+commit (default
                                           jdbc:postgresql://localhost:5432/postgres, postgres, empty)
              --kafka HOST:PORT            the stack's broker, for the raw produce→consume (default localhost:9092)
            """;

    static BenchOptions parse(String... args) {
        Map<String, String> given = new LinkedHashMap<>();
        Map<String, Map<String, String>> serviceConfig = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new IllegalArgumentException("");
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else {
                name = arg.substring(2);
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                value = args[++i];
            }
            if (name.equals("set")) {
                int colon = value.indexOf(':');
                int assign = value.indexOf('=', colon + 1);
                if (colon <= 0 || assign <= colon + 1) {
                    throw new IllegalArgumentException("--set wants SERVICE:KEY=VALUE, not " + value);
                }
                serviceConfig.computeIfAbsent(value.substring(0, colon), s -> new LinkedHashMap<>())
                        .put(value.substring(colon + 1, assign), value.substring(assign + 1));
            } else {
                given.put(name, value);
            }
        }
        Options o = new Options(given);
        String stack = o.text("stack", "start");
        if (!stack.equals("start") && !stack.equals("running")) {
            throw new IllegalArgumentException("--stack is start or running, not " + stack);
        }
        Path root = Path.of(System.getProperty("koepel.repository.root", ".")).toAbsolutePath().normalize();
        Path out = given.containsKey("out") ? Path.of(given.remove("out")).toAbsolutePath()
                : root.resolve("bench/results").resolve(LocalDate.now(ZoneOffset.UTC).toString());
        BenchOptions options = new BenchOptions(
                stack.equals("start"),
                Duration.ofSeconds(o.integer("step-seconds", 60)),
                o.integers("intake-rates", "25,50,75,100,150,250,500,1000,1500,2000,3000"),
                o.integers("er-rates", "1,10,20,50"),
                o.integer("footprint-referrals", 100_000),
                o.integer("escalation-pages", 1000),
                o.integer("escalation-rate", 20),
                // a started stack gets short deadlines; ./koepel up runs with notification-service's 5 minutes
                o.duration("acknowledge-within", stack.equals("start") ? "3s" : "PT5M"),
                o.integer("warmup-referrals", 2000),
                o.integer("warmup-rate", 40),
                o.integer("limit-samples", 5000),
                Duration.ofSeconds(o.integer("limit-throughput-seconds", 5)),
                o.integer("max-in-flight", 256),
                new TreeSet<>(Arrays.asList(o.text("scenarios", "A,B,C,D").toUpperCase(Locale.ROOT).split(","))),
                out,
                o.text("note", ""),
                serviceConfig,
                List.of(o.text("service-jvm", "-Xmx256m").trim().split("\\s+")),
                root,
                o.integer("sms-sink-port", 0),
                Path.of(o.text("sms-log", root.resolve(".koepel/logs/sms.log").toString())),
                o.text("keycloak-url", "http://localhost:8180"),
                o.text("jdbc-url", "jdbc:postgresql://localhost:5432/postgres"),
                o.text("jdbc-user", "postgres"),
                o.text("jdbc-password", ""),
                o.text("kafka", "localhost:9092"));
        o.rejectUnknown();
        return options;
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    /** The options as given, so that the report can say what produced it. */
    private static final class Options {
        private final Map<String, String> given;

        Options(Map<String, String> given) {
            this.given = given;
        }

        String text(String name, String fallback) {
            String value = given.remove(name);
            return value == null ? fallback : value;
        }

        int integer(String name, int fallback) {
            String value = given.remove(name);
            try {
                return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " wants a whole number, not " + value);
            }
        }

        List<Integer> integers(String name, String fallback) {
            String value = text(name, fallback);
            List<Integer> list = new ArrayList<>();
            for (String part : value.split(",")) {
                try {
                    list.add(Integer.parseInt(part.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--" + name + " wants numbers separated by commas, not " + value);
                }
            }
            return List.copyOf(list);
        }

        Duration duration(String name, String fallback) {
            String value = text(name, fallback).trim().toLowerCase(Locale.ROOT);
            try {
                if (value.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
                }
                if (value.endsWith("s")) {
                    return Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
                }
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--" + name + " wants a duration such as 3s or 500ms, not " + value);
            }
        }

        void rejectUnknown() {
            if (!given.isEmpty()) {
                throw new IllegalArgumentException("unknown option(s): --" + String.join(", --", given.keySet()));
            }
        }
    }
}
