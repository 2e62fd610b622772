package newsflow.common.topic;

import java.nio.charset.StandardCharsets;
import newsflow.common.model.DeadLetterHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds dead-letter records in the one format of the dead-letter topic: the original key and value bytes
 * and the {@link DeadLetterHeaders}. This is the topic's record format, shared by every service.
 */
public final class DeadLetterRecords {
    private static final int MAX_MESSAGE_CHARS = 1000;

    private DeadLetterRecords() {
    }

    /**
     * Where a failed record came from; fields are null (partition and offset negative) when it failed before
     * it was ever in Kafka.
     *
     * @param topic     source topic, or null
     * @param partition source partition, or -1
     * @param offset    source offset, or -1
     */
    public record Origin(String topic, int partition, long offset) {
        /** A failure outside Kafka (e.g. a fetch). */
        public static final Origin NONE = new Origin(null, -1, -1);
    }

    /**
     * @param deadLetterTopic the dead-letter topic name
     * @param key             original key bytes, or null
     * @param value           original value bytes (or a JSON description), or null
     * @param stage           failing stage, see {@link DeadLetterHeaders#STAGE}
     * @param errorClass      exception class name or reason code
     * @param message         human-readable message (cut to 1,000 characters), or null
     * @param origin          source coordinates
     * @param url             the page URL, or null
     * @return the record to produce
     */
    public static ProducerRecord<byte[], byte[]> of(String deadLetterTopic, byte[] key, byte[] value, String stage,
                                                    String errorClass, String message, Origin origin, String url) {
        RecordHeaders h = new RecordHeaders();
        add(h, DeadLetterHeaders.STAGE, stage);
        add(h, DeadLetterHeaders.EXCEPTION_CLASS, errorClass);
        add(h, DeadLetterHeaders.EXCEPTION_MESSAGE, message == null ? null
                : message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS) : message);
        add(h, DeadLetterHeaders.SOURCE_TOPIC, origin.topic());
        if (origin.partition() >= 0) {
            add(h, DeadLetterHeaders.SOURCE_PARTITION, Integer.toString(origin.partition()));
            add(h, DeadLetterHeaders.SOURCE_OFFSET, Long.toString(origin.offset()));
        }
        add(h, DeadLetterHeaders.URL, url);
        return new ProducerRecord<>(deadLetterTopic, null, null, key, value, h);
    }

    /**
     * Same as {@link #of} for an exception: class name and message (with the root cause's message).
     */
    public static ProducerRecord<byte[], byte[]> ofException(String deadLetterTopic, byte[] key, byte[] value,
                                                             String stage, Throwable error, Origin origin, String url) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(error.getMessage());
        if (root != error && root.getMessage() != null && !message.contains(root.getMessage())) {
            message = message + " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return of(deadLetterTopic, key, value, stage, error.getClass().getName(), message, origin, url);
    }

    private static void add(RecordHeaders h, String name, String value) {
        if (value != null) {
            h.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
