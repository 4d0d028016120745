package be.koepel.testing;

import be.koepel.testing.kafka.KafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real Apache Kafka 4 broker in KRaft mode for tests: the one named by {@value #BOOTSTRAP_ENV},
 * else Testcontainers when a Docker engine answers, else a child JVM started from the Kafka jars
 * on Maven Central (see {@link KafkaBroker}).
 */
public final class KafkaServer implements AutoCloseable {

    public static final String BOOTSTRAP_ENV = "KOEPEL_TEST_KAFKA_BOOTSTRAP_SERVERS";
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

    private final String bootstrapServers;
    private final String description;
    private final AutoCloseable onClose;

    private KafkaServer(String bootstrapServers, String description, AutoCloseable onClose) {
        this.bootstrapServers = bootstrapServers;
        this.description = description;
        this.onClose = onClose;
    }

    public static KafkaServer start() {
        String external = System.getenv(BOOTSTRAP_ENV);
        if (external != null && !external.isBlank()) {
            return new KafkaServer(external, "the broker in " + BOOTSTRAP_ENV, () -> { });
        }
        if (PostgresServer.dockerAvailable()) {
            KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);
            container.start();
            return new KafkaServer(container.getBootstrapServers(), "Testcontainers " + KAFKA_IMAGE, container::stop);
        }
        try {
            Path dataDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "koepel-kafka-");
            KafkaBroker broker = KafkaBroker.start(dataDir);
            return new KafkaServer(broker.bootstrapServers(), "Kafka child JVM (pid " + broker.pid() + ", log "
                    + dataDir.resolve("broker.log") + ")", broker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        try {
            onClose.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop " + description, e);
        }
    }
}
