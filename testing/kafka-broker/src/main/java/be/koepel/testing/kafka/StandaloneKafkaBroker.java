package be.koepel.testing.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Main class of the child JVM: formats the KRaft storage once, then runs a single-node broker
 * that is also its own controller. It exits when its standard input closes, which happens when
 * the parent process dies for any reason, even {@code kill -9}.
 */
public final class StandaloneKafkaBroker {

    private static final long GRACEFUL_SHUTDOWN_MILLIS = 15_000;

    private StandaloneKafkaBroker() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        int controllerPort = Integer.parseInt(args[1]);
        Path dataDir = Path.of(args[2]);
        Files.createDirectories(dataDir);

        Path logDir = dataDir.resolve("kraft-logs");
        Path config = dataDir.resolve("server.properties");
        Properties props = serverProperties(port, controllerPort, logDir);
        try (var out = Files.newOutputStream(config)) {
            props.store(out, "single-node KRaft broker written by StandaloneKafkaBroker");
        }

        if (!Files.exists(logDir.resolve("meta.properties"))) {
            String clusterId = Files.exists(dataDir.resolve("cluster.id"))
                    ? Files.readString(dataDir.resolve("cluster.id")).trim()
                    : kafkaClusterId();
            Files.writeString(dataDir.resolve("cluster.id"), clusterId);
            kafka.tools.StorageTool.execute(
                    new String[] {"format", "-t", clusterId, "-c", config.toString(), "--ignore-formatted"},
                    new PrintStream(OutputStream.nullOutputStream()));
        }

        watchParent(System.in);
        kafka.Kafka.main(new String[] {config.toString()});
    }

    static Properties serverProperties(int port, int controllerPort, Path logDir) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        // One node: every internal topic must have replication factor 1, or consumers silently get nothing.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "3");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("num.partitions", "3");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    private static String kafkaClusterId() {
        // Kafka's own generator: it never starts an id with '-', which the format tool would read as an option.
        return org.apache.kafka.common.Uuid.randomUuid().toString();
    }

    private static void watchParent(InputStream parentPipe) {
        Thread watcher = new Thread(() -> {
            try {
                while (parentPipe.read() >= 0) {
                    // the parent never writes; we only wait for end of stream
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end of stream
            }
            // Graceful first, so that a kept data directory stays clean; halt if that hangs.
            Thread halt = new Thread(() -> {
                sleepQuietly(GRACEFUL_SHUTDOWN_MILLIS);
                Runtime.getRuntime().halt(0);
            });
            halt.setDaemon(true);
            halt.start();
            System.exit(0);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
