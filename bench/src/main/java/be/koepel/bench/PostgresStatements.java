package be.koepel.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where PostgreSQL's time went during a scenario, from pg_stat_statements (loaded by the stack
 * the bench starts): the statements of all the services' databases with the most execution time.
 * The CPU table says how much of the machine PostgreSQL took; this says for which statements.
 */
final class PostgresStatements {

    /** One normalised statement: which service's database, how often, how long in all. */
    record Query(String database, String query, long calls, double totalMs, double meanMs, long rows) {
    }

    /** The top statements and the total execution time of every statement in the same interval. */
    record Top(List<Query> queries, double allStatementsMs, long allCalls) {
    }

    private final Optional<Stack.Jdbc> server;

    PostgresStatements(Optional<Stack.Jdbc> server) {
        this.server = server;
    }

    boolean available() {
        return server.isPresent();
    }

    /** Forgets what was counted so far: the next {@link #top} covers what runs from now. */
    void reset() {
        server.ifPresent(jdbc -> run(jdbc, statement -> {
            statement.execute("create extension if not exists pg_stat_statements");
            statement.execute("select pg_stat_statements_reset()");
        }));
    }

    Optional<Top> top(int n) {
        if (server.isEmpty()) {
            return Optional.empty();
        }
        List<Query> top = new ArrayList<>();
        double[] all = new double[1];
        long[] calls = new long[1];
        run(server.get(), statement -> {
            try (ResultSet rs = statement.executeQuery("""
                    select coalesce(sum(total_exec_time), 0), coalesce(sum(calls), 0) from pg_stat_statements s
                    join pg_database d on d.oid = s.dbid where d.datname like 'koepel_%'""")) {
                rs.next();
                all[0] = rs.getDouble(1);
                calls[0] = rs.getLong(2);
            }
            statement.setMaxRows(n);
            try (ResultSet rs = statement.executeQuery("""
                    select d.datname, s.query, s.calls, s.total_exec_time, s.mean_exec_time, s.rows
                    from pg_stat_statements s join pg_database d on d.oid = s.dbid
                    where d.datname like 'koepel_%' order by s.total_exec_time desc""")) {
                while (rs.next()) {
                    top.add(new Query(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getLong(6)));
                }
            }
        });
        return Optional.of(new Top(top, all[0], calls[0]));
    }

    private interface Work {
        void on(Statement statement) throws SQLException;
    }

    private static void run(Stack.Jdbc jdbc, Work work) {
        try (Connection connection = DriverManager.getConnection(jdbc.url(), jdbc.user(), jdbc.password());
             Statement statement = connection.createStatement()) {
            work.on(statement);
        } catch (SQLException e) {
            Bench.say("pg_stat_statements not readable: " + e.getMessage());
        }
    }
}
