package newsflow.ingest.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import newsflow.common.metrics.DeadLetterMeters;

/**
 * The service's counters, registered in Micrometer as {@code newsflow.ingest.<name>} and readable as numbers
 * for summaries and progress lines. The operator's view is {@code newsflow.ingest.fetches} (Prometheus
 * {@code newsflow_ingest_fetches_total}) with a bounded {@code outcome} tag: {@code stored}, {@code not_modified},
 * {@code retry}, {@code dead_lettered}, {@code robots_disallowed}, {@code feed_read}, {@code feed_failed}; and
 * the timer {@code newsflow.ingest.fetch} ({@code newsflow_ingest_fetch_seconds}, a histogram of HTTP fetch
 * durations, robots.txt hops included). No tag holds a URL or a host.
 */
public final class IngestCounters {
    final Counter fetched;
    final Counter notModified;
    final Counter deadLettered;
    final Counter skippedAlreadyFetched;
    final Counter feedsPolled;
    final Counter feedErrors;
    final Counter retriesScheduled;
    final Counter continuationPages;
    final Counter paginationBudgetStops;
    /** Pages dead-lettered for a reason other than robots.txt (outcome {@code dead_lettered}). */
    final Counter deadLetteredPages;
    /** Pages robots.txt forbids (outcome {@code robots_disallowed}). */
    final Counter robotsDisallowed;
    /** Duration of each HTTP fetch of a page, feed or sitemap. */
    final Timer fetchTimer;
    private final MeterRegistry registry;
    private final java.util.List<AutoCloseable> clients = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** @param registry where the counters are registered */
    public IngestCounters(MeterRegistry registry) {
        fetched = Counter.builder("newsflow.ingest.pages.fetched").description("pages produced to raw-pages")
                .register(registry);
        notModified = Counter.builder("newsflow.ingest.feeds.not.modified")
                .description("feeds and sitemaps answered 304").register(registry);
        deadLettered = Counter.builder("newsflow.ingest.pages.dead.lettered")
                .description("pages written to the dead-letter topic").register(registry);
        skippedAlreadyFetched = Counter.builder("newsflow.ingest.pages.skipped.already.fetched")
                .description("announced URLs already in the fetch state").register(registry);
        feedsPolled = Counter.builder("newsflow.ingest.feeds.polled").description("feed and sitemap documents read")
                .register(registry);
        feedErrors = Counter.builder("newsflow.ingest.feeds.errors")
                .description("feeds or sitemaps not fetched or not parsed").register(registry);
        retriesScheduled = Counter.builder("newsflow.ingest.retries.scheduled")
                .description("fetches rescheduled for a later attempt").register(registry);
        continuationPages = Counter.builder("newsflow.ingest.pagination.pages")
                .description("following pages of multi-page articles carried in their first page's record")
                .register(registry);
        paginationBudgetStops = Counter.builder("newsflow.ingest.pagination.budget.stops")
                .description("multi-page articles cut short because the next page would exceed the record size")
                .register(registry);
        this.registry = registry;
        DeadLetterMeters.counter(registry, "fetch");
        deadLetteredPages = fetches(registry, "dead_lettered");
        robotsDisallowed = fetches(registry, "robots_disallowed");
        // the other outcomes are the counters above, seen under the operator's name
        fetches(registry, "stored", c -> c.fetched.count());
        fetches(registry, "not_modified", c -> c.notModified.count());
        fetches(registry, "retry", c -> c.retriesScheduled.count());
        fetches(registry, "feed_read", c -> c.feedsPolled.count());
        fetches(registry, "feed_failed", c -> c.feedErrors.count());
        fetchTimer = Timer.builder("newsflow.ingest.fetch")
                .description("HTTP fetch duration of pages, feeds and sitemaps").publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofSeconds(120))
                .register(registry);
    }

    /**
     * @param reason why items of a feed or sitemap could not be read ({@code malformed}, {@code truncated})
     * @return the counter {@code newsflow.ingest.feed.items.skipped} (Prometheus
     *         {@code newsflow_ingest_feed_items_skipped_total}) of that reason
     */
    Counter feedItemsSkipped(String reason) {
        return Counter.builder("newsflow.ingest.feed.items.skipped").tag("reason", reason)
                .description("feed and sitemap items that could not be read, by reason").register(registry);
    }

    private static Counter fetches(MeterRegistry registry, String outcome) {
        return Counter.builder(FETCHES).tag("outcome", outcome).description(FETCHES_DOC).register(registry);
    }

    private void fetches(MeterRegistry registry, String outcome, ToDoubleFunction<IngestCounters> f) {
        FunctionCounter.builder(FETCHES, this, f).tag("outcome", outcome).description(FETCHES_DOC)
                .register(registry);
    }

    private static final String FETCHES = "newsflow.ingest.fetches";
    private static final String FETCHES_DOC = "fetches of pages, feeds and sitemaps by outcome";

    /**
     * Counts a page given up on, under outcome {@code robots_disallowed} or {@code dead_lettered}.
     *
     * @param reason the dead-letter reason, e.g. {@code http-404}, {@code robots-disallowed}
     */
    void pageGivenUp(String reason) {
        ("robots-disallowed".equals(reason) ? robotsDisallowed : deadLetteredPages).increment();
    }

    /**
     * Registers the frontier's gauges {@code newsflow.ingest.pending.urls} (queued or in flight) and
     * {@code newsflow.ingest.host.paused} (hosts waiting on a Retry-After or an unavailable robots.txt).
     */
    void frontier(newsflow.ingest.fetch.HostScheduler scheduler, java.time.Clock clock) {
        io.micrometer.core.instrument.Gauge.builder("newsflow.ingest.pending.urls", scheduler,
                        newsflow.ingest.fetch.HostScheduler::size)
                .description("URLs, feeds and sitemaps queued or in flight").register(registry);
        io.micrometer.core.instrument.Gauge.builder("newsflow.ingest.host.paused", scheduler,
                        s -> s.pausedHosts(clock.instant()))
                .description("hosts waiting on a Retry-After (429, 503) or an unavailable robots.txt")
                .register(registry);
    }

    /** @param bind binds a Kafka client's metrics to the registry, returning the binder to close with it */
    void client(java.util.function.Function<MeterRegistry, AutoCloseable> bind) {
        clients.add(bind.apply(registry));
    }

    /** Closes the Kafka client binders. */
    void closeClients() {
        for (AutoCloseable c : clients) {
            try {
                c.close();
            } catch (Exception e) {
                // closing a metrics binder on shutdown: nothing to do about it
            }
        }
        clients.clear();
    }

    /**
     * Counts a record written to the dead-letter topic, under {@code newsflow.dead.letters{stage}}.
     *
     * @param stage its stage header ({@code fetch}, {@code deserialize})
     */
    void deadLetterWritten(String stage) {
        deadLettered.increment();
        DeadLetterMeters.counter(registry, stage).increment();
    }

    /** @return the total of every fetch outcome, for progress lines (each attempt counts) */
    public long fetchOutcomes() {
        return fetched() + notModified() + (long) retriesScheduled.count() + (long) feedsPolled.count()
                + (long) feedErrors.count() + (long) deadLetteredPages.count() + (long) robotsDisallowed.count();
    }

    /** @return following pages of multi-page articles carried so far */
    public long continuationPages() {
        return (long) continuationPages.count();
    }

    /** @return multi-page walks cut short by the record-size budget so far */
    public long paginationBudgetStops() {
        return (long) paginationBudgetStops.count();
    }

    /** @return pages fetched so far */
    public long fetched() {
        return (long) fetched.count();
    }

    /** @return 304 answers so far */
    public long notModified() {
        return (long) notModified.count();
    }

    /** @return pages dead-lettered so far */
    public long deadLettered() {
        return (long) deadLettered.count();
    }

    /** @return URLs skipped as already fetched so far */
    public long skippedAlreadyFetched() {
        return (long) skippedAlreadyFetched.count();
    }

    /**
     * @param before counters at the start of a run ({@link #snapshot})
     * @param took   run duration
     * @return the difference as a summary
     */
    public DrainSummary since(DrainSummary before, Duration took) {
        DrainSummary now = snapshot(took);
        return new DrainSummary(now.fetched() - before.fetched(), now.notModified() - before.notModified(),
                now.deadLettered() - before.deadLettered(),
                now.skippedAlreadyFetched() - before.skippedAlreadyFetched(),
                now.feedsPolled() - before.feedsPolled(), now.feedErrors() - before.feedErrors(),
                now.retriesScheduled() - before.retriesScheduled(), took);
    }

    /**
     * @param took a duration to carry
     * @return the totals so far
     */
    public DrainSummary snapshot(Duration took) {
        return new DrainSummary(fetched(), notModified(), deadLettered(), skippedAlreadyFetched(),
                (long) feedsPolled.count(), (long) feedErrors.count(), (long) retriesScheduled.count(), took);
    }
}
