package newsflow.launcher.stack;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newsflow.common.config.CommonConfig;
import newsflow.common.topic.TopicBootstrap;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.enrich.app.EnrichConfig;
import newsflow.enrich.app.EnrichService;
import newsflow.ingest.app.DrainSummary;
import newsflow.ingest.app.IngestConfig;
import newsflow.ingest.app.IngestService;
import newsflow.sink.app.SinkConfig;
import newsflow.sink.app.SinkService;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The three services in one process, on an embedded broker or an external Kafka, writing to SQLite or an
 * external database: what {@code demo} and {@code run} start. Each service is the same class that runs alone
 * in production; this class only wires their lifecycles and tells when the pipeline is drained.
 */
public final class PipelineStack implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineStack.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** How long a timed-out drain waits for ingest's fetches in flight to end. */
    private static final Duration INGEST_STOP_WAIT = Duration.ofSeconds(60);

    /**
     * @param workDir          where the broker data, stream state and SQLite file live
     * @param bootstrapServers an external Kafka, or null for the embedded broker
     * @param jdbcUrl          an external database, or null for SQLite in {@code workDir}
     * @param sourcesFile      the sources file ingest polls
     * @param allowLoopback    whether ingest may fetch from 127.0.0.1 (the demo site)
     * @param perHostDelayMs   politeness delay per host, or null for the configured default
     * @param partitions       partitions of the topics created
     * @param configFile       a properties file overriding the defaults (as the services' {@code --config}), or null
     */
    public record Options(Path workDir, String bootstrapServers, String jdbcUrl, Path sourcesFile,
                          boolean allowLoopback, Long perHostDelayMs, int partitions, Path configFile) {
        /** Options without a config file. */
        public Options(Path workDir, String bootstrapServers, String jdbcUrl, Path sourcesFile,
                       boolean allowLoopback, Long perHostDelayMs, int partitions) {
            this(workDir, bootstrapServers, jdbcUrl, sourcesFile, allowLoopback, perHostDelayMs, partitions, null);
        }
    }

    /** A snapshot of the pipeline's counts; {@code deadLetters} is the number of records on the dead-letter topic. */
    public record Progress(long fetched, long editions, long stored, long deadLetters) {
    }

    private final Options options;
    private final EmbeddedKafka kafka;
    private final String bootstrap;
    private final String jdbcUrl;
    private final Topics topics;
    private final EnrichConfig enrichConfig;
    private final EnrichService enrich;
    private final SinkService sink;
    private final Thread sinkThread;
    private final IngestService ingest;
    private final IngestConfig ingestConfig;
    private final SinkConfig sinkConfig;
    private final Admin admin;
    private final DeadLetterTally deadLetters;

    private PipelineStack(Options o, Clock ingestClock, MeterRegistry registry) throws IOException {
        this.options = o;
        Files.createDirectories(o.workDir());
        this.kafka = o.bootstrapServers() == null ? EmbeddedKafka.start(o.workDir().resolve("kafka")) : null;
        this.bootstrap = kafka != null ? kafka.bootstrapServers() : o.bootstrapServers();
        Configs configs = configs(o, bootstrap, System.getenv());
        this.jdbcUrl = configs.sink().jdbcUrl();
        this.enrichConfig = configs.enrich();
        this.topics = enrichConfig.topics();
        TopicBootstrap.ensure(bootstrap, topics.all(enrichConfig.topicLanguages()), Optional.of(o.partitions()));
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        this.deadLetters = new DeadLetterTally(bootstrap, topics.deadLetter().name());
        this.enrich = new EnrichService(enrichConfig, registry);
        this.sinkConfig = configs.sink();
        this.sink = new SinkService(sinkConfig, registry);
        this.sinkThread = new Thread(sink::run, "sink");
        this.ingestConfig = configs.ingest();
        this.ingest = new IngestService(ingestConfig, registry, ingestClock);
    }

    /**
     * The three services' configurations of a stack: what {@link #start} runs with, and what {@code run} and
     * {@code demo} check before they touch the work folder.
     *
     * @param ingest the ingest configuration
     * @param enrich the enrich configuration
     * @param sink   the sink configuration
     */
    public record Configs(IngestConfig ingest, EnrichConfig enrich, SinkConfig sink) {
    }

    /**
     * Loads the configurations of a stack: the config file and the environment, overridden by the options (the
     * broker, the database, the sources file, loopback, the per-host delay) and the work folder (stream state;
     * the SQLite file when no database is given). Nothing is read from or written to the work folder.
     *
     * @param o         the options
     * @param bootstrap the Kafka bootstrap servers (those of the embedded broker once it runs)
     * @param env       the environment
     * @return the checked configurations
     * @throws org.apache.kafka.common.config.ConfigException naming the key of a bad or unknown value
     */
    public static Configs configs(Options o, String bootstrap, Map<String, String> env) {
        String jdbc = o.jdbcUrl() != null ? o.jdbcUrl()
                : "jdbc:sqlite:" + o.workDir().resolve("newsflow.db").toAbsolutePath();
        Map<String, Object> common = new HashMap<>();
        common.put(CommonConfig.BOOTSTRAP_SERVERS, bootstrap);
        EnrichConfig enrich = EnrichConfigs.load(o.configFile(), env, with(common, EnrichConfig.STATE_DIR,
                o.workDir().resolve("streams").toString()));
        SinkConfig sink = SinkConfig.load(o.configFile(), env, with(common, SinkConfig.JDBC_URL, jdbc));
        Map<String, Object> ingestOverrides = with(common, IngestConfig.SOURCES_FILE, o.sourcesFile().toString());
        ingestOverrides.put(IngestConfig.ALLOW_LOOPBACK, Boolean.toString(o.allowLoopback()));
        if (o.perHostDelayMs() != null) {
            ingestOverrides.put(IngestConfig.PER_HOST_DELAY_MS, o.perHostDelayMs().toString());
        }
        return new Configs(IngestConfig.load(o.configFile(), env, ingestOverrides), enrich, sink);
    }

    /**
     * Starts the broker (when embedded), creates the topics, and starts enrich, sink and ingest.
     *
     * @param options the options
     * @return the running stack
     * @throws IOException when the work directory or the broker cannot be prepared
     */
    public static PipelineStack start(Options options) throws IOException {
        return start(options, Clock.systemUTC());
    }

    /**
     * Same as {@link #start(Options)} with ingest's clock given: it stamps each page's fetch time (which
     * enrichment takes as the reference for relative dates) and times retries and politeness. Tests use a clock
     * that runs at the normal rate from a fixed instant, to replay a page "as fetched" at a known time.
     *
     * @param options     the options
     * @param ingestClock ingest's time source; must advance (a frozen clock stalls per-host delays)
     * @return the running stack
     * @throws IOException when the work directory or the broker cannot be prepared
     */
    public static PipelineStack start(Options options, Clock ingestClock) throws IOException {
        return start(options, ingestClock, new SimpleMeterRegistry());
    }

    /**
     * Same as {@link #start(Options, Clock)} with the registry the three services' meters go to (the one
     * {@code demo} and {@code run} serve on {@code /metrics}).
     *
     * @param options     the options
     * @param ingestClock ingest's time source
     * @param registry    where the services register their meters
     * @return the running stack
     * @throws IOException when the work directory or the broker cannot be prepared
     */
    public static PipelineStack start(Options options, Clock ingestClock, MeterRegistry registry)
            throws IOException {
        PipelineStack s = new PipelineStack(options, ingestClock, registry);
        s.enrich.start();
        s.sinkThread.start();
        s.ingest.start();
        return s;
    }

    /**
     * Polls every source once, fetches everything announced (links of listing pages included, which take
     * further rounds), and waits until enrich and sink have caught up — all within {@code timeout}. When the
     * timeout comes first, ingest is stopped (a fetch due later, e.g. a 429 retry an hour away, is not waited
     * for; the fetches in flight end) and what it had not fetched stays pending: not in the fetch state, its
     * discovered-urls offsets uncommitted, so {@code --resume} takes it up again. Ingest cannot run again in
     * this stack afterwards.
     *
     * @param timeout the longest the whole drain may take
     * @return true when drained, false when the timeout came first
     */
    public boolean drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ExecutorService rounds = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "drain-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            int quietRounds = 0;
            while (System.nanoTime() < deadline) {
                Future<DrainSummary> running = rounds.submit(ingest::runOnce);
                DrainSummary round;
                try {
                    round = running.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    stopIngest();
                    awaitQuietly(running, INGEST_STOP_WAIT);
                    return false;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("ingest failed: " + e.getCause(), e.getCause());
                }
                LOG.debug("ingest round: {}", round);
                if (!awaitCaughtUp(deadline)) {
                    return false;
                }
                boolean nothingNew = round.fetched() == 0 && round.deadLettered() == 0
                        && lag(ingestDiscoveredGroup(), List.of(topics.discoveredUrlsName())) == 0;
                quietRounds = nothingNew ? quietRounds + 1 : 0;
                if (quietRounds >= 1) {
                    return true;
                }
            }
            stopIngest();
            return false;
        } finally {
            rounds.shutdownNow();
        }
    }

    private static void awaitQuietly(Future<?> f, Duration wait) throws InterruptedException {
        try {
            f.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("ingest did not stop cleanly within {}: {}", wait, e.toString());
        }
    }

    /** Stops ingest's polling and fetching (the tasks in flight end); it does not start again in this stack. */
    public void stopIngest() {
        ingest.stop();
    }

    /** @return fetches ingest has queued or in flight (after a timed-out drain: the URLs left for {@code --resume}) */
    public int pendingFetches() {
        return ingest.pending();
    }

    /** @return dead letters by reason ({@code stage: exception class}), as read from the dead-letter topic */
    public Map<String, Long> deadLettersByReason() {
        deadLetters.refresh();
        return deadLetters.byReason();
    }

    /** @return the status of every feed and sitemap ingest polled (source-status topic), by source then URL */
    public List<newsflow.common.model.FeedStatus> sourceStatuses() {
        return ingest.sourceStatuses();
    }

    /** Polls the sources at their intervals until the process is stopped. */
    public void follow() {
        ingest.follow();
    }

    private boolean awaitCaughtUp(long deadline) throws InterruptedException {
        int stable = 0;
        while (System.nanoTime() < deadline) {
            long enrichLag = lag(enrichConfig.getString(EnrichConfig.APPLICATION_ID), List.of(topics.rawPages().name()));
            long sinkLag = lag(sinkGroup(), List.of(topics.editions().name()));
            stable = enrichLag == 0 && sinkLag == 0 ? stable + 1 : 0;
            if (stable >= 2) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
        }
        return false;
    }

    /** @return the current counts (dead letters of every stage, from the dead-letter topic) */
    public Progress progress() {
        return new Progress(ingest.fetched(), enrich.counters().editions.get(), sink.stored(),
                deadLetters.refresh());
    }

    private long lag(String group, List<String> topicNames) {
        return new LagProbe(admin).lag(group, topicNames);
    }

    private String sinkGroup() {
        return sinkConfig.groupId();
    }

    private String ingestDiscoveredGroup() {
        return ingestConfig.getString(IngestConfig.GROUP_ID);
    }

    /**
     * Registers the three services' health and progress lines with {@code ops}.
     *
     * @param ops the process's operations side
     * @return {@code ops}
     */
    public newsflow.launcher.ops.ServiceOps registerWith(newsflow.launcher.ops.ServiceOps ops) {
        return ops.ingest(ingest, ingestConfig, bootstrap)
                .enrich(enrich, enrichConfig, bootstrap, topics.rawPages().name())
                .sink(sink, sinkConfig);
    }

    /** @return the sink's configuration (database URL and credentials) */
    public SinkConfig sinkConfig() {
        return sinkConfig;
    }

    /** @return the JDBC URL the sink writes to */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** @return the Kafka bootstrap servers */
    public String bootstrapServers() {
        return bootstrap;
    }

    /** @return the topics */
    public Topics topics() {
        return topics;
    }

    /** Stops ingest, enrich and sink (committing what they did), then the embedded broker. */
    @Override
    public void close() {
        try {
            ingest.close();
        } catch (RuntimeException e) {
            LOG.warn("closing ingest: {}", e.toString());
        }
        enrich.close(Duration.ofSeconds(30));
        sink.stop();
        try {
            sinkThread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sink.close();
        deadLetters.close();
        admin.close(Duration.ofSeconds(5));
        if (kafka != null) {
            kafka.close();
        }
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new HashMap<>(base);
        m.put(key, value);
        return m;
    }
}
