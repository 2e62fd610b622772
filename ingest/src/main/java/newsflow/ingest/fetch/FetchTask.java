package newsflow.ingest.fetch;

import java.time.Instant;
import newsflow.common.model.FeedItem;
import newsflow.common.model.SourceHints;

/**
 * One URL waiting to be fetched.
 *
 * @param kind          what the URL is expected to be
 * @param url           the URL to request (as announced)
 * @param key           the canonical URL: dedup key and record key
 * @param source        the source name
 * @param hints         the source's hints
 * @param discoveredVia the feed, sitemap or listing URL that announced it, or null
 * @param feedItem      the announcing item, or null
 * @param attempts      how many fetch attempts were already made (0 for a new task)
 * @param dueAt         not before this instant
 * @param lastFailure   reason of the last failed attempt (e.g. {@code http-503}), or null
 */
public record FetchTask(Kind kind, String url, String key, String source, SourceHints hints, String discoveredVia,
                        FeedItem feedItem, int attempts, Instant dueAt, String lastFailure) {
    /** What a task fetches. */
    public enum Kind {
        /** An article or listing page: produced to raw-pages. */
        PAGE,
        /** A feed: parsed for items, conditional GET. */
        FEED,
        /** A sitemap or sitemap index. */
        SITEMAP,
        /**
         * A following page of a multi-page article ({@code rel=next}); its key is the first page's, and it is
         * carried in the first page's raw-pages record (case C24).
         */
        CONTINUATION
    }

    /**
     * @param at     the new due time
     * @param reason why the attempt failed
     * @return this task with one more attempt, due at {@code at}
     */
    public FetchTask retry(Instant at, String reason) {
        return new FetchTask(kind, url, key, source, hints, discoveredVia, feedItem, attempts + 1, at, reason);
    }

    /**
     * @param at the new due time
     * @return this task due at {@code at}, attempts unchanged (a wait that was not an attempt, e.g. robots.txt)
     */
    public FetchTask deferTo(Instant at) {
        return new FetchTask(kind, url, key, source, hints, discoveredVia, feedItem, attempts, at, lastFailure);
    }
}
