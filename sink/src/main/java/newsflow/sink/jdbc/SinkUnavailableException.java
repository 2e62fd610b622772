package newsflow.sink.jdbc;

/**
 * The database stayed unavailable through every retry of {@link RetryPolicy}: the sink stops without committing
 * the batch's offsets, so the batch is redelivered after a restart.
 */
public final class SinkUnavailableException extends RuntimeException {
    /**
     * @param message what was attempted and how often
     * @param cause   the last failure
     */
    public SinkUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
