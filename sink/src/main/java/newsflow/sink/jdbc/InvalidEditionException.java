package newsflow.sink.jdbc;

/** An edition that can never be stored as it is (missing key or fetch time): dead-lettered, never retried. */
public final class InvalidEditionException extends RuntimeException {
    /** @param message what is wrong with the edition */
    public InvalidEditionException(String message) {
        super(message);
    }
}
