package newsflow.ingest.robots;

import java.time.Instant;

/**
 * What robots.txt says about one URL.
 *
 * @param verdict  allowed, disallowed, or unavailable (robots.txt failed: fetch nothing from the host yet)
 * @param retryAt  for {@link Verdict#UNAVAILABLE}: when robots.txt is tried again; otherwise null
 * @param crawlDelayMs the Crawl-delay of the matched group in milliseconds, or -1 when unset
 * @param refusedAddress for {@link Verdict#UNAVAILABLE}: why the address guard refused the robots.txt connection
 *                     (the host resolved to a loopback, private or metadata address, e.g. by DNS rebinding), so the
 *                     page is refused for its address rather than retried; otherwise null
 */
public record RobotsDecision(Verdict verdict, Instant retryAt, long crawlDelayMs, String refusedAddress) {
    /** A decision with no refused address. */
    public RobotsDecision(Verdict verdict, Instant retryAt, long crawlDelayMs) {
        this(verdict, retryAt, crawlDelayMs, null);
    }

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
