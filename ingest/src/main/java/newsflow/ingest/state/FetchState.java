package newsflow.ingest.state;

import java.time.Instant;

/**
 * The value of the compacted fetch-state topic, key = canonical page URL: the final outcome of a page, so
 * that a restart never fetches it again. (Feed validators for conditional GET are kept in memory only: after a
 * restart each feed is read once in full and its known items are skipped here, so an item announced before a
 * crash is never lost.)
 *
 * @param url       the canonical URL (= key)
 * @param kind      {@code page}
 * @param outcome   {@code fetched} or {@code dead-lettered} (final), or {@code requeued}: a dead-lettered page
 *                  that {@code newsflow dead-letters replay} handed back to ingest, to be fetched again
 * @param status    HTTP status of the last response, or 0 when there was none (robots.txt, refused address…)
 * @param fetchedAt when the outcome was recorded
 * @param attempts  fetch attempts made
 */
public record FetchState(String url, String kind, String outcome, int status, Instant fetchedAt, int attempts) {
    /** Kind of a page state. */
    public static final String PAGE = "page";
    /** Outcome: produced to raw-pages. */
    public static final String FETCHED = "fetched";
    /** Outcome: written to the dead-letter topic. */
    public static final String DEAD_LETTERED = "dead-lettered";

    /** Outcome: a dead-lettered page re-queued by a dead-letter replay; not final, so ingest fetches it again. */
    public static final String REQUEUED = "requeued";

    /** @return true when this is a page with a final outcome (fetched or dead-lettered) */
    public boolean isFinalPage() {
        return PAGE.equals(kind) && (FETCHED.equals(outcome) || DEAD_LETTERED.equals(outcome));
    }
}
