package newsflow.common.model;

import java.time.Instant;

/**
 * The JSON value of a dead-letter record that has no original bytes to carry (for example a page that could
 * not be fetched). Records that failed after Kafka carry the original bytes instead, with
 * {@link DeadLetterHeaders}.
 *
 * @param url    the page concerned
 * @param source the source name, or null
 * @param stage  the failing stage, as in {@link DeadLetterHeaders#STAGE}
 * @param reason a short machine-readable reason, e.g. {@code http-404}, {@code robots-disallowed}, {@code listing}
 * @param detail a human-readable explanation
 * @param at     when the failure was recorded
 */
public record DeadLetter(String url, String source, String stage, String reason, String detail, Instant at) {
}
