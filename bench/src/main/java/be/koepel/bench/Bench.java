package be.koepel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The Koepel bench (issue 8): starts the network (or uses a running one), measures the machine's
 * own limit on the stack's PostgreSQL and Kafka, runs scenarios A–D and writes
 * bench/results/&lt;date&gt;/report.md with a latency plot. Run it with {@code ./bench/run}.
 */
public final class Bench {

    /** Statements listed per scenario in "where PostgreSQL's time went". */
    private static final int TOP_STATEMENTS = 12;

    private Bench() {
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println("bench: " + e.getMessage());
            }
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            Path report = run(options, "./bench/run " + String.join(" ", args));
            say("report: " + report);
        } catch (RuntimeException | IOException e) {
            System.err.println("bench: failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** One whole run; answers the report's path. */
    static Path run(BenchOptions options, String command) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        String loadBefore = loadAverage();
        String tag = String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        try (Stack stack = options.startStack() ? StartedStack.start(options) : new RunningStack(options)) {
            Load load = new Load(options, stack, new ReferralMix(tag));
            // Peers answer every page at once, except in D, where the deadline must pass.
            stack.sms().answerWhen(room -> ReferralMix.scenarioOf(room) != 'D');
            if (stack.needsSeeding()) {
                Rota.seed(stack);
            }
            Report.Warmup warmup = warmUp(load);
            Footprint footprint = new Footprint();
            footprint.afterWarmup(load);
            MachineLimit.Limits limits = MachineLimit.measure(stack.scratchDatabase(), stack.kafkaBootstrapServers(),
                    options.limitSamples(), options.limitThroughputTime());
            say("raw: insert+commit p50 %.2f ms p99 %.2f ms; %.0f/s on 1 connection, %.0f/s on 8; produce→consume p50 %.2f ms p99 %.2f ms"
                    .formatted(limits.insertCommit().p50(), limits.insertCommit().p99(),
                            limits.insertsPerSecondOneConnection(), limits.insertsPerSecondEightConnections(),
                            limits.produceConsume().p50(), limits.produceConsume().p99()));
            load.settle();

            // D first, on a settled stack: A and B ramp to saturation on purpose, and the pages they
            // leave queued would delay D's escalations (the run of 2026-12-03 escalated none of them).
            PostgresStatements statements = new PostgresStatements(stack.statementsServer());
            statements.reset();
            EscalationTimeliness.Result escalation = options.runs("D") ? EscalationTimeliness.run(load) : null;
            PostgresStatements.Top escalationStatements = escalation == null ? null : statements.top(TOP_STATEMENTS).orElse(null);
            if (escalation != null) {
                load.settle();
            }
            statements.reset();
            IntakeThroughput.Result intake = options.runs("A") ? IntakeThroughput.run(load) : null;
            PostgresStatements.Top intakeStatements = intake == null ? null : statements.top(TOP_STATEMENTS).orElse(null);
            List<ErPageLatency.Step> er = options.runs("B") ? ErPageLatency.run(load) : List.of();
            if (!er.isEmpty()) {
                load.settle(Duration.ofMinutes(5));
            }
            Footprint.Result footprintResult = null;
            if (options.runs("C")) {
                // below saturation, so that the top-up measures memory, not a backlog
                double rate = intake == null ? 300 : Math.max(50, Math.min(2000, intake.peakPerSecond() * 0.7));
                footprintResult = footprint.afterLoad(load, rate);
            }
            footprint.close();
            Report.Run run = new Report.Run(command, options.note(), started,
                    Duration.ofNanos(System.nanoTime() - t0), machine(), loadBefore, loadAverage(), stack.description(),
                    options.serviceConfig(), limits, intake, intakeStatements, er, footprintResult, escalation,
                    escalationStatements, warmup,
                    new Report.Sms(load.sms.texts(), load.sms.answered(), load.sms.answersRefused(), load.sms.unmatched()));
            load.api.close();
            return Report.write(run, options.out());
        }
    }

    /**
     * First one ER referral per hospital until each is paged (the new peers must have reached
     * notification-service), then the intake mix, so that every JIT and pool is warm.
     */
    private static Report.Warmup warmUp(Load load) {
        List<String> probes = new ArrayList<>();
        for (int attempt = 1; attempt <= 3; attempt++) {
            probes.clear();
            for (int i = 0; i < Organisation.HOSPITALS.size(); i++) {
                ReferralMix.ReferralRequest referral = load.mix.er('W', load.random);
                ReferralApi.Posted posted = load.api.post(referral).join();
                if (!posted.created()) {
                    throw new IllegalStateException("an ER referral was refused: " + posted.error());
                }
                probes.add(referral.room());
            }
            ErPageLatency.awaitPages(load, probes, Duration.ofSeconds(30));
            if (probes.stream().allMatch(room -> !load.sms.arrivals(room).isEmpty())) {
                break;
            }
            if (attempt == 3) {
                throw new IllegalStateException("no page reached the bench's SMS sink (" + load.sms.url() + ") for "
                        + probes + ": is notification-service sending its pages there, and is someone on call?");
            }
        }
        // every kind of referral of the mix once, so that a body the service refuses stops the run here
        for (int i = 0; i < 30; i++) {
            ReferralApi.Posted posted = load.api.post(load.mix.next('W', load.random)).join();
            if (!posted.created()) {
                throw new IllegalStateException("a referral of the mix was refused: " + posted.error());
            }
        }
        int count = load.options.warmupReferrals();
        double rate = load.options.warmupRate();
        say("warm-up: %d referrals at %.0f/s".formatted(count, rate));
        Map<String, Boolean> erRooms = new ConcurrentHashMap<>();
        OpenLoad.run(rate, Duration.ofMillis(Math.round(count * 1000.0 / rate)), due -> {
            ReferralMix.ReferralRequest referral = load.mix.next('W', load.random);
            load.api.post(referral).thenAccept(posted -> {
                if (posted.created() && referral.er()) {
                    erRooms.put(referral.room(), true);
                }
            });
        });
        load.api.drain(load.options.maxInFlight(), Duration.ofSeconds(60));
        ErPageLatency.awaitPages(load, erRooms.keySet(), Duration.ofSeconds(30));
        long paged = erRooms.keySet().stream().filter(room -> !load.sms.arrivals(room).isEmpty()).count();
        load.settle();
        return new Report.Warmup(load.api.created(), paged, erRooms.size());
    }

    static String machine() {
        String cpu = "?";
        String memory = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB").orElse("?");
        } catch (IOException | RuntimeException e) {
            // not Linux: leave the question marks
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + " memory, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static void say(String line) {
        System.out.println("[bench " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
    }
}
