package newsflow.sink.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import newsflow.common.config.CommonConfig;
import newsflow.common.config.LayeredConfig;
import newsflow.common.topic.Topics;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Configuration of the sink service, declared with Kafka's {@link ConfigDef} (type, default, validator and doc
 * per key) and resolved in layers by {@link LayeredConfig}: classpath defaults
 * ({@value #CLASSPATH_DEFAULTS}), a properties file, {@code NEWSFLOW_*} environment variables, then explicit
 * overrides. A bad value fails at construction with a {@link ConfigException} naming the key.
 */
public final class SinkConfig extends AbstractConfig {
    /** Classpath resource with jar-shipped defaults, shared by every service. */
    public static final String CLASSPATH_DEFAULTS = "/newsflow-defaults.properties";

    /** JDBC URL of the database. */
    public static final String JDBC_URL = "sink.jdbc.url";
    /** Database user. */
    public static final String JDBC_USER = "sink.jdbc.user";
    /** Database password. */
    public static final String JDBC_PASSWORD = "sink.jdbc.password";
    /** Longest wait for a database connection, in milliseconds. */
    public static final String JDBC_CONNECTION_TIMEOUT_MS = "sink.jdbc.connection.timeout.ms";
    /** Largest batch, in records. */
    public static final String BATCH_MAX_RECORDS = "sink.batch.max.records";
    /** Longest time a record waits in a partial batch, in milliseconds. */
    public static final String BATCH_MAX_WAIT_MS = "sink.batch.max.wait.ms";
    /** Consumer group id. */
    public static final String GROUP_ID = "sink.group.id";
    /** Consumer poll timeout, in milliseconds. */
    public static final String POLL_TIMEOUT_MS = "sink.poll.timeout.ms";
    /** Attempts per transaction on transient database failures. */
    public static final String RETRY_MAX_ATTEMPTS = "sink.retry.max.attempts";
    /** First retry backoff, in milliseconds. */
    public static final String RETRY_BACKOFF_MS = "sink.retry.backoff.ms";
    /** Longest retry backoff, in milliseconds. */
    public static final String RETRY_BACKOFF_MAX_MS = "sink.retry.backoff.max.ms";
    /** Whether the service applies Flyway migrations at start. */
    public static final String MIGRATE = "sink.migrate";
    /** Kafka bootstrap servers (shared key, {@link CommonConfig}). */
    public static final String BOOTSTRAP_SERVERS = CommonConfig.BOOTSTRAP_SERVERS;
    /** Prefix of every topic name (shared key, {@link CommonConfig}). */
    public static final String TOPICS_PREFIX = CommonConfig.TOPICS_PREFIX;

    /** The keys, types, defaults, validators and docs: the shared keys of {@link CommonConfig} plus the sink's. */
    public static final ConfigDef DEF = CommonConfig.define(newsflow.common.config.OpsKeys.define(new ConfigDef(), "sink", 9403))
            .define(JDBC_URL, Type.STRING, "jdbc:sqlite:newsflow.db", new JdbcUrlValidator(), Importance.HIGH,
                    "JDBC URL of the database: jdbc:sqlite:<file> or jdbc:postgresql://<host>[:port]/<db>.")
            .define(JDBC_USER, Type.STRING, "", Importance.MEDIUM, "Database user; empty for none (SQLite).")
            .define(JDBC_PASSWORD, Type.PASSWORD, "", Importance.MEDIUM, "Database password; empty for none.")
            .define(JDBC_CONNECTION_TIMEOUT_MS, Type.LONG, 10_000L, ConfigDef.Range.between(250, 600_000),
                    Importance.LOW, "Longest wait in milliseconds for a database connection; a timeout counts as a"
                            + " transient failure and is retried.")
            .define(BATCH_MAX_RECORDS, Type.INT, 500, ConfigDef.Range.between(1, 100_000), Importance.MEDIUM,
                    "Largest number of editions written in one database transaction.")
            .define(BATCH_MAX_WAIT_MS, Type.LONG, 1_000L, ConfigDef.Range.between(0, 600_000), Importance.MEDIUM,
                    "Longest time in milliseconds an edition waits in a partial batch before it is written.")
            .define(GROUP_ID, Type.STRING, "newsflow-sink", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Kafka consumer group of the sink instances; instances of one group share the partitions.")
            .define(POLL_TIMEOUT_MS, Type.LONG, 200L, ConfigDef.Range.between(1, 60_000), Importance.LOW,
                    "Consumer poll timeout in milliseconds.")
            .define(RETRY_MAX_ATTEMPTS, Type.INT, 6, ConfigDef.Range.between(1, 100), Importance.MEDIUM,
                    "Attempts per database transaction when the database is unavailable, before the sink stops.")
            .define(RETRY_BACKOFF_MS, Type.LONG, 500L, ConfigDef.Range.between(0, 600_000), Importance.LOW,
                    "Wait in milliseconds before the second attempt; doubled for each further attempt.")
            .define(RETRY_BACKOFF_MAX_MS, Type.LONG, 30_000L, ConfigDef.Range.between(0, 600_000), Importance.LOW,
                    "Longest wait in milliseconds between two attempts.")
            .define(MIGRATE, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Apply the Flyway migrations at start; turn off when a DBA migrates the schema.");

    /** @param values raw values by key; missing keys take their defaults */
    public SinkConfig(Map<?, ?> values) {
        super(DEF, values, false);
    }

    /**
     * Resolves the layers ({@link LayeredConfig}) into a config.
     *
     * @param file      a properties file, or null
     * @param env       the environment, usually {@code System.getenv()}
     * @param overrides explicit values (command line), may be empty
     * @return the config
     * @throws ConfigException for an unreadable file or an invalid value
     */
    public static SinkConfig load(Path file, Map<String, String> env, Map<String, ?> overrides) {
        Map<String, Object> values = new LinkedHashMap<>();
        LayeredConfig.classpathDefaults(CLASSPATH_DEFAULTS).forEach((k, v) -> {
            if (DEF.configKeys().containsKey(k)) {
                values.put(k, v);
            }
        });
        values.putAll(LayeredConfig.resolve(DEF, file, env, overrides));
        return new SinkConfig(values);
    }

    /** @return the JDBC URL */
    public String jdbcUrl() {
        return getString(JDBC_URL);
    }

    /** @return the user, or null when empty */
    public String jdbcUser() {
        String user = getString(JDBC_USER);
        return user == null || user.isEmpty() ? null : user;
    }

    /** @return the password, or null when empty */
    public String jdbcPassword() {
        Password p = getPassword(JDBC_PASSWORD);
        return p == null || p.value().isEmpty() ? null : p.value();
    }

    /** @return the longest wait for a database connection */
    public Duration jdbcConnectionTimeout() {
        return Duration.ofMillis(getLong(JDBC_CONNECTION_TIMEOUT_MS));
    }

    /** @return the largest batch in records */
    public int batchMaxRecords() {
        return getInt(BATCH_MAX_RECORDS);
    }

    /** @return the longest wait of a partial batch */
    public Duration batchMaxWait() {
        return Duration.ofMillis(getLong(BATCH_MAX_WAIT_MS));
    }

    /** @return the consumer group id */
    public String groupId() {
        return getString(GROUP_ID);
    }

    /** @return the poll timeout */
    public Duration pollTimeout() {
        return Duration.ofMillis(getLong(POLL_TIMEOUT_MS));
    }

    /** @return the bootstrap servers */
    public String bootstrapServers() {
        return getString(BOOTSTRAP_SERVERS);
    }

    /** @return the topics under the configured prefix */
    public Topics topics() {
        return new Topics(getString(TOPICS_PREFIX));
    }

    /** @return whether to migrate at start */
    public boolean migrate() {
        return getBoolean(MIGRATE);
    }

    /** @return attempts per transaction */
    public int retryMaxAttempts() {
        return getInt(RETRY_MAX_ATTEMPTS);
    }

    /** @return first backoff */
    public Duration retryBackoff() {
        return Duration.ofMillis(getLong(RETRY_BACKOFF_MS));
    }

    /** @return longest backoff (never shorter than the first) */
    public Duration retryBackoffMax() {
        Duration max = Duration.ofMillis(getLong(RETRY_BACKOFF_MAX_MS));
        return max.compareTo(retryBackoff()) < 0 ? retryBackoff() : max;
    }

    /** Accepts the JDBC URLs the sink supports. */
    static final class JdbcUrlValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            String url = value == null ? "" : value.toString();
            if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
                throw new ConfigException(name, value, "expected jdbc:sqlite:<file> or jdbc:postgresql://host/db");
            }
        }

        @Override
        public String toString() {
            return "jdbc:sqlite:… or jdbc:postgresql:…";
        }
    }
}
