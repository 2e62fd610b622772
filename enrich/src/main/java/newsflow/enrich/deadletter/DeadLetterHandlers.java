package newsflow.enrich.deadletter;

import io.micrometer.core.instrument.Metrics;
import java.util.Map;
import newsflow.common.topic.DeadLetterRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * What the three dead-letter handlers share: the dead-letter topic from the Streams configuration, the record
 * format ({@link DeadLetterRecords}) and the counter {@code newsflow.dead.letters} tagged by stage and
 * exception class.
 */
public final class DeadLetterHandlers {
    /** Streams-config key (passed through to handlers) naming the dead-letter topic. */
    public static final String DEAD_LETTER_TOPIC_CONFIG = "newsflow.dead.letter.topic";

    private DeadLetterHandlers() {
    }

    /**
     * @param configs the Streams configuration handed to {@code configure}
     * @return the dead-letter topic name
     * @throws ConfigException when it is missing
     */
    static String topic(Map<String, ?> configs) {
        Object t = configs.get(DEAD_LETTER_TOPIC_CONFIG);
        if (t == null || t.toString().isBlank()) {
            throw new ConfigException(DEAD_LETTER_TOPIC_CONFIG, t, "the dead-letter topic must be configured");
        }
        return t.toString();
    }

    /**
     * @return a dead-letter record for a failure of the record the context describes, carrying its raw bytes
     */
    static ProducerRecord<byte[], byte[]> record(String topic, ErrorHandlerContext ctx, String stage,
                                                 Exception error) {
        count(stage, error.getClass().getName());
        return DeadLetterRecords.ofException(topic, ctx.sourceRawKey(), ctx.sourceRawValue(), stage, error,
                new DeadLetterRecords.Origin(ctx.topic(), ctx.partition(), ctx.offset()), rawKeyText(ctx));
    }

    /** Counts one dead letter. */
    static void count(String stage, String errorClass) {
        Metrics.counter("newsflow.dead.letters", "stage", stage, "exception", errorClass).increment();
    }

    private static String rawKeyText(ErrorHandlerContext ctx) {
        byte[] k = ctx.sourceRawKey();
        return k == null ? null : new String(k, java.nio.charset.StandardCharsets.UTF_8);
    }
}
