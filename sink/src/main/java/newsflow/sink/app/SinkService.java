package newsflow.sink.app;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsflow.common.model.Edition;
import newsflow.common.topic.Topics;
import newsflow.sink.jdbc.EditionRowMapper;
import newsflow.sink.jdbc.EditionUpsertWriter;
import newsflow.sink.jdbc.IptcTopLevel;
import newsflow.sink.jdbc.RetryPolicy;
import newsflow.sink.jdbc.SinkDataSources;
import newsflow.sink.jdbc.SinkUnavailableException;
import newsflow.sink.schema.SqlDialect;
import newsflow.sink.validate.EditionValidator;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink: a member of Kafka consumer group {@code sink.group.id} reading the editions topic
 * ({@link Topics#editions()}) with {@code isolation.level=read_committed} (enrich writes transactionally) and
 * {@code enable.auto.commit=false}, writing batches of up to {@code sink.batch.max.records} editions (or what
 * arrived within {@code sink.batch.max.wait.ms}) through {@link EditionUpsertWriter}, and committing the
 * batch's offsets only after the database commit and the acknowledgement of its dead letters. A crash between
 * the two commits redelivers the batch, which the idempotent upsert absorbs (at-least-once delivery,
 * exactly-once effect on the table; dead letters may repeat).
 * <p>Lifecycle: construct (migrates the schema when {@code sink.migrate}), then {@link #run()} (follow mode,
 * until {@link #stop()}) or {@link #runUntilIdle(Duration)} on one thread, then {@link #close()} on that
 * thread. {@link #stop()}, {@link #health()} and the counters may be called from any thread.
 * <p>A database that stays down through every retry of a batch does not stop the sink (issue 11): it holds the
 * batch uncommitted, pauses its partitions and keeps polling, so it stays in its group without a rebalance or a
 * {@code max.poll.interval.ms} breach; it checks the database with capped exponential backoff
 * ({@link DatabaseWait}), then writes the held batch, commits and resumes. {@link #health()} reports the wait.
 * Partitions revoked during the wait drop their held records uncommitted (their new owner reads them again).
 * Only a wait longer than {@code sink.db.wait.max.ms} (unbounded by default) makes the run methods throw
 * {@link SinkUnavailableException}.
 * <p>An unreachable broker does not stop the sink either (issue 11): an offset commit that times out
 * ({@code sink.kafka.api.timeout.ms}) or fails retriably stays pending and is retried ({@link GroupOffsets}); a
 * batch whose dead letters cannot be produced for a retriable reason is held with the partitions paused, as for
 * the database, and applied again when the broker is back (the writes repeat idempotently). Retries follow the
 * capped backoff of {@link BrokerWait}, without a bound; {@link #health()} reports the broker waiting.
 */
public final class SinkService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);

    private final SinkConfig config;
    private final SinkMetrics metrics;
    private final HikariDataSource dataSource;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;
    private final BatchProcessor processor;
    private final String topic;
    private final SinkHealth health = new SinkHealth();
    private final DatabaseWait databaseWait;
    private final BrokerWait brokerWait;
    private final List<ConsumerRecord<byte[], byte[]>> buffer = new ArrayList<>();
    private final GroupOffsets offsets;
    private final List<KafkaClientMetrics> clientMetrics;
    private volatile boolean stopping;
    private volatile Throwable failure;
    private boolean heldForBroker;
    private long bufferStartedNanos;
    private long lastActivityNanos;

    /**
     * @param config   the configuration
     * @param registry where the counters are registered
     * @throws org.flywaydb.core.api.FlywayException when the migration fails for a reason other than an
     *                                               unavailable database (which it waits for, as a running sink)
     * @throws SinkUnavailableException              when the database stays unavailable longer than
     *                                               {@code sink.db.wait.max.ms}
     */
    public SinkService(SinkConfig config, MeterRegistry registry) {
        this.config = config;
        this.metrics = new SinkMetrics(registry);
        Topics topics = config.topics();
        this.topic = topics.editions().name();
        RetryPolicy retry = RetryPolicy.of(config.retryMaxAttempts(), config.retryBackoff(), config.retryBackoffMax());
        DatabaseWait.migrateAtStart(config, retry, health);
        this.dataSource = SinkDataSources.create(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword(),
                "newsflow-sink", config.jdbcConnectionTimeout());
        EditionUpsertWriter writer = new EditionUpsertWriter(dataSource, SqlDialect.fromJdbcUrl(config.jdbcUrl()),
                new EditionRowMapper(IptcTopLevel.shipped()), retry, e -> metrics.databaseError());
        this.databaseWait = new DatabaseWait(dataSource, retry, config.dbWaitMax(), health, System::nanoTime);
        this.consumer = new KafkaConsumer<>(SinkClients.consumerProperties(config), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        this.brokerWait = new BrokerWait(retry, health, System::nanoTime);
        this.offsets = new GroupOffsets(consumer, () -> stopping, brokerWait);
        this.producer = new KafkaProducer<>(SinkClients.producerProperties(config), new ByteArraySerializer(),
                new ByteArraySerializer());
        this.clientMetrics = List.of(new KafkaClientMetrics(consumer), new KafkaClientMetrics(producer));
        clientMetrics.forEach(m -> m.bindTo(registry));
        this.processor = new BatchProcessor(topics.editions().valueSerde().deserializer(),
                new EditionValidator(config.enrichmentVersionMin(), config.enrichmentVersionMax()), writer, producer,
                topics.deadLetter().name(), metrics);
    }

    /**
     * Follow mode: consumes until {@link #stop()}, then writes what is buffered and commits.
     *
     * @throws SinkUnavailableException when the database stays down longer than {@code sink.db.wait.max.ms}
     *                                   (also kept in {@link #failure()})
     */
    public void run() {
        loop(null);
    }

    /**
     * Consumes until no record has arrived for {@code idle} (counted from the start, the last partition
     * assignment and the last record) and everything consumed is written and committed; or until
     * {@link #stop()}. Choose {@code idle} longer than a consumer-group join (a few seconds).
     *
     * @param idle how long without records means drained
     */
    public void runUntilIdle(Duration idle) {
        loop(idle);
    }

    /** Asks the run method to finish its batch, commit and return; thread-safe. */
    public void stop() {
        stopping = true;
        consumer.wakeup();
    }

    private void loop(Duration idle) {
        try {
            consume(idle);
        } catch (RuntimeException | Error e) {
            failure = e;
            LOG.error("sink stopped on a failure", e);
            throw e;
        }
    }

    private void consume(Duration idle) {
        consumer.subscribe(List.of(topic), new FlushOnRebalance());
        lastActivityNanos = System.nanoTime();
        try {
            while (!stopping) {
                try {
                    if (pollOnce(idle)) {
                        break;
                    }
                } catch (WakeupException e) {
                    if (stopping) {
                        break; // stop() woke a blocking call; what is buffered is written below
                    }
                    throw e;
                }
            }
            flush();
            if (buffer.isEmpty() && offsets.hasPending()) {
                offsets.commit(Map.of()); // a last attempt; what stays uncommitted is read again, idempotently
            }
            if ((databaseWait.waiting() || heldForBroker) && !buffer.isEmpty()) {
                LOG.warn("stopping while waiting for the {}: {} held editions stay uncommitted and are read again"
                        + " by the next owner of their partitions", heldForBroker ? "broker" : "database",
                        buffer.size());
            }
        } finally {
            consumer.unsubscribe();
        }
    }

    /** @return true when {@code idle} is given and the sink is drained */
    private boolean pollOnce(Duration idle) {
        if (databaseWait.waiting()) {
            waitForDatabase();
            return false;
        }
        if (heldForBroker) {
            waitForBroker();
            return false;
        }
        ConsumerRecords<byte[], byte[]> records = poll();
        long now = System.nanoTime();
        if (!records.isEmpty()) {
            if (buffer.isEmpty()) {
                bufferStartedNanos = now;
            }
            records.forEach(buffer::add);
            lastActivityNanos = now;
        }
        if (buffer.size() >= config.batchMaxRecords()
                || (!buffer.isEmpty() && now - bufferStartedNanos >= config.batchMaxWait().toNanos())) {
            flush();
        }
        if (records.isEmpty() && buffer.isEmpty()) {
            offsets.commitIdlePositions();
        }
        if (idle != null && buffer.isEmpty() && !databaseWait.waiting() && now - lastActivityNanos >= idle.toNanos()) {
            LOG.info("no edition for {} ms: drained", idle.toMillis());
            return true;
        }
        return false;
    }

    /** Writes the buffer, then commits its offsets; while waiting for the database the buffer stays held. */
    private void flush() {
        if (buffer.isEmpty() || databaseWait.waiting() || heldForBroker) {
            return;
        }
        writeBuffer();
    }

    /**
     * Writes the buffer and commits its offsets; when the database is unavailable through every retry, keeps
     * the buffer, pauses the assigned partitions and starts (or continues) the wait.
     *
     * @return true when the buffer was written and committed
     */
    private boolean writeBuffer() {
        List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>(buffer);
        Map<TopicPartition, OffsetAndMetadata> next;
        try {
            next = new HashMap<>(processor.process(batch));
        } catch (SinkUnavailableException e) {
            consumer.pause(consumer.assignment());
            databaseWait.failed(e, buffer.size(), consumer.assignment().size());
            return false;
        } catch (DeadLettersUnavailableException e) {
            if (databaseWait.waiting()) {
                databaseWait.recovered(buffer.size()); // the database took the batch; the broker did not
            }
            consumer.pause(consumer.assignment());
            heldForBroker = true;
            brokerWait.failed("dead-letter produce", e.getCause());
            health.held(buffer.size());
            return false;
        }
        heldForBroker = false;
        buffer.clear();
        // every polled record is in the batch, so the position is the next offset to read; it is past the
        // record's offset + 1 when transaction markers follow (the lag of a read_committed group then reaches 0)
        next.replaceAll((tp, o) -> new OffsetAndMetadata(Math.max(o.offset(), knownPosition(tp))));
        offsets.commit(next);
        return true;
    }

    private long knownPosition(TopicPartition tp) {
        try {
            return consumer.position(tp, Duration.ZERO);
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            return -1; // not known without asking the broker: the batch's own offsets are committed
        }
    }

    /** Polls; a retriable failure (the broker unreachable) returns nothing and is reported, never thrown. */
    private ConsumerRecords<byte[], byte[]> poll() {
        try {
            return consumer.poll(config.pollTimeout());
        } catch (RuntimeException e) {
            if (!BrokerWait.retriable(e)) {
                throw e;
            }
            brokerWait.failed("poll", e);
            return ConsumerRecords.empty();
        }
    }

    /**
     * One turn of the wait for the broker after a batch's dead letters failed: polls the paused consumer and,
     * when a retry is due, applies the held batch again (idempotent), commits and resumes.
     */
    private void waitForBroker() {
        consumer.pause(consumer.assignment());
        poll().forEach(buffer::add); // nothing from a paused partition
        if (brokerWait.due() && writeBuffer()) {
            consumer.resume(consumer.assignment());
            health.held(0);
            lastActivityNanos = System.nanoTime();
        }
    }

    /**
     * One turn of the wait: polls the paused consumer (heartbeat and poll interval kept, no record returned
     * for a paused partition), checks the database when due, and when it answers writes the held batch and
     * resumes consumption.
     */
    private void waitForDatabase() {
        consumer.pause(consumer.assignment());
        poll().forEach(buffer::add); // nothing from a paused partition
        health.held(buffer.size());
        if (!databaseWait.checkIfDue(buffer.size())) {
            return;
        }
        int held = buffer.size();
        if (held == 0 || writeBuffer()) {
            consumer.resume(consumer.assignment());
            databaseWait.recovered(held);
            lastActivityNanos = System.nanoTime();
        }
    }

    /** Writes and commits the buffer before partitions move; drops what was buffered from lost partitions. */
    private final class FlushOnRebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            flush();
            if (databaseWait.waiting() || heldForBroker) {
                dropHeld(partitions); // uncommitted: the partitions' next owner reads them again
            }
            offsets.forget(partitions);
            health.assigned(consumer.assignment().size() - partitions.size());
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            dropHeld(partitions);
            offsets.forget(partitions);
            health.assigned(consumer.assignment().size() - partitions.size());
        }

        private void dropHeld(Collection<TopicPartition> partitions) {
            buffer.removeIf(r -> partitions.contains(new TopicPartition(r.topic(), r.partition())));
            health.held(buffer.size());
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            lastActivityNanos = System.nanoTime();
            offsets.assigned(partitions);
            if (databaseWait.waiting() || heldForBroker) {
                consumer.pause(partitions); // still waiting for the database or broker: read nothing yet
            }
            health.assigned(consumer.assignment().size());
            LOG.info("assigned {}", partitions);
        }
    }

    /**
     * @return the failure that ended a run method, if any (for a caller that runs the sink on its own thread);
     *         thread-safe
     */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * @return the sink's state for a health endpoint (database and broker up or waiting, partitions held);
     *         thread-safe
     */
    public SinkHealth health() {
        return health;
    }

    /** @return the counters */
    public SinkMetrics metrics() {
        return metrics;
    }

    /** @return editions inserted or replacing an older version */
    public long stored() {
        return metrics.stored();
    }

    /** @return records sent to the dead-letter topic */
    public long deadLettered() {
        return metrics.deadLettered();
    }

    /** @return batches committed */
    public long batches() {
        return metrics.batches();
    }

    /** Closes the consumer (leaving the group), the dead-letter producer and the pool; call on the run thread. */
    @Override
    public void close() {
        stopping = true;
        try {
            consumer.close(Duration.ofSeconds(10));
        } finally {
            try {
                producer.close(Duration.ofSeconds(10));
            } finally {
                dataSource.close();
                clientMetrics.forEach(KafkaClientMetrics::close);
            }
        }
    }
}
