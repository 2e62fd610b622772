package newsflow.sink.app;

/**
 * The dead letters of a batch could not be produced for a retriable reason (the broker unreachable beyond
 * {@code sink.kafka.api.timeout.ms}, a leader moving): the sink holds the batch uncommitted and applies it again
 * when the broker is back ({@link BrokerWait}); the database writes repeat idempotently, a dead letter may repeat.
 */
final class DeadLettersUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param cause   the producer's retriable failure
     */
    DeadLettersUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
