package newsflow.common.topic;

/**
 * Kafka did not answer at start-up within the bounded time (see {@link TopicBootstrap#timeout()}). Its message is
 * one line for the user: {@code cannot reach Kafka at HOST:PORT within PT30S (cause class: message)}.
 */
public final class KafkaUnreachableException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one line naming the bootstrap servers and the cause
     * @param cause   the admin client's failure
     */
    public KafkaUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
