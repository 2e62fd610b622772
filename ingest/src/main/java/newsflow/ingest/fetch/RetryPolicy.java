package newsflow.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * When to try a failed fetch again (case C30). A {@code Retry-After} header (RFC 9110 §10.2.3) is honoured in
 * both forms, delay-seconds and HTTP-date; without one the delay is exponential backoff
 * {@code base × 2^(attempts−1)} (30 s, 60 s, 120 s … with the default base). Every delay is capped at the
 * ceiling, so a far Retry-After reschedules the URL at {@code now + ceiling} instead of blocking anything. After
 * {@code maxAttempts} attempts the URL is given up (dead-lettered with reason {@code retries-exhausted}), except
 * after a 429: rate limiting says "later", not "gone", so such a URL is requeued without limit (attempts still
 * counted; the delay grows to the ceiling) and is never dropped.
 */
public final class RetryPolicy {
    /** Statuses worth retrying: request timeout, too many requests, and transient server errors. */
    public static final Set<Integer> RETRYABLE = Set.of(408, 425, 429, 500, 502, 503, 504);
    /** Statuses after which the whole host is paused, not only the URL. */
    public static final Set<Integer> PAUSE_HOST = Set.of(429, 503);

    private final Duration base;
    private final Duration ceiling;
    private final int maxAttempts;

    /**
     * @param base        first backoff delay
     * @param ceiling     largest delay ever used (Retry-After included)
     * @param maxAttempts attempts before giving up (1 = never retry)
     */
    public RetryPolicy(Duration base, Duration ceiling, int maxAttempts) {
        this.base = base;
        this.ceiling = ceiling;
        this.maxAttempts = maxAttempts;
    }

    /** Too Many Requests (RFC 6585 §4): never a reason to give a URL up. */
    public static final int TOO_MANY_REQUESTS = 429;

    /**
     * @param attemptsMade attempts made so far, the failed one included (≥ 1)
     * @param status       the HTTP status of the failed attempt, or 0 when there was no response
     * @return true when another attempt is allowed: always after a 429, else while under {@code maxAttempts}
     */
    public boolean mayRetry(int attemptsMade, int status) {
        return status == TOO_MANY_REQUESTS || attemptsMade < maxAttempts;
    }

    /**
     * @param attemptsMade attempts made so far, the failed one included (≥ 1)
     * @param retryAfter   the Retry-After header value, or null
     * @param now          the current instant
     * @return when to try again: Retry-After or backoff, never later than {@code now + ceiling}
     */
    public Instant retryAt(int attemptsMade, String retryAfter, Instant now) {
        Duration delay = retryAfterDelay(retryAfter, now);
        if (delay == null) {
            int exp = Math.max(0, Math.min(attemptsMade - 1, 30));
            delay = base.multipliedBy(1L << exp);
        }
        if (delay.compareTo(ceiling) > 0) {
            delay = ceiling;
        }
        return now.plus(delay.isNegative() ? Duration.ZERO : delay);
    }

    /**
     * @param header the Retry-After value: delay-seconds ({@code 120}) or an IMF-fixdate
     *               ({@code Wed, 06 Mar 2024 14:00:00 GMT}); null or unparseable gives null
     * @param now    the current instant (an HTTP-date in the past gives zero)
     * @return the delay the server asked for, uncapped, or null
     */
    public static Duration retryAfterDelay(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.trim();
        if (h.matches("\\d{1,10}")) {
            return Duration.ofSeconds(Long.parseLong(h));
        }
        try {
            Instant at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
