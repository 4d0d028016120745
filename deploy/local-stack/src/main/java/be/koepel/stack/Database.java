package be.koepel.stack;

import be.koepel.testing.EmbeddedPostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL for the stack: the server named by {@code KOEPEL_DB_URL} if set, otherwise an
 * embedded real server with its data under {@code .koepel/postgres/data}, durable (fsync and
 * synchronous_commit on, checked with SHOW). One database per service, created when missing.
 */
final class Database implements AutoCloseable {

    static final String URL_ENV = "KOEPEL_DB_URL";
    static final String USER_ENV = "KOEPEL_DB_USER";
    static final String PASSWORD_ENV = "KOEPEL_DB_PASSWORD";
    static final int EMBEDDED_PORT = 5432;
    /** One per service, and Keycloak's (durable here, unlike its dev-mode H2 file). */
    static final List<String> DATABASES = List.of("koepel_referral", "koepel_volunteer", "koepel_group", "koepel_notification",
            "koepel_keycloak");

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String description;
    private final EmbeddedPostgres embedded;
    private final Path dataDir;

    private Database(String adminUrl, String user, String password, String description, EmbeddedPostgres embedded,
            Path dataDir) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.description = description;
        this.embedded = embedded;
        this.dataDir = dataDir;
    }

    static boolean external() {
        String url = System.getenv(URL_ENV);
        return url != null && !url.isBlank();
    }

    static Database external(Map<String, String> env) {
        String url = env.get(URL_ENV);
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new StackException(URL_ENV + " must be a JDBC URL such as jdbc:postgresql://localhost:5432/postgres, not " + url);
        }
        return new Database(url, env.getOrDefault(USER_ENV, "postgres"), env.getOrDefault(PASSWORD_ENV, ""),
                "the server in " + URL_ENV + " (" + url + ")", null, null);
    }

    static Database embedded(StackHome home) {
        Path data = home.postgresData();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("fsync", "on");
        config.put("synchronous_commit", "on");
        config.put("full_page_writes", "on");
        config.put("max_connections", "100");
        config.put("listen_addresses", "localhost");
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgresServer.start(home.postgresBinaries(), data, false, EMBEDDED_PORT, config);
        } catch (RuntimeException e) {
            throw new StackException("""
                    The embedded PostgreSQL did not start (%s).
                    Its log: the lines above; its data: %s.
                    As root it needs user namespaces ('unshare -U true' must work), or run as a non-root user,
                    or use a server of your own: export %s=jdbc:postgresql://localhost:5432/postgres %s=postgres %s=secret"""
                    .formatted(rootCause(e), data, URL_ENV, USER_ENV, PASSWORD_ENV), e);
        }
        Database database = new Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "",
                "embedded PostgreSQL 17 on port " + postgres.getPort() + ", data in " + data, postgres, data);
        database.requireDurable();
        return database;
    }

    /** The postmaster's pid, from postmaster.pid in the data directory. */
    Optional<Long> postmasterPid() {
        return dataDir == null ? Optional.empty() : postmasterPid(dataDir);
    }

    static Optional<Long> postmasterPid(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (Files.exists(pidFile)) {
                return Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
            }
        } catch (IOException | RuntimeException e) {
            // no usable pid file
        }
        return Optional.empty();
    }

    Path dataDir() {
        return dataDir;
    }

    String description() {
        return description;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** The durable settings the local stack promises, read back from the server. */
    Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String name : List.of("fsync", "synchronous_commit", "server_version")) {
                try (ResultSet rs = s.executeQuery("SHOW " + name)) {
                    rs.next();
                    settings.put(name, rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StackException("Could not read the settings of " + description + ": " + e.getMessage(), e);
        }
        return settings;
    }

    private void requireDurable() {
        Map<String, String> settings = settings();
        if (!"on".equals(settings.get("fsync")) || !"on".equals(settings.get("synchronous_commit"))) {
            throw new StackException("The embedded PostgreSQL is not durable: " + settings
                    + "; expected fsync=on and synchronous_commit=on");
        }
    }

    /** Creates the services' and Keycloak's databases when missing; returns the ones it created. */
    List<String> createDatabases() {
        try (Connection c = connect()) {
            List<String> created = new java.util.ArrayList<>();
            for (String name : DATABASES) {
                boolean exists;
                try (PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    q.setString(1, name);
                    try (ResultSet rs = q.executeQuery()) {
                        exists = rs.next();
                    }
                }
                if (!exists) {
                    try (Statement s = c.createStatement()) {
                        s.execute("create database " + name);
                    }
                    created.add(name);
                }
            }
            return created;
        } catch (SQLException e) {
            throw new StackException("Could not create the databases on " + description + ": " + e.getMessage()
                    + (embedded == null ? "\nThe user in " + USER_ENV + " needs the CREATEDB privilege." : ""), e);
        }
    }

    String jdbcUrl(String database) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?');
        String base = slash < 0 ? (query < 0 ? adminUrl : adminUrl.substring(0, query)) : adminUrl.substring(0, slash);
        String params = query < 0 ? "" : adminUrl.substring(query);
        if (embedded != null) {
            params = ""; // zonky's URL carries user=postgres; the services get it as a property
        }
        return base + "/" + database + params;
    }

    private Connection connect() throws SQLException {
        try {
            return DriverManager.getConnection(adminUrl, user, password);
        } catch (SQLException e) {
            throw new StackException("Cannot connect to " + description + ": " + e.getMessage()
                    + (embedded == null ? "\nCheck " + URL_ENV + ", " + USER_ENV + " and " + PASSWORD_ENV + "." : ""), e);
        }
    }

    @Override
    public void close() {
        if (embedded == null) {
            return;
        }
        Optional<Long> pid = postmasterPid();
        try {
            embedded.close();
        } catch (IOException | RuntimeException e) {
            // pg_ctl may refuse; fall back to a fast shutdown signal below
        }
        pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent(p -> {
            Processes.signal(p.pid(), "INT");
            Processes.awaitExit(p, 20);
        });
    }

    static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
