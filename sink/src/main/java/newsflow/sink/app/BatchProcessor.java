package newsflow.sink.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import newsflow.common.model.Edition;
import newsflow.sink.jdbc.EditionUpsertWriter;
import newsflow.sink.jdbc.WriteOutcome;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one batch of consumed records into database rows and dead letters, in this order:
 * <ol>
 *   <li>deserialize each value; a value that is not an edition goes to the dead letters (stage
 *       {@code deserialize}); a null value (tombstone) is skipped;</li>
 *   <li>write the editions in one transaction ({@link EditionUpsertWriter}); poison records go to the dead
 *       letters (stage {@code sink});</li>
 *   <li>produce the dead letters and wait for their acknowledgement.</li>
 * </ol>
 * It returns the offsets to commit, which the caller commits only now that the database transaction and the
 * dead letters are durable. A failure of step 2 ({@code SinkUnavailableException}) or 3 propagates, and
 * nothing is committed: the batch is redelivered, which the idempotent upsert absorbs.
 */
final class BatchProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(BatchProcessor.class);

    private final Deserializer<Edition> deserializer;
    private final EditionUpsertWriter writer;
    private final Producer<byte[], byte[]> deadLetterProducer;
    private final String deadLetterTopic;
    private final SinkMetrics metrics;

    BatchProcessor(Deserializer<Edition> deserializer, EditionUpsertWriter writer,
                   Producer<byte[], byte[]> deadLetterProducer, String deadLetterTopic, SinkMetrics metrics) {
        this.deserializer = deserializer;
        this.writer = writer;
        this.deadLetterProducer = deadLetterProducer;
        this.deadLetterTopic = deadLetterTopic;
        this.metrics = metrics;
    }

    /**
     * @param records a batch in consumption order (several partitions allowed)
     * @return next offset to commit per partition of the batch
     * @throws newsflow.sink.jdbc.SinkUnavailableException when the database stays unavailable
     * @throws IllegalStateException                         when a dead letter cannot be produced
     */
    Map<TopicPartition, OffsetAndMetadata> process(List<ConsumerRecord<byte[], byte[]>> records) {
        long started = System.nanoTime();
        List<Edition> editions = new ArrayList<>();
        List<ConsumerRecord<byte[], byte[]>> sources = new ArrayList<>();
        List<ProducerRecord<byte[], byte[]>> deadLetters = new ArrayList<>();
        int tombstones = 0;
        for (ConsumerRecord<byte[], byte[]> r : records) {
            Edition e;
            try {
                e = deserializer.deserialize(r.topic(), r.value());
            } catch (SerializationException ex) {
                LOG.warn("dead letter: {}-{}@{} is not an edition: {}", r.topic(), r.partition(), r.offset(),
                        ex.getMessage());
                deadLetters.add(DeadLetterRecords.of(deadLetterTopic, r, DeadLetterRecords.STAGE_DESERIALIZE, ex));
                continue;
            }
            if (e == null) {
                tombstones++;
                continue;
            }
            editions.add(e);
            sources.add(r);
        }
        WriteOutcome outcome = writer.write(editions);
        for (WriteOutcome.Failure f : outcome.failures()) {
            ConsumerRecord<byte[], byte[]> r = sources.get(f.index());
            LOG.warn("dead letter: {}-{}@{} refused by the database: {}", r.topic(), r.partition(), r.offset(),
                    f.error().toString());
            deadLetters.add(DeadLetterRecords.of(deadLetterTopic, r, DeadLetterRecords.STAGE_SINK, f.error()));
        }
        produce(deadLetters);
        metrics.recordBatch(outcome.stored(), outcome.unchanged(), deadLetters.size(), tombstones);
        metrics.recordRows(outcome.inserted(), outcome.stored() - outcome.inserted(), outcome.unchanged());
        for (ProducerRecord<byte[], byte[]> dl : deadLetters) {
            var stage = dl.headers().lastHeader(newsflow.common.model.DeadLetterHeaders.STAGE);
            metrics.deadLetter(stage == null ? DeadLetterRecords.STAGE_SINK
                    : new String(stage.value(), java.nio.charset.StandardCharsets.UTF_8));
        }
        java.util.Set<Integer> refused = new java.util.HashSet<>();
        outcome.failures().forEach(f -> refused.add(f.index()));
        for (int i = 0; i < editions.size(); i++) {
            if (!refused.contains(i)) {
                metrics.storedFrom(editions.get(i).fetchedAt());
            }
        }
        metrics.batchTook(System.nanoTime() - started);
        return nextOffsets(records);
    }

    private void produce(List<ProducerRecord<byte[], byte[]>> deadLetters) {
        if (deadLetters.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (ProducerRecord<byte[], byte[]> dl : deadLetters) {
            sent.add(deadLetterProducer.send(dl));
        }
        deadLetterProducer.flush();
        for (Future<RecordMetadata> f : sent) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while producing dead letters", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("cannot produce a dead letter to " + deadLetterTopic, e.getCause());
            }
        }
    }

    static Map<TopicPartition, OffsetAndMetadata> nextOffsets(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            TopicPartition tp = new TopicPartition(r.topic(), r.partition());
            OffsetAndMetadata current = offsets.get(tp);
            if (current == null || current.offset() < r.offset() + 1) {
                offsets.put(tp, new OffsetAndMetadata(r.offset() + 1));
            }
        }
        return offsets;
    }
}
