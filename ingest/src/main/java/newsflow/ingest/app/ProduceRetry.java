package newsflow.ingest.app;

import java.time.Duration;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a record again, with capped exponential backoff and no attempt limit, for as long as the producer fails
 * with a transient error — a broker outage longer than {@code delivery.timeout.ms}, a leader change, a missing
 * topic's metadata ({@link RetriableException}: {@code TimeoutException}, {@code NotLeaderOrFollowerException},
 * {@code NetworkException}…): a transient fault never becomes a permanent loss (issue 11). The worker thread
 * waits (the page it holds is not fetched again); only a non-retriable failure ({@code RecordTooLargeException},
 * a serialisation error) is returned to the caller, which dead-letters. After {@link #stop()} a transient failure
 * is returned too, so that the service can shut down; the caller then leaves its task unfinished (read again by
 * the next owner). Thread-safe.
 */
final class ProduceRetry {
    /** One send. */
    @FunctionalInterface
    interface Send {
        /** @throws IngestOutput.ProduceException when the record is not acknowledged */
        void run() throws IngestOutput.ProduceException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ProduceRetry.class);
    private final Duration first;
    private final Duration max;
    private volatile boolean stopping;

    /**
     * @param first wait before the first resend, &gt; 0
     * @param max   ceiling of the doubling wait
     */
    ProduceRetry(Duration first, Duration max) {
        this.first = first;
        this.max = max.compareTo(first) < 0 ? first : max;
    }

    /**
     * @param cause a producer failure
     * @return true when sending again may succeed (a {@link RetriableException}, or an interruption)
     */
    static boolean isTransient(Throwable cause) {
        return cause instanceof RetriableException || cause instanceof InterruptedException
                || cause instanceof InterruptException;
    }

    /** Makes every later transient failure return at once (shutdown). */
    void stop() {
        stopping = true;
    }

    /**
     * @param what what is sent, for the log
     * @param send the send
     * @throws IngestOutput.ProduceException a non-retriable failure, or a transient one after {@link #stop()}
     */
    void run(String what, Send send) throws IngestOutput.ProduceException {
        Duration wait = first;
        int failures = 0;
        while (true) {
            try {
                send.run();
                if (failures > 0) {
                    LOG.info("{} acknowledged after {} transient failures", what, failures);
                }
                return;
            } catch (IngestOutput.ProduceException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (!isTransient(cause) || stopping) {
                    throw e;
                }
                failures++;
                LOG.warn("{} not acknowledged ({}: {}); sent again in {} ms", what, cause.getClass().getSimpleName(),
                        cause.getMessage(), wait.toMillis());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                wait = wait.multipliedBy(2).compareTo(max) > 0 ? max : wait.multipliedBy(2);
            }
        }
    }
}
