package newsflow.enrich.deadletter;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that cannot be deserialised (empty value, truncated JSON: case C33) goes to the dead-letter topic
 * with its raw bytes and coordinates, stage {@code deserialize}; processing goes on.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);
    private String topic;
    private io.micrometer.core.instrument.MeterRegistry registry;

    @Override
    public void configure(Map<String, ?> configs) {
        topic = DeadLetterHandlers.topic(configs);
        registry = DeadLetterHandlers.registry(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext ctx, ConsumerRecord<byte[], byte[]> record, Exception e) {
        LOG.warn("dead-lettering undeserialisable record {}-{}@{}: {}", ctx.topic(), ctx.partition(), ctx.offset(),
                e.toString());
        return Response.resume(List.of(DeadLetterHandlers.record(topic, ctx, "deserialize", e, registry)));
    }
}
