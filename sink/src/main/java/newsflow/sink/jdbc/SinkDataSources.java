package newsflow.sink.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import newsflow.sink.schema.SqlDialect;

/**
 * Builds the sink's HikariCP pool. SQLite gets one connection (SQLite allows one writer at a time; a second
 * pooled writer would only wait on the file lock), WAL journal mode (readers such as a dashboard do not block
 * the writer), a busy timeout and foreign keys on (off by default in SQLite). PostgreSQL gets a small pool:
 * the sink writes from one thread.
 */
public final class SinkDataSources {
    /** How long SQLite waits on a locked database file before reporting SQLITE_BUSY (then retried). */
    public static final Duration SQLITE_BUSY_TIMEOUT = Duration.ofSeconds(10);
    /** Default longest wait for a pooled connection. */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(10);
    /** Pool size for PostgreSQL. */
    public static final int POSTGRESQL_POOL_SIZE = 2;

    private SinkDataSources() {
    }

    /**
     * @param jdbcUrl  JDBC URL ({@code jdbc:sqlite:…} or {@code jdbc:postgresql:…})
     * @param user     user, or null
     * @param password password, or null
     * @param poolName name of the pool in logs and metrics
     * @return a started pool; close it when done
     * @throws IllegalArgumentException for an unsupported URL
     */
    public static HikariDataSource create(String jdbcUrl, String user, String password, String poolName) {
        return create(jdbcUrl, user, password, poolName, DEFAULT_CONNECTION_TIMEOUT);
    }

    /**
     * @param jdbcUrl           JDBC URL ({@code jdbc:sqlite:…} or {@code jdbc:postgresql:…})
     * @param user              user, or null
     * @param password          password, or null
     * @param poolName          name of the pool in logs and metrics
     * @param connectionTimeout longest wait for a connection (at least 250 ms) before a transient failure
     * @return a started pool; close it when done
     * @throws IllegalArgumentException for an unsupported URL
     */
    public static HikariDataSource create(String jdbcUrl, String user, String password, String poolName,
                                          Duration connectionTimeout) {
        SqlDialect dialect = SqlDialect.fromJdbcUrl(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null && !user.isEmpty()) {
            config.setUsername(user);
        }
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setPoolName(poolName);
        config.setAutoCommit(false);
        config.setConnectionTimeout(connectionTimeout.toMillis());
        // fail fast on a wrong URL but not on a database that is still starting: the writer retries
        config.setInitializationFailTimeout(-1);
        if (dialect == SqlDialect.SQLITE) {
            config.setMaximumPoolSize(1);
            config.setMinimumIdle(1);
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("busy_timeout", Long.toString(SQLITE_BUSY_TIMEOUT.toMillis()));
            config.addDataSourceProperty("foreign_keys", "true");
        } else {
            config.setMaximumPoolSize(POSTGRESQL_POOL_SIZE);
            config.setMinimumIdle(1);
        }
        return new HikariDataSource(config);
    }
}
