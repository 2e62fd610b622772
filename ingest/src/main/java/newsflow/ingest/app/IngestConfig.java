package newsflow.ingest.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import newsflow.common.config.LayeredConfig;
import newsflow.common.config.StaticMembership;
import newsflow.common.topic.Topics;
import newsflow.ingest.poll.PollInterval;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * Configuration of the ingest service, declared with Kafka's {@link ConfigDef} (type, default, validator and
 * documentation per key) and loaded in layers by {@link LayeredConfig}: ConfigDef defaults, the jar's
 * {@value #DEFAULTS_RESOURCE} if present, a properties file, {@code NEWSFLOW_*} environment variables, then
 * explicit overrides. A bad value fails at start-up with a {@link org.apache.kafka.common.config.ConfigException}
 * naming the key.
 */
public final class IngestConfig extends AbstractConfig {
    /** Classpath resource with jar defaults (optional). */
    public static final String DEFAULTS_RESOURCE = "/newsflow-ingest-defaults.properties";

    /** Key {@code ingest.user.agent}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String USER_AGENT = "ingest.user.agent";
    /** Key {@code ingest.per.host.delay.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String PER_HOST_DELAY_MS = "ingest.per.host.delay.ms";
    /** Key {@code ingest.max.host.delay.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String MAX_HOST_DELAY_MS = "ingest.max.host.delay.ms";
    /** Key {@code ingest.max.body.bytes}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String MAX_BODY_BYTES = "ingest.max.body.bytes";
    /** Key {@code ingest.max.feed.bytes}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String MAX_FEED_BYTES = "ingest.max.feed.bytes";
    /** Key {@code ingest.feed.max.items.per.poll}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String FEED_MAX_ITEMS_PER_POLL = "ingest.feed.max.items.per.poll";
    /** Key {@code ingest.pagination.max.pages}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String PAGINATION_MAX_PAGES = "ingest.pagination.max.pages";
    /** Key {@code ingest.max.redirects}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String MAX_REDIRECTS = "ingest.max.redirects";
    /** Key {@code ingest.connect.timeout.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String CONNECT_TIMEOUT_MS = "ingest.connect.timeout.ms";
    /** Key {@code ingest.read.timeout.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String READ_TIMEOUT_MS = "ingest.read.timeout.ms";
    /** Key {@code ingest.request.budget.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String REQUEST_BUDGET_MS = "ingest.request.budget.ms";
    /** Key {@code ingest.producer.delivery.timeout.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String PRODUCER_DELIVERY_TIMEOUT_MS = "ingest.producer.delivery.timeout.ms";
    /** Key {@code ingest.producer.request.timeout.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String PRODUCER_REQUEST_TIMEOUT_MS = "ingest.producer.request.timeout.ms";
    /** Key {@code ingest.producer.max.block.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String PRODUCER_MAX_BLOCK_MS = "ingest.producer.max.block.ms";
    /** Key {@code ingest.produce.retry.backoff.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String PRODUCE_RETRY_BACKOFF_MS = "ingest.produce.retry.backoff.ms";
    /** Key {@code ingest.produce.retry.max.backoff.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String PRODUCE_RETRY_MAX_BACKOFF_MS = "ingest.produce.retry.max.backoff.ms";
    /** Key {@code ingest.max.attempts}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String MAX_ATTEMPTS = "ingest.max.attempts";
    /** Key {@code ingest.retry.backoff.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String RETRY_BACKOFF_MS = "ingest.retry.backoff.ms";
    /** Key {@code ingest.retry.max.delay.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String RETRY_MAX_DELAY_MS = "ingest.retry.max.delay.ms";
    /** Key {@code ingest.poll.interval.min.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String POLL_INTERVAL_MIN_MS = "ingest.poll.interval.min.ms";
    /** Key {@code ingest.poll.interval.max.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String POLL_INTERVAL_MAX_MS = "ingest.poll.interval.max.ms";
    /** Key {@code ingest.robots.cache.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String ROBOTS_CACHE_MS = "ingest.robots.cache.ms";
    /** Key {@code ingest.robots.error.cache.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String ROBOTS_ERROR_CACHE_MS = "ingest.robots.error.cache.ms";
    /** Key {@code ingest.allow.loopback}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String ALLOW_LOOPBACK = "ingest.allow.loopback";
    /** Key {@code ingest.sources.file}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String SOURCES_FILE = "ingest.sources.file";
    /** Key {@code ingest.fetch.threads}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String FETCH_THREADS = "ingest.fetch.threads";
    /** Key {@code ingest.group.id}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String GROUP_ID = "ingest.group.id";
    /** Key {@code ingest.create.topics}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String CREATE_TOPICS = "ingest.create.topics";
    /** Key {@code ingest.kafka.api.timeout.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String KAFKA_API_TIMEOUT_MS = "ingest.kafka.api.timeout.ms";
    /** Key {@code ingest.state.load.timeout.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String STATE_LOAD_TIMEOUT_MS = "ingest.state.load.timeout.ms";
    /** Key {@code ingest.group.instance.id} (KIP-345 static membership); type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String GROUP_INSTANCE_ID = "ingest.group.instance.id";
    /** Key {@code ingest.session.timeout.ms}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String SESSION_TIMEOUT_MS = "ingest.session.timeout.ms";
    /** Key {@code kafka.bootstrap.servers}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
    /** Key {@code topics.prefix}; type, default and meaning in {@link #CONFIG_DEF}. */
    public static final String TOPICS_PREFIX = "topics.prefix";

    /**
     * Largest body cap accepted: the record cap (more could never be stored). A text page whose decoded text does
     * not fit one raw-pages record (a single-byte charset can double in UTF-8 JSON) is cut to fit and marked
     * {@code truncated} (issue 12).
     */
    public static final long BODY_BYTES_LIMIT = Topics.MAX_MESSAGE_BYTES;

    /** Every key of the service. */
    public static final ConfigDef CONFIG_DEF = newsflow.common.config.OpsKeys.define(new ConfigDef(), "ingest", 9401)
            .define(USER_AGENT, Type.STRING, "newsflow-bot/0.1 (+https://github.com/newsflow/newsflow)",
                    new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "User-Agent header. Its product token (text before the first '/', lower-cased) is the name "
                            + "matched against robots.txt groups (RFC 9309).")
            .define(PER_HOST_DELAY_MS, Type.LONG, 1000L, Range.atLeast(0), Importance.HIGH,
                    "Politeness: milliseconds between two requests to one host (a larger robots.txt Crawl-delay "
                            + "wins, up to ingest.max.host.delay.ms).")
            .define(MAX_HOST_DELAY_MS, Type.LONG, 60_000L, Range.atLeast(0), Importance.MEDIUM,
                    "Cap on the per-host delay, Crawl-delay included, in milliseconds.")
            .define(MAX_BODY_BYTES, Type.LONG, 4L * 1024 * 1024, Range.between(1024, BODY_BYTES_LIMIT),
                    Importance.MEDIUM, "Largest page body read, in bytes, counted after the content coding "
                            + "(gzip, deflate, br) is undone, so a decompression bomb stops here. A text page "
                            + "(HTML, XML, JSON, text/*) over it is stored cut at it, marked truncated=true on "
                            + "raw-pages (and cut further, still marked, when its text does not fit one 8 MiB "
                            + "record); a binary body over it is dead-lettered (body-too-large). Also the cap of "
                            + "robots.txt, which is parsed up to it.")
            .define(MAX_FEED_BYTES, Type.LONG, 50L * 1024 * 1024, Range.between(1024, 100L * 1024 * 1024),
                    Importance.LOW, "Largest feed or sitemap body read, in bytes, counted after the content "
                            + "coding is undone and a gzipped document (a .xml.gz sitemap, found by its magic bytes "
                            + "whatever its Content-Type) is unpacked; the sitemaps protocol allows 50 MB "
                            + "uncompressed. A larger document is read up to the cap, the items complete before it "
                            + "counted (the cut item is skipped, reason truncated).")
            .define(FEED_MAX_ITEMS_PER_POLL, Type.INT, newsflow.ingest.feed.PollSelection.DEFAULT_MAX_ITEMS,
                    Range.atLeast(1), Importance.LOW,
                    "Most items of one feed or sitemap handed over for fetching per poll, newest first by date "
                            + "(document order for undated items); the rest of an archive follows at the next "
                            + "polls, read in full again until none is left (no conditional GET meanwhile), so "
                            + "new stories of a host never wait behind its archive.")
            .define(PAGINATION_MAX_PAGES, Type.INT, 10, Range.between(1, 10), Importance.LOW,
                    "Most pages of one multi-page article fetched, the first included (case C24): rel=next is "
                            + "followed on the same host while the canonical URL stays the first page's, with loop "
                            + "detection, each page fetched politely like any page; the pages travel in the first "
                            + "page's raw-pages record, cut short when the next page would exceed the record size "
                            + "(counter newsflow.ingest.pagination.budget.stops). 1 turns pagination off; enrich "
                            + "joins at most 10 pages.")
            .define(MAX_REDIRECTS, Type.INT, 5, Range.between(0, 20), Importance.MEDIUM,
                    "Redirects followed per fetch; each hop is checked (address guard, robots.txt).")
            .define(CONNECT_TIMEOUT_MS, Type.INT, 10_000, Range.atLeast(1), Importance.MEDIUM,
                    "TCP/TLS connect timeout in milliseconds.")
            .define(READ_TIMEOUT_MS, Type.INT, 30_000, Range.atLeast(1), Importance.MEDIUM,
                    "Time allowed for one response (headers and body) in milliseconds.")
            .define(REQUEST_BUDGET_MS, Type.INT, 20_000, Range.atLeast(1), Importance.MEDIUM,
                    "Total time allowed for one fetch, every redirect hop included, in milliseconds (issue 11): a "
                            + "slow URL holds its host at most this long per attempt, and its retry is queued "
                            + "behind the host's other pending URLs. Each hop is also bounded by "
                            + "ingest.read.timeout.ms.")
            .define(PRODUCER_DELIVERY_TIMEOUT_MS, Type.INT, 120_000, Range.atLeast(1), Importance.LOW,
                    "The producer's delivery.timeout.ms: how long a record may wait for the broker before the "
                            + "send fails. A failure that is transient (broker unavailable, timeout, leader change) "
                            + "is sent again, without limit; it never dead-letters the page. Must be at least "
                            + "ingest.producer.request.timeout.ms plus the producer's linger (20 ms).")
            .define(PRODUCER_REQUEST_TIMEOUT_MS, Type.INT, 30_000, Range.atLeast(1), Importance.LOW,
                    "The producer's request.timeout.ms: how long one produce request waits for its answer.")
            .define(PRODUCER_MAX_BLOCK_MS, Type.LONG, 60_000L, Range.atLeast(0), Importance.LOW,
                    "The producer's max.block.ms: how long a send may wait for topic metadata or buffer space "
                            + "before it fails (transiently, so it is retried).")
            .define(PRODUCE_RETRY_BACKOFF_MS, Type.LONG, 1_000L, Range.atLeast(1), Importance.LOW,
                    "Wait before a page, dead letter or fetch state whose send failed transiently is sent "
                            + "again, in milliseconds; doubles per failure up to "
                            + "ingest.produce.retry.max.backoff.ms. The worker holding the page waits; the page "
                            + "is not fetched again.")
            .define(PRODUCE_RETRY_MAX_BACKOFF_MS, Type.LONG, 30_000L, Range.atLeast(1), Importance.LOW,
                    "Ceiling of the wait between two sends of a record whose send keeps failing transiently, "
                            + "in milliseconds. The same backoff (from ingest.produce.retry.backoff.ms up to "
                            + "this) paces ingest's consumer side while the broker is unreachable.")
            .define(KAFKA_API_TIMEOUT_MS, Type.INT, 60_000, Range.between(1_000, 600_000), Importance.LOW,
                    "Longest time in milliseconds one Kafka call of ingest's consumers blocks while the broker is "
                            + "unreachable (their default.api.timeout.ms: offset commit, end offsets, metadata; "
                            + "request.timeout.ms is the smaller of 30000 and half of it). A call that times out "
                            + "is not fatal: the loop keeps its tasks queued and its offsets uncommitted and "
                            + "retries with capped backoff as long as the broker is away, and start-up waits "
                            + "for the broker up to ingest.state.load.timeout.ms (/health reports broker waiting).")
            .define(MAX_ATTEMPTS, Type.INT, 4, Range.between(1, 20), Importance.MEDIUM,
                    "Fetch attempts per URL (retryable statuses, network errors, robots.txt unavailable) "
                            + "before it is dead-lettered.")
            .define(RETRY_BACKOFF_MS, Type.LONG, 30_000L, Range.atLeast(1), Importance.LOW,
                    "First retry delay in milliseconds when no Retry-After is given; doubles per attempt.")
            .define(RETRY_MAX_DELAY_MS, Type.LONG, 3_600_000L, Range.atLeast(1), Importance.LOW,
                    "Ceiling on any retry delay, Retry-After included, in milliseconds.")
            .define(POLL_INTERVAL_MIN_MS, Type.LONG, PollInterval.DEFAULT_MIN.toMillis(), Range.atLeast(1),
                    Importance.MEDIUM, "Shortest adaptive poll interval of a feed or sitemap, in milliseconds: each "
                            + "poll that finds new items halves the interval down to this (a source's own "
                            + "poll_interval, where it is shorter, is the bound instead). Cache-Control max-age, "
                            + "RSS <ttl> and <sy:updatePeriod>/<sy:updateFrequency> are floors within the bounds. "
                            + "At most " + POLL_INTERVAL_MAX_MS + ".")
            .define(POLL_INTERVAL_MAX_MS, Type.LONG, PollInterval.DEFAULT_MAX.toMillis(), Range.atLeast(1),
                    Importance.MEDIUM, "Longest adaptive poll interval of a feed or sitemap, in milliseconds: each "
                            + "poll that finds nothing new (a 304 included) makes the interval 1.5 times longer, up "
                            + "to this (a source's own poll_interval, where it is longer, is the bound instead).")
            .define(ROBOTS_CACHE_MS, Type.LONG, 86_400_000L, Range.atLeast(0), Importance.LOW,
                    "How long robots.txt rules (or allow-all after a 4xx) are cached, in milliseconds.")
            .define(ROBOTS_ERROR_CACHE_MS, Type.LONG, 1_800_000L, Range.atLeast(0), Importance.LOW,
                    "How long a robots.txt 5xx or network failure (complete disallow) is cached before "
                            + "robots.txt is fetched again, in milliseconds.")
            .define(ALLOW_LOOPBACK, Type.BOOLEAN, false, Importance.HIGH,
                    "Allow fetching loopback addresses (127.0.0.0/8, ::1). Off in production; the demo site "
                            + "runs on 127.0.0.1.")
            .define(SOURCES_FILE, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "Path of the JSON sources file; re-read when it changes.")
            .define(FETCH_THREADS, Type.INT, 4, Range.between(1, 64), Importance.LOW,
                    "Worker threads fetching in parallel (one request per host at a time).")
            .define(GROUP_ID, Type.STRING, "newsflow-ingest", new ConfigDef.NonEmptyString(), Importance.LOW,
                    "Consumer group of the ingest instances: they split the discovered-urls partitions and with them "
                            + "the hosts (discovered-urls is keyed by host: the instance owning a host's partition "
                            + "makes every request to that host and polls its feeds and sitemaps).")
            .define(CREATE_TOPICS, Type.BOOLEAN, true, Importance.LOW,
                    "Create the topics ingest uses when they are missing (raw-pages, dead-letter, fetch-state, "
                            + "discovered-urls), with ingest --partitions N partitions or else the broker's "
                            + "default, and the broker's replication.")
            .define(STATE_LOAD_TIMEOUT_MS, Type.LONG, 120_000L, Range.atLeast(1), Importance.LOW,
                    "Time allowed to read the fetch-state topic back at start-up, in milliseconds. It also "
                            + "bounds how long start-up waits (with capped backoff) for an unreachable broker: "
                            + "creating the topics and reading the state back are retried until then, after "
                            + "which ingest fails to start with the last Kafka error.")
            .define(BOOTSTRAP_SERVERS, Type.STRING, "localhost:9092", new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "Kafka bootstrap servers.")
            .define(TOPICS_PREFIX, Type.STRING, Topics.DEFAULT_PREFIX, Importance.MEDIUM,
                    "Prefix of every topic name.")
            .define(GROUP_INSTANCE_ID, Type.STRING, "", StaticMembership.INSTANCE_ID, Importance.MEDIUM,
                    StaticMembership.instanceIdDoc("ingest (" + GROUP_ID + ")", SESSION_TIMEOUT_MS))
            .define(SESSION_TIMEOUT_MS, Type.INT, StaticMembership.DEFAULT_SESSION_TIMEOUT_MS,
                    StaticMembership.SESSION_TIMEOUT_RANGE, Importance.LOW,
                    StaticMembership.sessionTimeoutDoc("ingest"));

    /** @param values raw values (strings or typed), validated against {@link #CONFIG_DEF} */
    public IngestConfig(Map<?, ?> values) {
        super(CONFIG_DEF, values, false);
        if (getLong(POLL_INTERVAL_MIN_MS) > getLong(POLL_INTERVAL_MAX_MS)) {
            throw new org.apache.kafka.common.config.ConfigException(POLL_INTERVAL_MIN_MS,
                    getLong(POLL_INTERVAL_MIN_MS), "must not exceed " + POLL_INTERVAL_MAX_MS + " ("
                            + getLong(POLL_INTERVAL_MAX_MS) + ")");
        }
    }

    /** @return the adaptive poll interval bounds ({@link #POLL_INTERVAL_MIN_MS}, {@link #POLL_INTERVAL_MAX_MS}) */
    public PollInterval pollInterval() {
        return new PollInterval(millis(POLL_INTERVAL_MIN_MS), millis(POLL_INTERVAL_MAX_MS));
    }

    /**
     * @param file      a properties file, or null
     * @param env       environment variables
     * @param overrides explicit values
     * @return the layered configuration
     */
    public static IngestConfig load(Path file, Map<String, String> env, Map<String, ?> overrides) {
        Map<String, Object> values = new HashMap<>(LayeredConfig.classpathDefaults(DEFAULTS_RESOURCE));
        values.putAll(LayeredConfig.resolve(CONFIG_DEF, file, env, overrides));
        return new IngestConfig(values);
    }

    /** @return the robots.txt product token: the User-Agent up to the first '/' or space, lower-cased */
    public String productToken() {
        String ua = getString(USER_AGENT).trim();
        return ua.split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
    }

    /** @return the consumer properties of ingest's group membership ({@link StaticMembership}) */
    public Map<String, Object> groupMembership() {
        return StaticMembership.consumerProperties(getString(GROUP_INSTANCE_ID), getInt(SESSION_TIMEOUT_MS));
    }

    /**
     * @return the consumer configs set from {@link #KAFKA_API_TIMEOUT_MS}: default.api.timeout.ms, and
     *         request.timeout.ms the smaller of 30 s and half of it
     */
    public Map<String, Object> consumerTimeouts() {
        int api = getInt(KAFKA_API_TIMEOUT_MS);
        return Map.of(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, api,
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(30_000, api / 2));
    }

    /** @return the topic names */
    public Topics topics() {
        return new Topics(getString(TOPICS_PREFIX));
    }

    /** @return the producer configs set from ingest keys (delivery, request and blocking timeouts) */
    public Map<String, Object> producerSettings() {
        return Map.of(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, getInt(PRODUCER_DELIVERY_TIMEOUT_MS),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, getInt(PRODUCER_REQUEST_TIMEOUT_MS),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, getLong(PRODUCER_MAX_BLOCK_MS));
    }

    /**
     * @param key a LONG or INT key holding milliseconds
     * @return its value as a duration
     */
    public Duration millis(String key) {
        Object v = get(key);
        return Duration.ofMillis(((Number) v).longValue());
    }
}
