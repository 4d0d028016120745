package be.koepel.testing.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker (KRaft, single node) running in a child JVM.
 *
 * <p>The child gets a classpath of Kafka's server jars only, so nothing clashes with the
 * caller's classpath (Quarkus, JUnit). It dies with the caller: it watches its standard input,
 * which the operating system closes when the caller exits, however it exits.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "META-INF/koepel/kafka-broker.classpath";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final OutputStream lifeline;
    private final int port;
    private final int controllerPort;
    private final Path dataDir;

    private KafkaBroker(Process process, int port, int controllerPort, Path dataDir) {
        this.process = process;
        this.lifeline = process.getOutputStream();
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDir = dataDir;
    }

    /** Starts a broker on free ports with its data under {@code dataDir}, and waits until it listens. */
    public static KafkaBroker start(Path dataDir) {
        return start(dataDir, freePort(), freePort());
    }

    /** Starts a broker on the given ports; a data directory from an earlier start is kept. */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort) {
        try {
            Files.createDirectories(dataDir);
            Path log = dataDir.resolve("broker.log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xms64m");
            command.add("-Xmx512m");
            command.add("-XX:+UseSerialGC");
            command.add("-Djava.io.tmpdir=" + dataDir);
            command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
            command.add("-cp");
            command.add(brokerClasspath());
            command.add(StandaloneKafkaBroker.class.getName());
            command.add(Integer.toString(port));
            command.add(Integer.toString(controllerPort));
            command.add(dataDir.toString());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            KafkaBroker broker = new KafkaBroker(process, port, controllerPort, dataDir);
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-stop"));
            broker.awaitListening(log);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka broker child JVM", e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts this broker again after {@link #close()}, on the same ports and data: what a broker restart looks like. */
    public KafkaBroker restart() {
        return start(dataDir, port, controllerPort);
    }

    public Path dataDir() {
        return dataDir;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        try {
            lifeline.close();
        } catch (IOException ignored) {
            // the child is gone already
        }
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitListening(Path log) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The Kafka broker exited with code " + process.exitValue()
                        + " before it listened on port " + port + ". Its log: " + log + "\n" + tail(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep(Duration.ofMillis(200));
            }
        }
        close();
        throw new IllegalStateException("The Kafka broker did not listen on port " + port + " within "
                + READY_TIMEOUT.toSeconds() + " s. Its log: " + log + "\n" + tail(log));
    }

    private static String brokerClasspath() throws IOException {
        URL resource = KafkaBroker.class.getClassLoader().getResource(CLASSPATH_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: build the module testing/kafka-broker"
                    + " with Maven (./mvnw -pl testing/kafka-broker install) so that it records the broker's classpath.");
        }
        String dependencies;
        try (var in = resource.openStream()) {
            dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        return ownLocation() + java.io.File.pathSeparator + dependencies;
    }

    /** The jar or classes directory that holds this class, which holds the child's main class too. */
    private static String ownLocation() {
        try {
            return Path.of(StandaloneKafkaBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }
}
