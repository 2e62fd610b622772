package newsflow.sink.app;

import java.nio.charset.StandardCharsets;
import newsflow.common.model.DeadLetterHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds dead-letter records the project's way ({@link DeadLetterHeaders}): the original key and value bytes,
 * plus headers naming the stage, the exception class and message (cut to {@value #MAX_MESSAGE_CHARS}
 * characters), and the source topic, partition and offset.
 */
public final class DeadLetterRecords {
    /** Stage of a record the sink could not deserialize. */
    public static final String STAGE_DESERIALIZE = "deserialize";
    /** Stage of a record the database refused. */
    public static final String STAGE_SINK = "sink";
    /** Longest exception message carried, in characters. */
    public static final int MAX_MESSAGE_CHARS = 1_000;

    private DeadLetterRecords() {
    }

    /**
     * @param deadLetterTopic the dead-letter topic name
     * @param failed          the record that failed
     * @param stage           {@link #STAGE_DESERIALIZE} or {@link #STAGE_SINK}
     * @param error           why it failed
     * @return the record to produce
     */
    public static ProducerRecord<byte[], byte[]> of(String deadLetterTopic, ConsumerRecord<byte[], byte[]> failed,
                                                    String stage, Throwable error) {
        Headers headers = new RecordHeaders();
        for (var h : failed.headers()) {
            headers.add(h);
        }
        String message = error.getMessage() == null ? "" : error.getMessage();
        if (message.length() > MAX_MESSAGE_CHARS) {
            message = message.substring(0, MAX_MESSAGE_CHARS);
        }
        put(headers, DeadLetterHeaders.STAGE, stage);
        put(headers, DeadLetterHeaders.EXCEPTION_CLASS, error.getClass().getName());
        put(headers, DeadLetterHeaders.EXCEPTION_MESSAGE, message);
        put(headers, DeadLetterHeaders.SOURCE_TOPIC, failed.topic());
        put(headers, DeadLetterHeaders.SOURCE_PARTITION, Integer.toString(failed.partition()));
        put(headers, DeadLetterHeaders.SOURCE_OFFSET, Long.toString(failed.offset()));
        return new ProducerRecord<>(deadLetterTopic, null, failed.key(), failed.value(), headers);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
