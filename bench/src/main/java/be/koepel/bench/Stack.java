package be.koepel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The network under load: the four services, their PostgreSQL server and Kafka broker, a way to
 * get tokens, and the bench's SMS gateway sink that notification-service pages.
 */
interface Stack extends AutoCloseable {

    List<String> SERVICES = List.of("referral-service", "volunteer-service", "group-service", "notification-service");

    String url(String service);

    Credentials credentials();

    SmsGatewaySink sms();

    List<Service> services();

    /** Where the raw insert+commit runs: a scratch database on the stack's own PostgreSQL server. */
    Jdbc scratchDatabase();

    /** The stack's own broker, for the raw produce→consume on a scratch topic. */
    String kafkaBootstrapServers();

    /** Where pg_stat_statements can be read, when this bench started the server with it loaded. */
    default Optional<Jdbc> statementsServer() {
        return Optional.empty();
    }

    /** The PostgreSQL server's postmaster, when this bench started it: for the CPU use of its backends. */
    default OptionalLong postgresPid() {
        return OptionalLong.empty();
    }

    /** The Kafka broker's process, when this bench started it. */
    default OptionalLong kafkaPid() {
        return OptionalLong.empty();
    }

    /** One line for the report: what runs where. */
    String description();

    /** Whether the bench must register volunteers and the rota (a started stack is empty). */
    boolean needsSeeding();

    @Override
    void close();

    record Jdbc(String url, String user, String password) {
    }

    /** One service process: its pid, for RSS, and how long it took from start to its first answer. */
    record Service(String name, OptionalLong pid, Duration startToFirstAnswer) {

        /** Resident set size now, from /proc/&lt;pid&gt;/status (VmRSS), in MiB; -1 when unknown. */
        double rssMiB() {
            if (pid.isEmpty()) {
                return -1;
            }
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid.getAsLong()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return -1;
            }
            return -1;
        }
    }

    /** Extra configuration for one service from {@code --set}. */
    static Map<String, String> extra(BenchOptions options, String service) {
        return options.serviceConfig().getOrDefault(service, Map.of());
    }
}
