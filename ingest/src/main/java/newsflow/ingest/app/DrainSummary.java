package newsflow.ingest.app;

import java.time.Duration;

/**
 * What one {@link IngestService#runOnce()} did (counts of that run only).
 *
 * @param fetched               pages produced to raw-pages
 * @param notModified           feeds and sitemaps answered 304
 * @param deadLettered          pages written to the dead-letter topic
 * @param skippedAlreadyFetched announced URLs skipped because the fetch state holds them
 * @param feedsPolled           feed and sitemap documents read
 * @param feedErrors            feeds or sitemaps that could not be fetched or parsed (logged)
 * @param retriesScheduled      fetches rescheduled (429, 5xx, network errors, robots.txt unavailable)
 * @param took                  wall-clock time of the run
 */
public record DrainSummary(long fetched, long notModified, long deadLettered, long skippedAlreadyFetched,
                           long feedsPolled, long feedErrors, long retriesScheduled, Duration took) {
}
