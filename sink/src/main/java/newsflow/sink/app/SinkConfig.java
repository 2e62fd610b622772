package newsflow.sink.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import newsflow.common.config.CommonConfig;
import newsflow.common.config.LayeredConfig;
import newsflow.common.config.StaticMembership;
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
    /** Longest wait for an unavailable database before the sink stops, in milliseconds; -1 for no bound. */
    public static final String DB_WAIT_MAX_MS = "sink.db.wait.max.ms";
    /** Lowest enrichment version the sink stores. */
    public static final String ENRICHMENT_VERSION_MIN = "sink.enrichment.version.min";
    /** Highest enrichment version the sink stores. */
    public static final String ENRICHMENT_VERSION_MAX = "sink.enrichment.version.max";
    /**
     * Default of {@link #ENRICHMENT_VERSION_MAX}: the enrichment version the enrich service of this release
     * produces ({@code newsflow.enrich.pipeline.EnrichmentVersion.CURRENT}; a launcher test keeps them equal).
     */
    public static final int CURRENT_ENRICHMENT_VERSION = 2;
    /** Static group membership id (KIP-345), empty for dynamic membership. */
    public static final String GROUP_INSTANCE_ID = "sink.group.instance.id";
    /** Consumer session timeout, in milliseconds. */
    public static final String SESSION_TIMEOUT_MS = "sink.session.timeout.ms";
    /** Longest time one Kafka client call of the sink blocks before it fails and is retried, in milliseconds. */
    public static final String KAFKA_API_TIMEOUT_MS = "sink.kafka.api.timeout.ms";
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
            .define(RETRY_MAX_ATTEMPTS, Type.INT, 3, ConfigDef.Range.between(1, 100), Importance.MEDIUM,
                    "Attempts per database transaction when the database is unavailable, before the sink pauses its"
                            + " consumer and waits for the database (" + DB_WAIT_MAX_MS + ").")
            .define(RETRY_BACKOFF_MS, Type.LONG, 500L, ConfigDef.Range.between(0, 600_000), Importance.LOW,
                    "Wait in milliseconds before the second attempt; doubled for each further attempt, and"
                            + " the first wait between two checks of an unavailable database.")
            .define(RETRY_BACKOFF_MAX_MS, Type.LONG, 30_000L, ConfigDef.Range.between(0, 600_000), Importance.LOW,
                    "Longest wait in milliseconds between two attempts, and between two checks of an"
                            + " unavailable database.")
            .define(MIGRATE, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Apply the Flyway migrations at start; turn off when a DBA migrates the schema.")
            .define(DB_WAIT_MAX_MS, Type.LONG, -1L, ConfigDef.Range.atLeast(-1), Importance.MEDIUM,
                    "Longest time in milliseconds the sink waits for an unavailable database (its consumer"
                            + " paused but still in the group, the batch held), checking it with capped"
                            + " exponential backoff, before it stops with an error; -1 waits as long as it takes"
                            + " (the convention of Kafka Connect's errors.retry.timeout).")
            .define(ENRICHMENT_VERSION_MIN, Type.INT, 1, ConfigDef.Range.atLeast(0), Importance.LOW,
                    "Lowest enrichment_version the sink stores; an edition below it is dead-lettered.")
            .define(ENRICHMENT_VERSION_MAX, Type.INT, CURRENT_ENRICHMENT_VERSION, ConfigDef.Range.atLeast(0),
                    Importance.LOW, "Highest enrichment_version the sink stores (the version the enrich service"
                            + " produces); an edition above it is dead-lettered, since a higher version would"
                            + " pin its row against every later edition. Raise it when enrich is upgraded.")
            .define(GROUP_INSTANCE_ID, Type.STRING, "", StaticMembership.INSTANCE_ID, Importance.MEDIUM,
                    StaticMembership.instanceIdDoc("sink (" + GROUP_ID + ")", SESSION_TIMEOUT_MS))
            .define(SESSION_TIMEOUT_MS, Type.INT, StaticMembership.DEFAULT_SESSION_TIMEOUT_MS,
                    StaticMembership.SESSION_TIMEOUT_RANGE, Importance.LOW, StaticMembership.sessionTimeoutDoc("sink"))
            .define(KAFKA_API_TIMEOUT_MS, Type.INT, 60_000, ConfigDef.Range.between(1_000, 600_000), Importance.LOW,
                    "Longest time in milliseconds one Kafka client call of the sink blocks while the broker is"
                            + " unreachable (the consumer's default.api.timeout.ms, e.g. an offset commit; the"
                            + " dead-letter producer's max.block.ms and delivery.timeout.ms; request.timeout.ms is"
                            + " the smaller of 30000 and half of it). A call that times out is not fatal: the sink"
                            + " keeps the work uncommitted and retries with capped backoff as long as the broker"
                            + " is away (/health reports broker waiting).");

    /** @param values raw values by key; missing keys take their defaults */
    public SinkConfig(Map<?, ?> values) {
        super(DEF, values, false);
        if (getInt(ENRICHMENT_VERSION_MIN) > getInt(ENRICHMENT_VERSION_MAX)) {
            throw new ConfigException(ENRICHMENT_VERSION_MIN, getInt(ENRICHMENT_VERSION_MIN),
                    "must not exceed " + ENRICHMENT_VERSION_MAX + " (" + getInt(ENRICHMENT_VERSION_MAX) + ")");
        }
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

    /** @return the consumer properties of the sink's group membership ({@link StaticMembership}) */
    public Map<String, Object> groupMembership() {
        return StaticMembership.consumerProperties(getString(GROUP_INSTANCE_ID), getInt(SESSION_TIMEOUT_MS));
    }

    /** @return the longest time one Kafka client call blocks ({@link #KAFKA_API_TIMEOUT_MS}) */
    public Duration kafkaApiTimeout() {
        return Duration.ofMillis(getInt(KAFKA_API_TIMEOUT_MS));
    }

    /** @return the Kafka request timeout: the smaller of 30 s and half of {@link #kafkaApiTimeout()} */
    public Duration kafkaRequestTimeout() {
        return Duration.ofMillis(Math.min(30_000, getInt(KAFKA_API_TIMEOUT_MS) / 2));
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

    /** @return the longest wait for an unavailable database, empty for no bound */
    public Optional<Duration> dbWaitMax() {
        long ms = getLong(DB_WAIT_MAX_MS);
        return ms < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(ms));
    }

    /** @return the lowest enrichment version stored */
    public int enrichmentVersionMin() {
        return getInt(ENRICHMENT_VERSION_MIN);
    }

    /** @return the highest enrichment version stored */
    public int enrichmentVersionMax() {
        return getInt(ENRICHMENT_VERSION_MAX);
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
