package newsflow.ingest.feed;

/** A feed document that cannot be read: not XML even after repair, not JSON, or an unknown root element. */
public class FeedParseException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the feed URL */
    public FeedParseException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the feed URL
     * @param cause   the parser's exception
     */
    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
