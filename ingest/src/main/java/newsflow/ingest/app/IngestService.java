package newsflow.ingest.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import newsflow.common.topic.Topics;
import newsflow.ingest.fetch.AddressGuard;
import newsflow.ingest.fetch.FetchTask;
import newsflow.ingest.fetch.HostScheduler;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.poll.PollSchedule;
import newsflow.ingest.source.SourcesWatcher;
import newsflow.ingest.state.FetchStateLoader;
import newsflow.ingest.state.FetchStateStore;
import newsflow.ingest.status.SourceStatusRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: polls every source's feeds and sitemaps at its interval, reads URLs enrich discovered on
 * listing pages, and fetches every announced page once, politely, into the raw-pages topic (failures into the
 * dead-letter topic). {@link #start()} creates missing topics and reads the fetch-state topic back in full;
 * then either {@link #runOnce()} (drain: poll each source once, fetch everything, return a summary) or
 * {@link #follow()} (keep polling until {@link #stop()}). The instances of one ingest group share the hosts
 * through Kafka (issue 11): the discovered-urls topic is the frontier, keyed by host; every URL a feed, sitemap or
 * listing page announces goes there, and the instance the group assigned a host's partition to polls that host's
 * feeds and sitemaps and makes every request to it ({@link HostOwnership}, {@link FrontierIntake}), so per-host
 * delay, Crawl-delay and Retry-After hold for the whole group and a URL announced by several sources is fetched
 * once. A drain polls every source and is meant to run alone. One loop thread hands tasks from the
 * {@link HostScheduler} to {@code ingest.fetch.threads} workers; nothing sleeps on a worker thread. A broker
 * outage, at start-up or in the loop, is waited out with capped backoff ({@link BrokerWait}, {@link #brokerWaiting()}).
 */
public final class IngestService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    /** Longest the loop waits before looking at sources, discovered URLs and the frontier again. */
    static final Duration MAX_IDLE_WAIT = Duration.ofMillis(200);
    /** How long each loop turn lets the discovered-urls consumer wait (group joins progress within polls). */
    static final Duration GROUP_POLL = Duration.ofMillis(10);
    /** How long a drain waits for the consumer group to assign the discovered-urls partitions. */
    static final Duration ASSIGNMENT_WAIT = Duration.ofSeconds(30);

    private final IngestConfig config;
    private final Clock clock;
    private final IngestCounters counters;
    private final Topics topics;
    private final HostScheduler scheduler = new HostScheduler(this::taskFinished);
    private final Semaphore events = new Semaphore(0);
    private final MeterRegistry registry;
    private SourceStatusRecorder sourceStatus;
    private volatile boolean running = true;
    /** Held by the thread running {@link #loop}; {@link #close()} takes it to wait for the loop to end. */
    private final java.util.concurrent.locks.ReentrantLock loopLock = new java.util.concurrent.locks.ReentrantLock();
    private SourcesWatcher sources;
    private IngestOutput output;
    private volatile DiscoveredUrlsReader discovered;
    private FrontierIntake frontier;
    private volatile ProduceRetry produceRetry;
    private volatile BrokerWait brokerWait;
    private SourcePoller poller;
    private FetchStateLoader stateReader;
    private FetchStateStore store;
    private UrlAdmission admission;
    private TaskWorker worker;
    private ExecutorService workers;
    private HttpFetcher fetcher;
    private final AddressGuard.Resolver resolver;

    /**
     * @param config   the configuration
     * @param registry where counters are registered
     * @param clock    time source for scheduling (retries, politeness, robots cache)
     */
    public IngestService(IngestConfig config, MeterRegistry registry, Clock clock) {
        this(config, registry, clock, InetAddress::getAllByName);
    }

    /**
     * The constructor with a name-resolver hook, for tests that play a DNS server (DNS rebinding through a real
     * broker, IngestSsrfIT): every host ingest connects to is resolved through it, and its answers pass the
     * {@link AddressGuard} at connect time as in production.
     *
     * @param config   the configuration
     * @param registry where counters are registered
     * @param clock    time source
     * @param resolver the name resolver, {@code InetAddress::getAllByName} in production
     */
    IngestService(IngestConfig config, MeterRegistry registry, Clock clock, AddressGuard.Resolver resolver) {
        this.resolver = resolver;
        this.config = config;
        this.clock = clock;
        this.counters = new IngestCounters(registry);
        this.registry = registry;
        this.topics = config.topics();
        counters.frontier(scheduler, clock);
    }

    /** @param config the configuration; counters go to a private registry, time is the system UTC clock */
    public IngestService(IngestConfig config) {
        this(config, new SimpleMeterRegistry(), Clock.systemUTC());
    }

    /**
     * Creates missing topics (when {@code ingest.create.topics}), reads the fetch state back, opens the
     * producer and the discovered-urls consumer, reads the sources file.
     *
     * @throws IOException when the sources file is missing or invalid
     */
    public void start() throws IOException {
        start(java.util.Optional.empty());
    }

    /**
     * Like {@link #start()}, creating missing topics with {@code partitions} partitions ({@code ingest
     * --partitions N}); empty for the broker's default. Existing topics keep their partition count.
     *
     * @param partitions partitions of the topics ingest creates, or empty
     * @throws IOException when the sources file is missing or invalid
     */
    public void start(java.util.Optional<Integer> partitions) throws IOException {
        String bootstrap = config.getString(IngestConfig.BOOTSTRAP_SERVERS);
        sources = new SourcesWatcher(Path.of(config.getString(IngestConfig.SOURCES_FILE)));
        Duration stateTimeout = config.millis(IngestConfig.STATE_LOAD_TIMEOUT_MS);
        brokerWait = new BrokerWait(config.millis(IngestConfig.PRODUCE_RETRY_BACKOFF_MS),
                config.millis(IngestConfig.PRODUCE_RETRY_MAX_BACKOFF_MS), clock);
        if (config.getBoolean(IngestConfig.CREATE_TOPICS)) {
            brokerWait.untilUp("topic creation", stateTimeout, () -> KafkaStartup.ensureTopics(bootstrap, topics,
                    partitions));
        }
        produceRetry = new ProduceRetry(config.millis(IngestConfig.PRODUCE_RETRY_BACKOFF_MS),
                config.millis(IngestConfig.PRODUCE_RETRY_MAX_BACKOFF_MS));
        KafkaIngestOutput kafkaOutput = new KafkaIngestOutput(bootstrap, topics, config.producerSettings(),
                config.millis(IngestConfig.PRODUCE_RETRY_BACKOFF_MS));
        output = kafkaOutput;
        counters.client(kafkaOutput::bindMetrics);
        Duration call = config.millis(IngestConfig.KAFKA_API_TIMEOUT_MS);
        Duration attempt = call.compareTo(stateTimeout) < 0 ? call : stateTimeout;
        stateReader = brokerWait.untilUp("fetch-state metadata", stateTimeout, () -> new FetchStateLoader(
                bootstrap, topics.fetchStateName(), attempt, config.consumerTimeouts()));
        counters.client(stateReader::bindMetrics);
        store = new FetchStateStore(brokerWait.untilUp("fetch-state read", stateTimeout,
                () -> stateReader.readToEnd(stateTimeout)), output::fetchState);
        sourceStatus = brokerWait.untilUp("source-status read", stateTimeout, () -> SourceStatusRecorder.open(
                bootstrap, topics.sourceStatus(), output::sourceStatus, registry,
                source -> poller == null ? null : poller.nextPollOf(source), clock, stateTimeout));
        DeadLetters deadLetters = new DeadLetters(output, store, counters, produceRetry);
        admission = new UrlAdmission(scheduler, store, deadLetters, counters, clock);
        PollSchedule polls = new PollSchedule(store, config.pollInterval(), clock); // validators, adaptive interval
        poller = new SourcePoller(sources::current, admission, polls);
        fetcher = FetchClients.fetcher(config, resolver);
        worker = FetchClients.worker(config, fetcher, clock, scheduler, store, output, deadLetters, admission,
                counters, produceRetry, sourceStatus, polls);
        frontier = new FrontierIntake(scheduler, admission, store, stateReader, output, sources::hintsOf, clock,
                config.millis(IngestConfig.PER_HOST_DELAY_MS),
                config.millis(IngestConfig.REQUEST_BUDGET_MS).plusSeconds(5));
        discovered = new DiscoveredUrlsReader(bootstrap, config.getString(IngestConfig.GROUP_ID),
                topics.discoveredUrlsName(), (r, e) -> deadLetters.malformed(r, e, topics.deadLetter().name()),
                KafkaStartup.groupConsumerSettings(config), frontier);
        frontier.reader(discovered);
        counters.client(discovered::bindMetrics);
        workers = FetchClients.workers(config.getInt(IngestConfig.FETCH_THREADS));
        LOG.info("ingest started: {} sources, {} URLs in the fetch state, user agent token '{}'",
                sources.current().size(), store.size(), config.productToken());
    }

    /**
     * Drain mode: polls every source once, fetches everything announced (feeds, sitemaps, discovered URLs up
     * to the end of the topic), waits out retries, then returns.
     *
     * @return what this run did
     */
    public DrainSummary runOnce() {
        DrainSummary before = counters.snapshot(Duration.ZERO);
        long t0 = System.nanoTime();
        Instant now = clock.instant();
        poller.pollAll(now); // a follow after the drain waits the interval
        loop(true);
        output.flush();
        return counters.since(before, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Follow mode: polls each source at its interval until {@link #stop()}. */
    public void follow() {
        loop(false);
        output.flush();
    }

    /**
     * Ends {@link #follow()} (or a running drain) after the tasks in flight. Safe from any thread; the service
     * does not run again afterwards (close it).
     */
    public void stop() {
        running = false;
        if (produceRetry != null) {
            produceRetry.stop(); // a worker waiting out a broker outage gives its task back
        }
        events.release();
    }

    private void loop(boolean drain) {
        loopLock.lock();
        try {
            runLoop(drain);
        } finally {
            loopLock.unlock();
        }
    }

    private void runLoop(boolean drain) {
        while (running) {
            Duration wait = MAX_IDLE_WAIT;
            try {
                boolean finished = turn(drain);
                brokerWait.succeeded();
                if (finished) {
                    return;
                }
                var wake = scheduler.nextWakeUp(clock.instant());
                if (wake.isPresent()) {
                    Duration untilWake = Duration.between(clock.instant(), wake.get());
                    if (untilWake.compareTo(wait) < 0) {
                        wait = untilWake.isNegative() ? Duration.ZERO : untilWake;
                    }
                }
            } catch (org.apache.kafka.common.KafkaException e) {
                if (!BrokerWait.retriable(e)) {
                    LOG.error("ingest loop ended by a non-retriable Kafka failure", e);
                    throw e;
                }
                // e.g. the broker down longer than a client timeout: tasks stay queued, offsets uncommitted
                wait = brokerWait.failed("ingest loop", e);
            }
            long until = System.nanoTime() + wait.toNanos();
            try {
                do { // a whole backoff while the broker is away; else until a task finishes
                    if (events.tryAcquire(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                        events.drainPermits();
                    }
                } while (running && brokerWait.state().waiting() && System.nanoTime() < until);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    /** @return true when a drain is finished */
    private boolean turn(boolean drain) {
        Instant now = clock.instant();
        if (!drain) {
            poller.pollDue(now, frontier::owns);
        }
        stateReader.follow(store::learn); // what other instances fetched since: not fetched here again
        discovered.poll(GROUP_POLL, frontier::admit); // not zero: a rebalance needs a few round trips
        dispatch(now);
        discovered.commit(); // up to the first unfinished record of each partition
        if (scheduler.isEmpty() && drain && discovered.caughtUp(ASSIGNMENT_WAIT, frontier::admit)
                && scheduler.isEmpty()) {
            discovered.commit();
            return true;
        }
        return false;
    }

    private void dispatch(Instant now) {
        while (true) {
            var next = scheduler.next(now);
            if (next.isEmpty()) {
                return;
            }
            String host = next.get().getKey();
            FetchTask task = next.get().getValue();
            workers.execute(() -> {
                try {
                    worker.run(host, task);
                } finally {
                    events.release();
                }
            });
        }
    }

    private void taskFinished(FetchTask task) {
        FrontierIntake f = frontier;
        if (f != null) {
            f.taskFinished(task);
        }
    }

    /**
     * @return the names of the sources of which this instance polls at least one feed or sitemap in follow mode
     *         now: those whose host's partition of the discovered-urls topic the ingest group assigned to it
     *         ({@link HostOwnership}); every source when it is the only instance, none before the group assigned
     *         it partitions
     */
    public List<String> ownedSources() {
        return poller.owned(frontier::owns);
    }

    /** @return pages produced to raw-pages since start */
    public long fetched() {
        return counters.fetched();
    }

    /** @return feeds and sitemaps answered 304 since start */
    public long notModified() {
        return counters.notModified();
    }

    /** @return pages dead-lettered since start */
    public long deadLettered() {
        return counters.deadLettered();
    }

    /** @return announced URLs skipped because they were already fetched, since start */
    public long skippedAlreadyFetched() {
        return counters.skippedAlreadyFetched();
    }

    /**
     * @return the status of every feed and sitemap polled (by this instance since start, or read back from the
     *         source-status topic at start), by source then URL; empty before {@link #start()}
     */
    public List<newsflow.common.model.FeedStatus> sourceStatuses() {
        return sourceStatus == null ? List.of() : sourceStatus.all();
    }

    /** @return all counters, for progress lines */
    public IngestCounters counters() {
        return counters;
    }

    /**
     * @return the discovered-urls partitions the ingest group assigned to this instance as of the last poll
     *         (0 before the first assignment, or before {@link #start()}); safe from any thread
     */
    public int assignedPartitions() {
        DiscoveredUrlsReader d = discovered;
        return d == null ? 0 : d.assignment().size();
    }

    /**
     * @return whether ingest's consumer side is waiting for an unreachable broker, since when and why ({@link
     *         BrokerWait}); safe from any thread
     */
    public BrokerWait.State brokerWaiting() {
        BrokerWait w = brokerWait;
        return w == null ? BrokerWait.State.UP : w.state();
    }

    /** @return tasks queued or in flight */
    public int pending() {
        return scheduler.size();
    }

    /**
     * Stops the loop (waiting for a running {@link #follow()} or {@link #runOnce()} on another thread to end),
     * lets the tasks in flight finish, commits the discovered-urls offsets and closes the clients.
     */
    @Override
    public void close() {
        stop();
        try {
            if (!loopLock.tryLock(MAX_IDLE_WAIT.toMillis() * 50, TimeUnit.MILLISECONDS)) {
                LOG.warn("ingest loop did not end in time; closing anyway");
            } else {
                loopLock.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (workers != null) {
            FetchClients.shutdown(workers, config);
        }
        if (fetcher != null) {
            fetcher.close();
        }
        if (discovered != null) {
            discovered.commitAndClose(); // up to the first unfinished record: the rest is read again
        }
        if (stateReader != null) {
            stateReader.close();
        }
        counters.closeClients();
        if (output != null) {
            output.close();
        }
    }
}
