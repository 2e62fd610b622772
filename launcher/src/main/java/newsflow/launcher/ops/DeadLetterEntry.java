package newsflow.launcher.ops;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.DeadLetterHeaders;
import newsflow.common.serde.Json;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One record of the dead-letter topic, with its {@link DeadLetterHeaders} read.
 *
 * @param partition       its partition on the dead-letter topic
 * @param offset          its offset there
 * @param time            the record's timestamp (when it was dead-lettered)
 * @param stage           the failing stage, or {@code unknown}
 * @param reason          the reason: for a fetch, the reason code of its {@link DeadLetter} value
 *                        ({@code http-404}, {@code retries-exhausted}…); otherwise the exception's simple class name
 * @param exceptionClass  the exception class header (a reason code for fetches), or null
 * @param message         the exception message header, or null
 * @param url             the page URL, or null
 * @param source          the source name (fetch dead letters), or null
 * @param sourceTopic     the topic the failed record was read from, or null (a fetch never was in Kafka)
 * @param sourcePartition its partition, or -1
 * @param sourceOffset    its offset, or -1
 * @param key             the original key bytes, or null
 * @param value           the original value bytes (or a {@link DeadLetter} JSON), or null
 */
public record DeadLetterEntry(int partition, long offset, Instant time, String stage, String reason,
                              String exceptionClass, String message, String url, String source, String sourceTopic,
                              int sourcePartition, long sourceOffset, byte[] key, byte[] value) {
    /** Stage of a page that could not be fetched. */
    public static final String FETCH = "fetch";

    /**
     * @param r a record of the dead-letter topic
     * @return the entry
     */
    public static DeadLetterEntry of(ConsumerRecord<byte[], byte[]> r) {
        String stage = header(r, DeadLetterHeaders.STAGE);
        String cls = header(r, DeadLetterHeaders.EXCEPTION_CLASS);
        String reason = cls == null ? "unknown" : cls.substring(cls.lastIndexOf('.') + 1);
        String source = null;
        String url = header(r, DeadLetterHeaders.URL);
        if (FETCH.equals(stage) && r.value() != null) {
            try {
                DeadLetter d = Json.mapper().readValue(r.value(), DeadLetter.class);
                reason = d.reason() != null ? d.reason() : reason;
                source = d.source();
                url = url != null ? url : d.url();
            } catch (java.io.IOException | RuntimeException e) {
                // not a DeadLetter value: keep the headers' account
            }
        }
        String p = header(r, DeadLetterHeaders.SOURCE_PARTITION);
        String o = header(r, DeadLetterHeaders.SOURCE_OFFSET);
        return new DeadLetterEntry(r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()),
                stage == null ? "unknown" : stage, reason, cls, header(r, DeadLetterHeaders.EXCEPTION_MESSAGE), url,
                source, header(r, DeadLetterHeaders.SOURCE_TOPIC), p == null ? -1 : Integer.parseInt(p),
                o == null ? -1 : Long.parseLong(o), r.key(), r.value());
    }

    /** @return the key of this dead letter on the dead-letter-replays topic: {@code <partition>:<offset>} */
    public String replayKey() {
        return partition + ":" + offset;
    }

    /** @return the original key as text, or null */
    public String keyText() {
        return key == null ? null : new String(key, StandardCharsets.UTF_8);
    }

    /** @return {@code topic/partition@offset} of the failed record, or {@code -} */
    public String origin() {
        return sourceTopic == null ? "-" : sourceTopic + "/" + sourcePartition + "@" + sourceOffset;
    }

    /**
     * @param wanted a reason as given by an operator
     * @return true when it names this entry's reason or exception class (simple or full name), in any case
     */
    public boolean hasReason(String wanted) {
        String w = wanted.toLowerCase(Locale.ROOT);
        return reason.toLowerCase(Locale.ROOT).equals(w)
                || (exceptionClass != null && (exceptionClass.toLowerCase(Locale.ROOT).equals(w)
                || exceptionClass.toLowerCase(Locale.ROOT).endsWith("." + w)));
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
