package newsflow.sink.app;

import java.time.Duration;
import java.util.function.LongSupplier;
import newsflow.sink.jdbc.RetryPolicy;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's patience with an unreachable Kafka broker (issue 11: an outage longer than
 * {@code default.api.timeout.ms} made an offset commit throw {@link org.apache.kafka.common.errors.TimeoutException}
 * and ended the sink). A Kafka call that fails with a retriable error (a {@link RetriableException}, which
 * includes the client's timeouts) starts the wait: the work stays held or uncommitted, and the call is tried again
 * after a capped exponential backoff ({@link RetryPolicy}, {@code sink.retry.backoff.ms} to
 * {@code sink.retry.backoff.max.ms}) while the consumer keeps polling. There is no bound: a broker outage only
 * delays the sink, like a database outage with {@code sink.db.wait.max.ms=-1} (the default). It logs one line
 * when the wait starts and one when a call succeeds again, never one per retry, and keeps the {@code broker}
 * component of {@link SinkHealth} current. Used by the run thread only.
 */
final class BrokerWait {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerWait.class);
    private static final int REASON_CHARS = 300;

    private final RetryPolicy backoff;
    private final SinkHealth health;
    private final LongSupplier nanoTime;
    private boolean waiting;
    private long startedNanos;
    private long nextRetryNanos;
    private int failures;

    /**
     * @param backoff  the waits between retries (its attempt count is not used)
     * @param health   where the state is published
     * @param nanoTime monotonic clock in nanoseconds ({@link System#nanoTime()})
     */
    BrokerWait(RetryPolicy backoff, SinkHealth health, LongSupplier nanoTime) {
        this.backoff = backoff;
        this.health = health;
        this.nanoTime = nanoTime;
    }

    /**
     * @param e a failure of a Kafka client call
     * @return whether the call may succeed when retried (the broker unreachable, a timeout, a leader moving)
     */
    static boolean retriable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }

    /** @return whether a Kafka call failed and no call succeeded since */
    boolean waiting() {
        return waiting;
    }

    /** @return whether the next retry is due (always true when not waiting) */
    boolean due() {
        return !waiting || nanoTime.getAsLong() >= nextRetryNanos;
    }

    /**
     * A Kafka call failed with a retriable error: starts the wait (logging once) or schedules the next retry.
     *
     * @param what  the call, for the log ("offset commit", "dead-letter produce")
     * @param cause its failure
     */
    void failed(String what, Throwable cause) {
        long now = nanoTime.getAsLong();
        String reason = brief(cause);
        if (!waiting) {
            waiting = true;
            startedNanos = now;
            failures = 0;
            LOG.warn("Kafka broker unavailable ({} failed): holding the work uncommitted and retrying with backoff"
                            + " from {} to {} ms as long as it takes ({})", what, backoff.initialBackoff().toMillis(),
                    backoff.maxBackoff().toMillis(), reason);
        } else {
            LOG.debug("Kafka broker still unavailable ({} failed, failure {}): {}", what, failures + 1, reason);
        }
        failures++;
        nextRetryNanos = now + backoff.backoffAfter(failures).toNanos();
        health.brokerWaiting(what + " failed: " + reason);
    }

    /** A Kafka call succeeded: ends the wait, logging once. */
    void succeeded() {
        if (!waiting) {
            return;
        }
        waiting = false;
        health.brokerUp();
        LOG.info("Kafka broker available again after {} ms ({} failed attempts)",
                Duration.ofNanos(nanoTime.getAsLong() - startedNanos).toMillis(), failures);
    }

    private static String brief(Throwable e) {
        String text = e.toString();
        return text.length() <= REASON_CHARS ? text : text.substring(0, REASON_CHARS) + "…";
    }
}
