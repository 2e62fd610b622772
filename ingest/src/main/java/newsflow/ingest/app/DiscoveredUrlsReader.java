package newsflow.ingest.app;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiConsumer;
import newsflow.common.model.DiscoveredUrl;
import newsflow.common.serde.Json;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the discovered-urls topic — ingest's frontier, keyed by host — in ingest's consumer group, from the
 * earliest offset the first time. The group's assignment decides which hosts this instance fetches from
 * ({@link HostOwnership}). Offsets are committed per partition only up to the first record whose task is not
 * finished ({@link FrontierOffsets}), so a crash or rebalance re-reads (at least once) rather than loses a URL;
 * duplicates are skipped by the fetch state. The cooperative-sticky assignor moves only the partitions that
 * change owner; the {@link Rebalance} callbacks (on the loop thread, inside {@link #poll}) let the service drop
 * the moved hosts' queued tasks, finish their requests in flight and flush before the offsets of the revoked
 * partitions are committed. A malformed value goes to {@code onMalformed} (the service dead-letters it with its
 * topic, partition and offset). Not thread-safe: the service loop alone uses it.
 */
final class DiscoveredUrlsReader implements AutoCloseable {
    /** What the service does when partitions move. Called on the loop thread. */
    interface Rebalance {
        /**
         * @param partitions partitions taken away
         * @param lost       true when they were lost (session expired): nothing can be committed for them
         */
        void revoked(Collection<TopicPartition> partitions, boolean lost);

        /** @param partitions partitions newly given to this instance */
        void assigned(Collection<TopicPartition> partitions);
    }

    /** Receives each well-formed record with where it was read. */
    interface Sink {
        /**
         * @param url    the record's value
         * @param origin its partition and offset: pending in {@link #offsets()} until finished
         */
        void accept(DiscoveredUrl url, FrontierOffsets.Origin origin);
    }

    private static final Logger LOG = LoggerFactory.getLogger(DiscoveredUrlsReader.class);
    private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(5);
    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final BiConsumer<ConsumerRecord<String, byte[]>, Exception> onMalformed;
    private final FrontierOffsets offsets = new FrontierOffsets();
    /** Copies kept by the loop thread, readable from any thread (the consumer itself is single-threaded). */
    private volatile Set<TopicPartition> assignment = Set.of();
    private volatile int partitionCount;

    /**
     * @param bootstrapServers the brokers
     * @param groupId          ingest's consumer group
     * @param topic            the discovered-urls topic
     * @param onMalformed      receives each record whose value is not a {@link DiscoveredUrl}, with the error
     * @param membership       group.instance.id / session.timeout.ms ({@link IngestConfig#groupMembership()})
     * @param rebalance        told when partitions move
     */
    DiscoveredUrlsReader(String bootstrapServers, String groupId, String topic,
                         BiConsumer<ConsumerRecord<String, byte[]>, Exception> onMalformed, Map<String, ?> membership,
                         Rebalance rebalance) {
        this.topic = topic;
        this.onMalformed = onMalformed;
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-ingest-discovered");
        p.putAll(membership);
        // only the partitions that change owner are revoked (KIP-429): the others keep their queued tasks
        p.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                if (partitions.isEmpty()) {
                    return;
                }
                rebalance.revoked(partitions, false);
                Map<TopicPartition, OffsetAndMetadata> done = offsets.committable(partitions, positions(partitions));
                if (!done.isEmpty()) {
                    try {
                        consumer.commitSync(done);
                    } catch (KafkaException e) {
                        LOG.warn("offsets of revoked partitions {} not committed ({}): the next owner re-reads "
                                + "from the last commit", partitions, e.getMessage());
                    }
                }
                offsets.forget(partitions);
                assignment = Set.copyOf(consumer.assignment().stream()
                        .filter(tp -> !partitions.contains(tp)).toList());
                LOG.info("discovered-urls partitions revoked from this instance: {}", partitions);
            }

            @Override
            public void onPartitionsLost(Collection<TopicPartition> partitions) {
                rebalance.revoked(partitions, true);
                offsets.forget(partitions);
                assignment = Set.of();
                LOG.warn("discovered-urls partitions lost by this instance: {}", partitions);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                try {
                    partitionCount = consumer.partitionsFor(topic).size();
                } catch (KafkaException e) {
                    // the broker went away right after the join: hosts are placed by the last known count
                    LOG.warn("partition count of {} not refreshed ({}); keeping {}", topic, e.toString(),
                            partitionCount);
                }
                assignment = Set.copyOf(consumer.assignment());
                if (!partitions.isEmpty()) {
                    rebalance.assigned(partitions);
                }
                LOG.info("discovered-urls partitions now assigned to this instance: {}", consumer.assignment());
            }
        });
    }

    /**
     * @return the discovered-urls partitions the group assigned to this instance as of the last poll (empty
     *         before the first assignment); safe from any thread
     */
    Set<TopicPartition> assignment() {
        return assignment;
    }

    /** @return the partition count of the discovered-urls topic as of the last assignment; safe from any thread */
    int partitionCount() {
        return partitionCount;
    }

    /** @return the discovered-urls topic name */
    String topic() {
        return topic;
    }

    /** @return the pending records of this reader (workers finish them through the service) */
    FrontierOffsets offsets() {
        return offsets;
    }

    /**
     * Polls once and hands every well-formed record to {@code sink}.
     *
     * @param timeout how long the poll may wait
     * @param sink    receives each discovered URL with its origin
     * @return how many records were read
     */
    int poll(Duration timeout, Sink sink) {
        int n = 0;
        var records = consumer.poll(timeout);
        for (ConsumerRecord<String, byte[]> r : records) {
            n++;
            FrontierOffsets.Origin origin = new FrontierOffsets.Origin(
                    new TopicPartition(r.topic(), r.partition()), r.offset());
            offsets.read(origin);
            if (r.value() == null) {
                offsets.finish(origin);
                continue;
            }
            try {
                DiscoveredUrl d = Json.mapper().readValue(r.value(), DiscoveredUrl.class);
                if (d.url() == null) {
                    throw new IOException("discovered-url record without a url");
                }
                sink.accept(d, origin);
            } catch (IOException e) {
                LOG.warn("malformed discovered-url record at {}-{}@{}: {}", r.topic(), r.partition(),
                        r.offset(), e.getMessage());
                onMalformed.accept(r, e);
                offsets.finish(origin);
            }
        }
        return n;
    }

    /**
     * @param maxWait how long to wait for the group to assign partitions
     * @param sink    receives records read while waiting
     * @return true when the position of every assigned partition is at its end offset and every record read is
     *         finished, or when no partition was assigned within {@code maxWait} although the broker answers
     * @throws org.apache.kafka.common.errors.TimeoutException when the broker does not answer (retriable: a drain
     *         started during an outage waits for it rather than ending without the URLs pending in the topic)
     */
    boolean caughtUp(Duration maxWait, Sink sink) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
            poll(Duration.ofMillis(100), sink);
        }
        Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty()) {
            // no partition for this instance (more instances than partitions, or the group is still forming):
            // nothing of the topic is this instance's to drain — unless the broker is away, which is why no group
            // could be joined: then a metadata round trip throws TimeoutException and the service waits for it
            consumer.listTopics(COMMIT_TIMEOUT);
            LOG.warn("no discovered-urls partition assigned within {}; drain ends without them", maxWait);
            return true;
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
        for (TopicPartition tp : assigned) {
            if (consumer.position(tp) < end.get(tp)) {
                return false;
            }
        }
        return offsets.allFinished(assigned);
    }

    /**
     * Commits, per assigned partition, the offset of its first unfinished record (synchronously, bounded by
     * {@code ingest.kafka.api.timeout.ms} and at most 5 s so that the loop goes on). A
     * {@link CommitFailedException} means the partitions moved to another instance, which re-reads their records
     * from the last commit: the commit is dropped and the loop carries on.
     *
     * @throws KafkaException a retriable failure ({@code TimeoutException}, {@code RebalanceInProgressException}…:
     *         the service waits with backoff, see {@link BrokerWait}) or a non-retriable one (ends the loop)
     */
    void commit() {
        Map<TopicPartition, OffsetAndMetadata> done = offsets.committable(consumer.assignment(),
                positions(consumer.assignment()));
        if (done.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(done, COMMIT_TIMEOUT);
            offsets.committed(done);
        } catch (CommitFailedException e) {
            LOG.warn("discovered-urls offsets not committed: the partitions moved to another instance, which "
                    + "re-reads them from the last commit ({})", e.getMessage());
        }
    }

    /** Commits what is finished if the broker takes it (else warns: read again from the last commit), closes. */
    void commitAndClose() {
        try {
            commit();
        } catch (KafkaException e) {
            LOG.warn("discovered-urls offsets not committed at close ({}): read again from the last commit",
                    e.toString());
        }
        close();
    }

    /**
     * @param partitions assigned partitions
     * @return the consumer's position in each, -1 where it cannot be had now (read before the offsets are locked)
     */
    private java.util.function.ToLongFunction<TopicPartition> positions(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> at = new java.util.HashMap<>();
        for (TopicPartition tp : partitions) {
            try {
                at.put(tp, consumer.position(tp, COMMIT_TIMEOUT));
            } catch (KafkaException | IllegalStateException e) {
                at.put(tp, -1L);
            }
        }
        return tp -> at.getOrDefault(tp, -1L);
    }

    /**
     * Binds this client's Kafka metrics ({@code kafka_producer_*} / {@code kafka_consumer_*}) to a registry.
     *
     * @param registry the registry
     * @return the binder, to close with the client
     */
    public AutoCloseable bindMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        var binder = new io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics(consumer);
        binder.bindTo(registry);
        return binder;
    }

    /** Closes the consumer without committing: {@link #commit()} commits what is finished. */
    @Override
    public void close() {
        consumer.close();
    }
}
