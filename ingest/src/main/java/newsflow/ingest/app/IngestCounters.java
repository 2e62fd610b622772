package newsflow.ingest.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;

/**
 * The service's counters, registered in Micrometer as {@code newsflow.ingest.<name>} and readable as numbers
 * for summaries and progress lines.
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
