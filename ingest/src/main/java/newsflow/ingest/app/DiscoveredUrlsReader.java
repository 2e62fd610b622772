package newsflow.ingest.app;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import newsflow.common.model.DiscoveredUrl;
import newsflow.common.serde.Json;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the discovered-urls topic (URLs enrich found on listing pages) in ingest's consumer group, from the
 * earliest offset the first time. Offsets are committed by {@link #commit()}, which the service calls only
 * when every task is finished, so a crash re-reads (at least once) rather than loses a URL; duplicates are
 * skipped by the fetch state. A malformed value goes to {@code onMalformed} (the service dead-letters it with
 * its topic, partition and offset). The group's partition assignment also decides which sources this instance
 * polls ({@link SourceOwnership}). Not thread-safe: the service loop alone uses it.
 */
final class DiscoveredUrlsReader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscoveredUrlsReader.class);
    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final BiConsumer<ConsumerRecord<String, byte[]>, Exception> onMalformed;
    private boolean uncommitted;
    /** Copies kept by the loop thread, readable from any thread (the consumer itself is single-threaded). */
    private volatile Set<TopicPartition> assignment = Set.of();
    private volatile int partitionCount;

    /**
     * @param bootstrapServers the brokers
     * @param groupId          ingest's consumer group
     * @param topic            the discovered-urls topic
     * @param onMalformed      receives each record whose value is not a {@link DiscoveredUrl}, with the error
     */
    DiscoveredUrlsReader(String bootstrapServers, String groupId, String topic,
                         BiConsumer<ConsumerRecord<String, byte[]>, Exception> onMalformed) {
        this.topic = topic;
        this.onMalformed = onMalformed;
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-ingest-discovered");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                // offsets are committed by the service when its tasks are done; nothing to flush here
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
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

    /**
     * Polls once and hands every well-formed record to {@code sink}.
     *
     * @param timeout how long the poll may wait
     * @param sink    receives each discovered URL
     * @return how many records were read
     */
    int poll(Duration timeout, Consumer<DiscoveredUrl> sink) {
        int n = 0;
        var records = consumer.poll(timeout);
        Set<TopicPartition> now = consumer.assignment();
        if (!now.equals(assignment)) {
            partitionCount = now.isEmpty() ? partitionCount : consumer.partitionsFor(topic).size();
            assignment = Set.copyOf(now);
        }
        for (ConsumerRecord<String, byte[]> r : records) {
            n++;
            uncommitted = true;
            if (r.value() == null) {
                continue;
            }
            try {
                DiscoveredUrl d = Json.mapper().readValue(r.value(), DiscoveredUrl.class);
                if (d.url() == null) {
                    throw new IOException("discovered-url record without a url");
                }
                sink.accept(d);
            } catch (IOException e) {
                LOG.warn("malformed discovered-url record at {}-{}@{}: {}", r.topic(), r.partition(),
                        r.offset(), e.getMessage());
                onMalformed.accept(r, e);
            }
        }
        return n;
    }

    /**
     * @param maxWait how long to wait for the group to assign partitions
     * @param sink    receives records read while waiting
     * @return true when the position of every assigned partition is at its end offset, or when no partition
     *         was assigned within {@code maxWait}
     */
    boolean caughtUp(Duration maxWait, Consumer<DiscoveredUrl> sink) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
            poll(Duration.ofMillis(100), sink);
        }
        Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty()) {
            // no partition for this instance (more instances than partitions, or the group is still forming):
            // nothing of the topic is this instance's to drain
            LOG.warn("no discovered-urls partition assigned within {}; drain ends without them", maxWait);
            return true;
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
        for (TopicPartition tp : assigned) {
            if (consumer.position(tp) < end.get(tp)) {
                return false;
            }
        }
        return true;
    }

    /** Commits the positions of every record polled so far (synchronously). */
    void commit() {
        if (uncommitted) {
            consumer.commitSync();
            uncommitted = false;
        }
    }

    /** Closes the consumer without committing: the owner commits only when every task is finished. */
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

    @Override
    public void close() {
        consumer.close();
    }
}
