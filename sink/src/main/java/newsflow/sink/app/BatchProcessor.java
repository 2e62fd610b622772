package newsflow.sink.app;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import newsflow.common.model.Edition;
import newsflow.sink.jdbc.EditionKey;
import newsflow.sink.jdbc.EditionUpsertWriter;
import newsflow.sink.jdbc.InvalidEditionException;
import newsflow.sink.jdbc.WriteOutcome;
import newsflow.sink.validate.EditionValidator;
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
 * Turns one batch of consumed records into database rows, deletions and dead letters, in this order:
 * <ol>
 *   <li>deserialize and validate each value ({@link EditionValidator}); a value that is not an edition goes to
 *       the dead letters (stage {@code deserialize}), an edition or tombstone that breaks a rule too (stage
 *       {@code validate}); a null value (tombstone) for key {@code document_id:lang} deletes that edition;</li>
 *   <li>apply the editions and deletions in consumption order: each run of consecutive editions in one
 *       transaction ({@link EditionUpsertWriter#write}), each run of consecutive tombstones in another
 *       ({@link EditionUpsertWriter#delete}); poison records go to the dead letters (stage {@code sink});</li>
 *   <li>produce the dead letters and wait for their acknowledgement.</li>
 * </ol>
 * It returns the offsets to commit, which the caller commits only now that the database transactions and the
 * dead letters are durable. A failure of step 2 ({@code SinkUnavailableException}) or 3
 * ({@link DeadLettersUnavailableException} when retriable) propagates, and
 * nothing is committed: the batch is applied again later, which the idempotent upsert and delete absorb.
 */
final class BatchProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(BatchProcessor.class);

    private final Deserializer<Edition> deserializer;
    private final EditionValidator validator;
    private final EditionUpsertWriter writer;
    private final Producer<byte[], byte[]> deadLetterProducer;
    private final String deadLetterTopic;
    private final SinkMetrics metrics;

    BatchProcessor(Deserializer<Edition> deserializer, EditionValidator validator, EditionUpsertWriter writer,
                   Producer<byte[], byte[]> deadLetterProducer, String deadLetterTopic, SinkMetrics metrics) {
        this.deserializer = deserializer;
        this.validator = validator;
        this.writer = writer;
        this.deadLetterProducer = deadLetterProducer;
        this.deadLetterTopic = deadLetterTopic;
        this.metrics = metrics;
    }

    /**
     * @param records a batch in consumption order (several partitions allowed)
     * @return next offset to commit per partition of the batch
     * @throws newsflow.sink.jdbc.SinkUnavailableException when the database stays unavailable
     * @throws DeadLettersUnavailableException              when a dead letter cannot be produced for a
     *                                                       retriable reason (the broker unreachable)
     * @throws IllegalStateException                         when a dead letter cannot be produced
     */
    Map<TopicPartition, OffsetAndMetadata> process(List<ConsumerRecord<byte[], byte[]>> records) {
        long started = System.nanoTime();
        List<ProducerRecord<byte[], byte[]>> deadLetters = new ArrayList<>();
        Run run = new Run(deadLetters);
        for (ConsumerRecord<byte[], byte[]> r : records) {
            String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
            try {
                if (r.value() == null) {
                    run.delete(validator.tombstoneKey(key), r);
                    continue;
                }
                Edition e = deserializer.deserialize(r.topic(), r.value());
                validator.check(key, e);
                run.write(e, r);
            } catch (SerializationException ex) {
                deadLetters.add(deadLetter(r, DeadLetterRecords.STAGE_DESERIALIZE, ex, "is not an edition"));
            } catch (InvalidEditionException ex) {
                deadLetters.add(deadLetter(r, DeadLetterRecords.STAGE_VALIDATE, ex, "is invalid"));
            }
        }
        run.flush();
        produce(deadLetters);
        metrics.recordBatch(run.stored, run.unchanged, deadLetters.size(), run.tombstones);
        metrics.recordRows(run.inserted, run.stored - run.inserted, run.unchanged);
        for (ProducerRecord<byte[], byte[]> dl : deadLetters) {
            var stage = dl.headers().lastHeader(newsflow.common.model.DeadLetterHeaders.STAGE);
            metrics.deadLetter(stage == null ? DeadLetterRecords.STAGE_SINK
                    : new String(stage.value(), StandardCharsets.UTF_8));
        }
        metrics.batchTook(System.nanoTime() - started);
        return nextOffsets(records);
    }

    private ProducerRecord<byte[], byte[]> deadLetter(ConsumerRecord<byte[], byte[]> r, String stage, Exception ex,
                                                      String why) {
        LOG.warn("dead letter: {}-{}@{} {}: {}", r.topic(), r.partition(), r.offset(), why, ex.getMessage());
        return DeadLetterRecords.of(deadLetterTopic, r, stage, ex);
    }

    /** The current run of consecutive editions or of consecutive tombstones, applied when the kind changes. */
    private final class Run {
        private final List<ProducerRecord<byte[], byte[]>> deadLetters;
        private final List<Edition> editions = new ArrayList<>();
        private final List<EditionKey> deletions = new ArrayList<>();
        private final List<ConsumerRecord<byte[], byte[]>> sources = new ArrayList<>();
        private int stored;
        private int inserted;
        private int unchanged;
        private int tombstones;

        Run(List<ProducerRecord<byte[], byte[]>> deadLetters) {
            this.deadLetters = deadLetters;
        }

        void write(Edition e, ConsumerRecord<byte[], byte[]> source) {
            if (!deletions.isEmpty()) {
                flush();
            }
            editions.add(e);
            sources.add(source);
        }

        void delete(EditionKey key, ConsumerRecord<byte[], byte[]> source) {
            if (!editions.isEmpty()) {
                flush();
            }
            deletions.add(key);
            sources.add(source);
        }

        void flush() {
            if (!editions.isEmpty()) {
                WriteOutcome outcome = writer.write(editions);
                stored += outcome.stored();
                inserted += outcome.inserted();
                unchanged += outcome.unchanged();
                java.util.Set<Integer> refused = new java.util.HashSet<>();
                for (WriteOutcome.Failure f : outcome.failures()) {
                    refused.add(f.index());
                    deadLetters.add(deadLetter(sources.get(f.index()), DeadLetterRecords.STAGE_SINK, f.error(),
                            "refused by the database"));
                }
                for (int i = 0; i < editions.size(); i++) {
                    if (!refused.contains(i)) {
                        metrics.storedFrom(editions.get(i).fetchedAt()); // committed: fetch → stored latency
                    }
                }
            } else if (!deletions.isEmpty()) {
                try {
                    writer.delete(deletions);
                    tombstones += deletions.size();
                } catch (SQLException ex) {
                    sources.forEach(r -> deadLetters.add(deadLetter(r, DeadLetterRecords.STAGE_SINK, ex,
                            "(tombstone) refused by the database")));
                }
            }
            editions.clear();
            deletions.clear();
            sources.clear();
        }
    }

    private void produce(List<ProducerRecord<byte[], byte[]>> deadLetters) {
        if (deadLetters.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try {
            for (ProducerRecord<byte[], byte[]> dl : deadLetters) {
                sent.add(deadLetterProducer.send(dl));
            }
            deadLetterProducer.flush();
        } catch (RuntimeException e) {
            throw failure(e);
        }
        for (Future<RecordMetadata> f : sent) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while producing dead letters", e);
            } catch (ExecutionException e) {
                throw failure(e.getCause());
            }
        }
    }

    private RuntimeException failure(Throwable e) {
        String message = "cannot produce a dead letter to " + deadLetterTopic;
        return BrokerWait.retriable(e) ? new DeadLettersUnavailableException(message, e)
                : new IllegalStateException(message, e);
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
