package newsflow.common.model;

/**
 * Header names carried by every record of the dead-letter topic. The value of a dead-letter record is the
 * original value bytes (or, when there were none, a JSON description); its key is the original key.
 */
public final class DeadLetterHeaders {
    /** Pipeline stage that failed: {@code fetch}, {@code deserialize}, {@code extract}, {@code language}, {@code dates}, {@code topics}, {@code produce}, {@code sink}, {@code classify}. */
    public static final String STAGE = "newsflow.stage";
    /** Fully qualified exception class name (or a reason code such as {@code http-404}). */
    public static final String EXCEPTION_CLASS = "newsflow.exception.class";
    /** Exception message, cut to 1,000 characters. */
    public static final String EXCEPTION_MESSAGE = "newsflow.exception.message";
    /** Topic the failed record was read from (absent when it failed before Kafka, e.g. in fetch). */
    public static final String SOURCE_TOPIC = "newsflow.source.topic";
    /** Partition of the failed record, decimal text. */
    public static final String SOURCE_PARTITION = "newsflow.source.partition";
    /** Offset of the failed record, decimal text. */
    public static final String SOURCE_OFFSET = "newsflow.source.offset";
    /** URL of the page concerned, when known. */
    public static final String URL = "newsflow.url";

    private DeadLetterHeaders() {
    }
}
