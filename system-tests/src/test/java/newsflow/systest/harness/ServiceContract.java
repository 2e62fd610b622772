package newsflow.systest.harness;

/**
 * Every configuration key, command and HTTP endpoint of the services that the system tests rely on, in one
 * place, so that a rename is aligned here once.
 */
public final class ServiceContract {
    /** Sub-commands of the runnable jar. */
    public static final String CMD_INGEST = "ingest";
    /** Sub-command running one enrich instance. */
    public static final String CMD_ENRICH = "enrich";
    /** Sub-command running one sink instance. */
    public static final String CMD_SINK = "sink";
    /** CLI option naming the properties file, on every service command. */
    public static final String OPT_CONFIG = "--config";
    /** CLI option of the topic prefix, on every service command. */
    public static final String OPT_TOPICS_PREFIX = "--topics-prefix";
    /** Environment variable of {@code kafka.bootstrap.servers} ({@code NEWSFLOW_} + the key, upper case). */
    public static final String ENV_BOOTSTRAP = "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS";
    /** Prefix of every environment variable the services read; the tests clear inherited ones. */
    public static final String ENV_PREFIX = "NEWSFLOW_";

    /** ingest: JSON sources file. */
    public static final String INGEST_SOURCES_FILE = "ingest.sources.file";
    /** ingest: allow 127.0.0.0/8 (the loopback site). */
    public static final String INGEST_ALLOW_LOOPBACK = "ingest.allow.loopback";
    /** ingest: politeness delay between two requests to one host, ms. */
    public static final String INGEST_PER_HOST_DELAY_MS = "ingest.per.host.delay.ms";
    /** ingest: consumer group of the ingest instances. */
    public static final String INGEST_GROUP_ID = "ingest.group.id";
    /** ingest: worker threads. */
    public static final String INGEST_FETCH_THREADS = "ingest.fetch.threads";
    /** ingest: first retry delay, ms. */
    public static final String INGEST_RETRY_BACKOFF_MS = "ingest.retry.backoff.ms";
    /** ingest: the producer's delivery.timeout.ms, ms. */
    public static final String INGEST_PRODUCER_DELIVERY_TIMEOUT_MS = "ingest.producer.delivery.timeout.ms";

    /** enrich: Kafka Streams application.id. */
    public static final String ENRICH_APPLICATION_ID = "enrich.application.id";
    /** enrich: local state directory (one per instance on one machine). */
    public static final String ENRICH_STATE_DIR = "enrich.state.dir";
    /** enrich: languages identified. */
    public static final String ENRICH_LANGUAGES = "enrich.languages";
    /** enrich: Lingua accuracy mode. */
    public static final String ENRICH_LANGUAGE_ACCURACY = "enrich.language.accuracy";
    /** enrich: commit interval, ms. */
    public static final String ENRICH_COMMIT_INTERVAL_MS = "enrich.commit.interval.ms";

    /** sink: JDBC URL. */
    public static final String SINK_JDBC_URL = "sink.jdbc.url";
    /** sink: database user. */
    public static final String SINK_JDBC_USER = "sink.jdbc.user";
    /** sink: consumer group. */
    public static final String SINK_GROUP_ID = "sink.group.id";
    /** sink: longest wait of an edition in a partial batch, ms. */
    public static final String SINK_BATCH_MAX_WAIT_MS = "sink.batch.max.wait.ms";
    /** sink: wait for a pooled connection, ms. */
    public static final String SINK_JDBC_CONNECTION_TIMEOUT_MS = "sink.jdbc.connection.timeout.ms";
    /** sink: first backoff after a database failure, ms. */
    public static final String SINK_RETRY_BACKOFF_MS = "sink.retry.backoff.ms";
    /** sink: ceiling of the backoff, ms. */
    public static final String SINK_RETRY_BACKOFF_MAX_MS = "sink.retry.backoff.max.ms";
    /** sink: attempts per transaction before the old sink gave up (6 by default before issue 11; the database-outage test stops PostgreSQL for 3x that give-up time). */
    public static final int SINK_OLD_RETRY_ATTEMPTS = 6;
    /** sink: port of the HTTP server of /health and /metrics; 0 turns it off. */
    public static final String SINK_HTTP_PORT = "sink.http.port";
    /** ingest: HTTP port; the harness sets 0 (off) when the jar has the key, so instances do not clash. */
    public static final String INGEST_HTTP_PORT = "ingest.http.port";
    /** enrich: HTTP port; the harness sets 0 (off) when the jar has the key. */
    public static final String ENRICH_HTTP_PORT = "enrich.http.port";
    /** HTTP path of the health document: 200 when healthy, 503 otherwise. */
    public static final String HEALTH_PATH = "/health";

    /** Topic names under the prefix (docs/topics.md). */
    public static final String TOPIC_RAW_PAGES = "raw-pages";
    /** Editions of every language. */
    public static final String TOPIC_EDITIONS = "editions";
    /** Dead letters of every stage. */
    public static final String TOPIC_DEAD_LETTER = "dead-letter";
    /** Table of stored editions, one row per (document, language). */
    public static final String TABLE_EDITIONS = "editions";

    private ServiceContract() {
    }
}
