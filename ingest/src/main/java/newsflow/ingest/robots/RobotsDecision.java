package newsflow.ingest.robots;

import java.time.Instant;

/**
 * What robots.txt says about one URL.
 *
 * @param verdict  allowed, disallowed, or unavailable (robots.txt failed: fetch nothing from the host yet)
 * @param retryAt  for {@link Verdict#UNAVAILABLE}: when robots.txt is tried again; otherwise null
 * @param crawlDelayMs the Crawl-delay of the matched group in milliseconds, or -1 when unset
 */
public record RobotsDecision(Verdict verdict, Instant retryAt, long crawlDelayMs) {
    /** The three outcomes of RFC 9309 as ingest applies them. */
    public enum Verdict {
        /** The URL may be fetched. */
        ALLOWED,
        /** The matched group disallows the URL. */
        DISALLOWED,
        /** robots.txt answered 5xx or could not be fetched: complete disallow until {@code retryAt}. */
        UNAVAILABLE
    }
}
