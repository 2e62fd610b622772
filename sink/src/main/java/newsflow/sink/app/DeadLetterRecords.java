package newsflow.sink.app;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Builds the sink's dead-letter records through the project's one format
 * ({@link newsflow.common.topic.DeadLetterRecords}): the original key and value bytes, plus headers
 * naming the stage, the exception class and message (cut to {@value #MAX_MESSAGE_CHARS} characters), and the source topic, partition and offset.
 */
public final class DeadLetterRecords {
    /** Stage of a record the sink could not deserialize. */
    public static final String STAGE_DESERIALIZE = "deserialize";
    /** Stage of a record that breaks a rule of {@link newsflow.sink.validate.EditionValidator}. */
    public static final String STAGE_VALIDATE = "validate";
    /** Stage of a record the database refused. */
    public static final String STAGE_SINK = "sink";
    /** Longest exception message carried, in characters. */
    public static final int MAX_MESSAGE_CHARS = 1_000;

    private DeadLetterRecords() {
    }

    /**
     * @param deadLetterTopic the dead-letter topic name
     * @param failed          the record that failed
     * @param stage           {@link #STAGE_DESERIALIZE}, {@link #STAGE_VALIDATE} or {@link #STAGE_SINK}
     * @param error           why it failed
     * @return the record to produce
     */
    public static ProducerRecord<byte[], byte[]> of(String deadLetterTopic, ConsumerRecord<byte[], byte[]> failed,
                                                    String stage, Throwable error) {
        return newsflow.common.topic.DeadLetterRecords.ofException(deadLetterTopic, failed.key(), failed.value(),
                stage, error, new newsflow.common.topic.DeadLetterRecords.Origin(failed.topic(), failed.partition(),
                        failed.offset()), null);
    }
}
