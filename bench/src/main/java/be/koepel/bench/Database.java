package be.koepel.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stack's PostgreSQL server as the bench sees it. */
final class Database {

    private Database() {
    }

    /**
     * SHOWs fsync, synchronous_commit and the version, and refuses a server that does not make
     * commits durable: its figures would be several times too fast.
     */
    static Map<String, String> requireDurable(Stack.Jdbc jdbc) {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbc.url(), jdbc.user(), jdbc.password());
                Statement statement = connection.createStatement()) {
            for (String name : List.of("fsync", "synchronous_commit", "server_version")) {
                try (ResultSet rs = statement.executeQuery("show " + name)) {
                    rs.next();
                    settings.put(name, rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at " + jdbc.url() + ": " + e.getMessage(), e);
        }
        if (!"on".equals(settings.get("fsync")) || !"on".equals(settings.get("synchronous_commit"))) {
            throw new IllegalStateException("PostgreSQL at " + jdbc.url() + " has fsync=" + settings.get("fsync")
                    + ", synchronous_commit=" + settings.get("synchronous_commit")
                    + ": a benchmark needs both on, or its figures are several times too fast");
        }
        return settings;
    }

    /** Creates the database if it is missing and answers its JDBC URL. */
    static Stack.Jdbc ensureDatabase(Stack.Jdbc admin, String name) {
        try (Connection connection = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!rs.next()) {
                    statement.execute("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the scratch database " + name + " at " + admin.url()
                    + " (the user needs CREATEDB): " + e.getMessage(), e);
        }
        return new Stack.Jdbc(withDatabase(admin.url(), name), admin.user(), admin.password());
    }

    static String withDatabase(String jdbcUrl, String database) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = jdbcUrl.indexOf('?');
        String base = slash < 0 ? (query < 0 ? jdbcUrl : jdbcUrl.substring(0, query)) : jdbcUrl.substring(0, slash);
        return base + "/" + database + (query < 0 ? "" : jdbcUrl.substring(query));
    }
}
