package newsflow.sink.jdbc;

import java.time.Duration;

/**
 * Bounded retries with exponential backoff for transient database failures: attempt 1 runs at once, attempt
 * n+1 waits {@code initialBackoff * 2^(n-1)}, capped at {@code maxBackoff}. After {@code maxAttempts} failed
 * attempts the caller fails loudly ({@link SinkUnavailableException}).
 *
 * @param maxAttempts    attempts in all, at least 1
 * @param initialBackoff wait before the second attempt
 * @param maxBackoff     longest wait between attempts
 * @param sleeper        how to wait (a test passes one that records the waits)
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Sleeper sleeper) {

    /** Waits; {@link Thread#sleep} in production. */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * @param duration how long
         * @throws InterruptedException when interrupted
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Validates the bounds. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff");
        }
    }

    /**
     * @param maxAttempts    attempts in all
     * @param initialBackoff wait before the second attempt
     * @param maxBackoff     longest wait
     * @return a policy sleeping with {@link Thread#sleep(long)}
     */
    public static RetryPolicy of(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, d -> Thread.sleep(d.toMillis()));
    }

    /**
     * @param failedAttempts attempts that failed so far, at least 1
     * @return the wait before the next attempt
     */
    public Duration backoffAfter(int failedAttempts) {
        Duration d = initialBackoff;
        for (int i = 1; i < failedAttempts && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
