package be.koepel.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The stack of {@code ./koepel up}, already running on the ports of DESIGN.md, with Keycloak.
 * Its notification-service pages the stack's own SMS sink, which logs every text with the moment
 * it arrived to .koepel/logs/sms.log: the bench follows that log. With {@code --sms-sink-port}
 * the bench listens itself instead, for a notification-service pointed at it
 * ({@code -Dkoepel.sms.gateway-url=http://localhost:<port>/sms}).
 */
final class RunningStack implements Stack {

    private static final Map<String, Integer> PORTS = Map.of("referral-service", 8101, "volunteer-service", 8102,
            "group-service", 8103, "notification-service", 8104);

    private final BenchOptions options;
    private final Credentials credentials;
    private final SmsGatewaySink sms;
    private final SmsLogTail tail;
    private final List<Service> services;
    private final Map<String, String> settings;

    RunningStack(BenchOptions options) {
        this.options = options;
        this.credentials = Credentials.keycloak(options.keycloakUrl());
        this.services = SERVICES.stream().map(name -> new Service(name, findPid(name), null)).toList();
        this.settings = Database.requireDurable(new Jdbc(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword()));
        if (options.smsSinkPort() > 0) {
            this.sms = SmsGatewaySink.start(options.smsSinkPort());
            this.tail = null;
            Bench.say("using the running stack; the bench's SMS sink listens on " + sms.url()
                    + ": notification-service must send its pages there");
        } else {
            this.sms = SmsGatewaySink.withoutServer();
            this.tail = SmsLogTail.follow(options.smsLog(), sms);
            Bench.say("using the running stack; pages are read from its SMS sink's log " + options.smsLog());
        }
    }

    @Override
    public String url(String service) {
        return "http://localhost:" + PORTS.get(service);
    }

    @Override
    public Credentials credentials() {
        return credentials;
    }

    @Override
    public SmsGatewaySink sms() {
        return sms;
    }

    /** The service processes found by their jar on the command line; start times are not known. */
    @Override
    public List<Service> services() {
        return services;
    }

    private static OptionalLong findPid(String name) {
        String jar = name + "/target/quarkus-app/quarkus-run.jar";
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> List.of(args).stream().anyMatch(a -> a.endsWith(jar)))
                        .orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst()
                .stream().mapToObj(OptionalLong::of).findFirst().orElse(OptionalLong.empty());
    }

    @Override
    public Jdbc scratchDatabase() {
        return Database.ensureDatabase(new Jdbc(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword()),
                "koepel_bench_scratch");
    }

    @Override
    public String kafkaBootstrapServers() {
        return options.kafkaBootstrapServers();
    }

    @Override
    public String description() {
        return "already running (./koepel up): PostgreSQL " + settings.get("server_version") + " at " + options.jdbcUrl()
                + " (SHOW fsync=" + settings.get("fsync") + ", synchronous_commit=" + settings.get("synchronous_commit")
                + "), Kafka " + options.kafkaBootstrapServers() + ", Keycloak " + options.keycloakUrl()
                + " (client-credential and password grants), services on 8101-8104";
    }

    @Override
    public boolean needsSeeding() {
        return false;
    }

    @Override
    public void close() {
        if (tail != null) {
            tail.close();
        }
        sms.close();
    }

}
