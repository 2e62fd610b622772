package newsflow.common.model;

import java.time.Instant;

/**
 * The value of the compacted source-status topic, key = the feed or sitemap URL: how the last poll of one feed or
 * sitemap of a source went. Written by ingest after every poll (any instance; the latest wins), read back by
 * ingest at start-up (so a restart keeps the last success and the failing state) and by {@code newsflow sources}.
 *
 * @param source           the source name (sources file)
 * @param url              the feed or sitemap URL (= key)
 * @param kind             {@link #FEED} or {@link #SITEMAP}
 * @param state            {@link #OK} or {@link #FAILING}
 * @param lastPollAt       when the last poll ended (success or failure)
 * @param lastSuccessAt    when the last successful poll ended (a 304 counts), or null when none yet
 * @param lastErrorKind    reason code of the last failure ({@code http-404}, {@code malformed},
 *                         {@code retries-exhausted}, {@code robots-disallowed}...), or null when none yet
 * @param lastErrorMessage human-readable detail of the last failure, or null
 * @param lastErrorAt      when the last failure was recorded, or null
 * @param itemsSeen        items (pages) the last successful read listed; 0 for a 304
 * @param itemsNew         of those, how many were new (queued for fetching)
 * @param nextPollAt       when the source is polled next, or null when not known (a child sitemap)
 * @param itemsSkipped     items of the last read that could not be read (a malformed item, a document cut short)
 * @param note             what the last successful read found worth saying, or null: skipped items by reason,
 *                         items left for later polls, or the feeds an HTML page given as a feed names
 */
public record FeedStatus(String source, String url, String kind, String state, Instant lastPollAt,
                         Instant lastSuccessAt, String lastErrorKind, String lastErrorMessage, Instant lastErrorAt,
                         long itemsSeen, long itemsNew, Instant nextPollAt, long itemsSkipped, String note) {
    /** Kind of a feed (RSS, Atom, RDF, JSON Feed). */
    public static final String FEED = "feed";
    /** Kind of a sitemap (index or URL set). */
    public static final String SITEMAP = "sitemap";
    /** State after a successful poll. */
    public static final String OK = "ok";
    /** State after a failed poll, until the next success. */
    public static final String FAILING = "failing";

    /** A status without skipped items nor note (the record shape before {@code items_skipped}, {@code note}). */
    public FeedStatus(String source, String url, String kind, String state, Instant lastPollAt, Instant lastSuccessAt,
                      String lastErrorKind, String lastErrorMessage, Instant lastErrorAt, long itemsSeen,
                      long itemsNew, Instant nextPollAt) {
        this(source, url, kind, state, lastPollAt, lastSuccessAt, lastErrorKind, lastErrorMessage, lastErrorAt,
                itemsSeen, itemsNew, nextPollAt, 0, null);
    }

    /** @return true when the last poll failed */
    public boolean failing() {
        return FAILING.equals(state);
    }
}
