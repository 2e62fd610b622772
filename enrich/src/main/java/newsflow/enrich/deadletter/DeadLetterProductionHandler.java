package newsflow.enrich.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newsflow.common.model.DeadLetter;
import newsflow.common.serde.Json;
import newsflow.common.topic.DeadLetterRecords;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output record that cannot be produced because of what it is (too large: case C34; invalid;
 * unserialisable) is replaced by a small stub on the dead-letter topic — the key, the reason and the source
 * coordinates, never the oversized value — and processing goes on. Retriable broker errors are retried; any other
 * error (e.g. {@code TransactionAbortableException} after a broker outage longer than the producer's timeouts)
 * fails the task, so that exactly-once processing aborts the transaction and the input is processed again: a
 * transient fault never becomes a dead letter, let alone a lost edition.
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
        if (isFaultOfTheRecord(e)) {
            return Response.resume(List.of(stub(ctx, record.topic(), record.key(), e)));
        }
        // anything else (an aborted transaction after a long broker outage, a fenced producer, an unknown error)
        // is not this record's fault: fail the task so that exactly-once aborts the transaction and the input is
        // processed again (the service replaces the thread); resuming would commit the input without its output
        LOG.warn("producing to {} from {}-{}@{} failed ({}); the transaction is aborted and the input processed again",
                record.topic(), ctx.topic(), ctx.partition(), ctx.offset(), e.toString());
        return Response.fail();
    }

    /**
     * @param e a non-retriable production error
     * @return true when producing this record can never succeed however often it is tried (too large, invalid),
     *         so it is dead-lettered; false when the error is the producer's or the broker's
     */
    static boolean isFaultOfTheRecord(Exception e) {
        return e instanceof RecordTooLargeException || e instanceof RecordBatchTooLargeException
                || e instanceof InvalidRecordException;
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
