package newsflow.ingest.fetch;

/**
 * A fetch that ingest refuses or abandons for a reason that retrying will not change: a refused address, a
 * body over the cap, too many redirects, a disallowed redirect target. The {@link #reason()} is the
 * dead-letter reason code.
 */
public class FetchRefusedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String reason;

    /**
     * @param reason  machine-readable reason, e.g. {@code address-refused}, {@code body-too-large},
     *                {@code too-many-redirects}, {@code robots-disallowed}, {@code robots-unavailable}
     * @param message human-readable detail naming the URL
     */
    public FetchRefusedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** @return the dead-letter reason code */
    public String reason() {
        return reason;
    }
}
