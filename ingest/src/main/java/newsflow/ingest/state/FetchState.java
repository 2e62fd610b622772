package newsflow.ingest.state;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Instant;

/**
 * The value of the compacted fetch-state topic: ingest's memory, so that a restart or a rebalance loses nothing
 * of what an instance learned (issue 12 item 7). Three kinds of keys:
 * <ul>
 *   <li>a canonical page URL, kind {@link #PAGE}: the final outcome of a page ({@link #FETCHED},
 *       {@link #DEAD_LETTERED}), so that it is never fetched again, or {@link #RETRYING} with the attempts made,
 *       the last failure and the next attempt, so that a retry count continues on a restarted instance or on the
 *       host's new owner;</li>
 *   <li>{@code document <feed or sitemap URL>} ({@link #documentKey}), kind {@link #DOCUMENT}, outcome
 *       {@link #POLLED}: the conditional-GET validators of the last full read (ETag, Last-Modified; RFC 9110
 *       §13.1), the current adaptive poll interval, the next poll, and where the document's archive stands
 *       ({@code archive}: the items handed over for fetching and not yet fetched, so a restart or the host's new
 *       owner continues the archive instead of handing the same items over again);</li>
 *   <li>{@code host <host>} ({@link #hostKey}), kind {@link #HOST}, outcome {@link #PAUSED}: a host paused by a
 *       Retry-After (429, 503) until {@code nextAt}.</li>
 * </ul>
 * Records written before the optional fields existed read with them null.
 *
 * @param url          the canonical URL, the feed or sitemap URL, or the host
 * @param kind         {@link #PAGE}, {@link #DOCUMENT} or {@link #HOST}
 * @param outcome      {@code fetched}, {@code dead-lettered} (final), {@code requeued} (a dead-lettered page that
 *                     {@code newsflow dead-letters replay} handed back), {@code retrying}, {@code polled} or
 *                     {@code paused}
 * @param status       HTTP status of the last response, or 0 when there was none (robots.txt, refused address…)
 * @param fetchedAt    when the state was recorded
 * @param attempts     fetch attempts made
 * @param etag         a document's ETag, or null
 * @param lastModified a document's Last-Modified (HTTP-date as the server sent it), or null
 * @param nextAt       a document's next poll, a retrying page's next attempt, a paused host's end of pause; or null
 * @param intervalMs   a document's current poll interval in milliseconds, or null
 * @param reason       a retrying page's last failure (e.g. {@code http-503}, {@code consent-redirect}), or null
 * @param archive      a document's archive cursor as {@code newsflow.ingest.feed.ArchiveCursor#encoded()} writes it
 *                     (base64 of 64-bit link hashes), or null
 */
public record FetchState(String url, String kind, String outcome, int status, Instant fetchedAt, int attempts,
                         String etag, String lastModified, Instant nextAt, Long intervalMs, String reason,
                         String archive) {
    /** Kind of a page state. */
    public static final String PAGE = "page";
    /** Kind of a feed or sitemap state (key {@link #documentKey}). */
    public static final String DOCUMENT = "document";
    /** Kind of a host state (key {@link #hostKey}). */
    public static final String HOST = "host";
    /** Outcome: produced to raw-pages. */
    public static final String FETCHED = "fetched";
    /** Outcome: written to the dead-letter topic. */
    public static final String DEAD_LETTERED = "dead-lettered";
    /** Outcome: a dead-lettered page re-queued by a dead-letter replay; not final, so ingest fetches it again. */
    public static final String REQUEUED = "requeued";
    /** Outcome: a page whose last attempt failed and that is tried again at {@code nextAt}; not final. */
    public static final String RETRYING = "retrying";
    /** Outcome: a feed or sitemap read (or answered 304). */
    public static final String POLLED = "polled";
    /** Outcome: a host paused until {@code nextAt}. */
    public static final String PAUSED = "paused";

    /** The canonical constructor, the one JSON is read with. */
    @JsonCreator
    public FetchState {
    }

    /** A state without an archive cursor (pages, hosts, and documents read before it existed). */
    public FetchState(String url, String kind, String outcome, int status, Instant fetchedAt, int attempts,
                      String etag, String lastModified, Instant nextAt, Long intervalMs, String reason) {
        this(url, kind, outcome, status, fetchedAt, attempts, etag, lastModified, nextAt, intervalMs, reason, null);
    }

    /** A page state without the optional fields. */
    public FetchState(String url, String kind, String outcome, int status, Instant fetchedAt, int attempts) {
        this(url, kind, outcome, status, fetchedAt, attempts, null, null, null, null, null);
    }

    /**
     * @param url a feed or sitemap URL
     * @return its key on the fetch-state topic ({@code document <url>}: never a canonical page URL)
     */
    public static String documentKey(String url) {
        return DOCUMENT + " " + url;
    }

    /**
     * @param host a host as the scheduler names it
     * @return its key on the fetch-state topic ({@code host <host>})
     */
    public static String hostKey(String host) {
        return HOST + " " + host;
    }

    /** @return true when this is a page with a final outcome (fetched or dead-lettered) */
    public boolean isFinalPage() {
        return PAGE.equals(kind) && (FETCHED.equals(outcome) || DEAD_LETTERED.equals(outcome));
    }
}
