package newsflow.enrich.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newsflow.common.model.DeadLetter;
import newsflow.common.serde.Json;
import newsflow.common.topic.DeadLetterRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output record that cannot be produced (too large: case C34; unserialisable) is replaced by a small stub
 * on the dead-letter topic — the key, the reason and the source coordinates, never the oversized value — and
 * processing goes on. Retriable broker errors are retried.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);
    private String topic;
    private io.micrometer.core.instrument.MeterRegistry registry;

    @Override
    public void configure(Map<String, ?> configs) {
        topic = DeadLetterHandlers.topic(configs);
        registry = DeadLetterHandlers.registry(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext ctx, ProducerRecord<byte[], byte[]> record, Exception e) {
        if (e instanceof RetriableException) {
            return Response.retry();
        }
        return Response.resume(List.of(stub(ctx, record.topic(), record.key(), e)));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext ctx, ProducerRecord record, Exception e,
                                             SerializationExceptionOrigin origin) {
        return Response.resume(List.of(stub(ctx, record.topic(), null, e)));
    }

    private ProducerRecord<byte[], byte[]> stub(ErrorHandlerContext ctx, String outputTopic, byte[] key, Exception e) {
        String keyText = key == null ? null : new String(key, StandardCharsets.UTF_8);
        LOG.warn("dead-lettering output to {} (key {}) from {}-{}@{}: {}", outputTopic, keyText, ctx.topic(),
                ctx.partition(), ctx.offset(), e.toString());
        DeadLetterHandlers.count(registry, "produce");
        byte[] value;
        try {
            value = Json.mapper().writeValueAsBytes(new DeadLetter(keyText, null, "produce",
                    e.getClass().getSimpleName(), "could not produce to " + outputTopic + ": " + e.getMessage(),
                    Instant.now()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            value = null;
        }
        return DeadLetterRecords.ofException(topic, key, value, "produce", e,
                new DeadLetterRecords.Origin(ctx.topic(), ctx.partition(), ctx.offset()), keyText);
    }
}
