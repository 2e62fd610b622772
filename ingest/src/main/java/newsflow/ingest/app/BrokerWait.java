package newsflow.ingest.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest's patience with an unreachable Kafka broker on its consumer side (issue 11: an outage longer than a
 * client timeout ended the ingest loop, and a broker down at start-up stopped ingest from starting). A Kafka call
 * that fails with a retriable error ({@link #retriable}: a {@link RetriableException}, which includes the
 * client's {@code TimeoutException}, or a {@link RebalanceInProgressException} on commit) starts the wait: the
 * discovered-urls offsets stay uncommitted, the queued tasks stay queued, and the call is tried again after a
 * capped exponential backoff ({@code ingest.produce.retry.backoff.ms} doubling up to
 * {@code ingest.produce.retry.max.backoff.ms}). It logs one line when the wait starts and one when a call succeeds
 * again, never one per retry. {@link #state()} is what ingest's {@code /health} shows. A
 * {@link CommitFailedException} is not a wait: the partitions moved and their new owner re-reads the records
 * (see {@link DiscoveredUrlsReader#commit()}). Thread-safe: the loop thread (or the starting thread) writes, any
 * thread reads {@link #state()}.
 */
public final class BrokerWait {
    /**
     * What ingest's consumer side is doing with the broker.
     *
     * @param waiting whether a Kafka call failed with a retriable error and none succeeded since
     * @param what    the call that failed first ("ingest loop", "start-up"), null when not waiting
     * @param reason  its failure, shortened, null when not waiting
     * @param since   when the wait started, null when not waiting
     * @param retries failed attempts in this wait
     */
    public record State(boolean waiting, String what, String reason, Instant since, int retries) {
        static final State UP = new State(false, null, null, null, 0);
    }

    private static final Logger LOG = LoggerFactory.getLogger(BrokerWait.class);
    private static final int REASON_CHARS = 300;
    private final Duration first;
    private final Duration max;
    private final Clock clock;
    private volatile State state = State.UP;

    /**
     * @param first wait after the first failure, &gt; 0
     * @param max   ceiling of the doubling wait
     * @param clock time source of {@link State#since()}
     */
    BrokerWait(Duration first, Duration max, Clock clock) {
        this.first = first;
        this.max = max.compareTo(first) < 0 ? first : max;
        this.clock = clock;
    }

    /**
     * @param e a failure of a Kafka consumer or admin call
     * @return whether the call may succeed when retried: a {@link RetriableException} (timeouts, broker
     *         unavailable, leader moving) or a {@link RebalanceInProgressException} anywhere in the cause chain
     */
    static boolean retriable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RetriableException || t instanceof RebalanceInProgressException
                    || t instanceof newsflow.common.topic.KafkaUnreachableException) {
                return true;
            }
        }
        return false;
    }

    /** @return the current state; safe from any thread */
    public State state() {
        return state;
    }

    /**
     * A Kafka call failed with a retriable error: starts the wait (logging once) or counts one more retry.
     *
     * @param what  the call, for the log and the health
     * @param cause its failure
     * @return how long to wait before trying again (capped exponential backoff)
     */
    Duration failed(String what, Throwable cause) {
        State s = state;
        String reason = brief(cause);
        if (!s.waiting()) {
            LOG.warn("Kafka broker unavailable to ingest ({} failed): tasks stay queued and discovered-urls offsets "
                            + "uncommitted; retrying with backoff from {} to {} ms as long as it takes ({})", what,
                    first.toMillis(), max.toMillis(), reason);
            s = new State(true, what, reason, clock.instant(), 0);
        } else {
            LOG.debug("Kafka broker still unavailable to ingest ({} failed, retry {}): {}", what, s.retries() + 1,
                    reason);
        }
        int retries = s.retries() + 1;
        state = new State(true, s.what(), reason, s.since(), retries);
        return backoffAfter(retries);
    }

    /** A Kafka call succeeded: ends the wait, logging once. */
    void succeeded() {
        State s = state;
        if (!s.waiting()) {
            return;
        }
        state = State.UP;
        LOG.info("Kafka broker available to ingest again after {} ms ({} failed attempts)",
                Duration.between(s.since(), clock.instant()).toMillis(), s.retries());
    }

    /**
     * Start-up's wait for the broker: runs {@code call} until it returns, waiting with backoff after each
     * retriable failure, at most until {@code bound} has passed since the first call.
     *
     * @param what  the call, for the log and the health
     * @param bound how long the broker may stay away ({@code ingest.state.load.timeout.ms})
     * @param call  the Kafka work; it must be safe to run again after a failure
     * @param <T>   its result
     * @return its result
     * @throws org.apache.kafka.common.KafkaException a non-retriable failure at once, or the last retriable one
     *         once {@code bound} has passed
     * @throws IllegalStateException when interrupted while waiting
     */
    <T> T untilUp(String what, Duration bound, java.util.function.Supplier<T> call) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            try {
                T result = call.get();
                succeeded();
                return result;
            } catch (RuntimeException e) {
                if (!retriable(e)) {
                    throw e;
                }
                Duration pause = failed(what, e);
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.error("Kafka broker still unavailable to ingest after {} ms ({} attempts): giving up the "
                            + "start ({})", bound.toMillis(), state.retries(), e.toString());
                    throw e;
                }
                try {
                    Thread.sleep(Math.min(pause.toMillis(), Math.max(1, left / 1_000_000)));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the Kafka broker", ie);
                }
            }
        }
    }

    /**
     * @param failures failed attempts so far, &ge; 1
     * @return the wait after that many failures: {@code first × 2^(failures-1)}, at most {@code max}
     */
    Duration backoffAfter(int failures) {
        Duration d = first;
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }

    private static String brief(Throwable e) {
        String text = e.toString();
        return text.length() <= REASON_CHARS ? text : text.substring(0, REASON_CHARS) + "…";
    }
}
