package newsflow.enrich.pipeline;

/** A failure of one enrichment stage for one page; carries the stage name for the dead-letter record. */
public final class EnrichmentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String stage;

    /**
     * @param stage the failing stage: {@code extract}, {@code language}, {@code dates}, {@code topics}
     * @param cause what went wrong
     */
    public EnrichmentException(String stage, Throwable cause) {
        super(stage + " failed: " + cause, cause);
        this.stage = stage;
    }

    /** @return the failing stage */
    public String stage() {
        return stage;
    }
}
