package newsflow.enrich.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import newsflow.common.metrics.DeadLetterMeters;
import newsflow.common.topic.DeadLetterRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * What the three dead-letter handlers share: the dead-letter topic from the Streams configuration, the record
 * format ({@link DeadLetterRecords}) and the counter {@code newsflow.dead.letters} tagged by stage
 * ({@link DeadLetterMeters}), in the registry the Streams configuration passes as {@value #METER_REGISTRY_CONFIG}.
 */
public final class DeadLetterHandlers {
    /** Streams-config key (passed through to handlers) naming the dead-letter topic. */
    public static final String DEAD_LETTER_TOPIC_CONFIG = "newsflow.dead.letter.topic";
    /** Streams-config key (an object, passed through to handlers) holding the service's {@link MeterRegistry}. */
    public static final String METER_REGISTRY_CONFIG = "newsflow.meter.registry";

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
                                                 Exception error, MeterRegistry registry) {
        count(registry, stage);
        return DeadLetterRecords.ofException(topic, ctx.sourceRawKey(), ctx.sourceRawValue(), stage, error,
                new DeadLetterRecords.Origin(ctx.topic(), ctx.partition(), ctx.offset()), rawKeyText(ctx));
    }

    /** Counts one dead letter. */
    static void count(MeterRegistry registry, String stage) {
        DeadLetterMeters.counter(registry, stage).increment();
    }

    /**
     * @param configs the Streams configuration handed to {@code configure}
     * @return the service's registry, or a private one when none is configured (tests of the handler alone)
     */
    static MeterRegistry registry(Map<String, ?> configs) {
        Object r = configs.get(METER_REGISTRY_CONFIG);
        return r instanceof MeterRegistry m ? m : new SimpleMeterRegistry();
    }

    private static String rawKeyText(ErrorHandlerContext ctx) {
        byte[] k = ctx.sourceRawKey();
        return k == null ? null : new String(k, java.nio.charset.StandardCharsets.UTF_8);
    }
}
