package newsflow.ingest.app;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import newsflow.common.model.DiscoveredUrl;
import newsflow.common.serde.Json;
import org.apache.kafka.clients.consumer.ConsumerConfig;
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
 * skipped by the fetch state. Malformed values are logged and skipped. Not thread-safe: the service loop
 * alone uses it.
 */
final class DiscoveredUrlsReader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscoveredUrlsReader.class);
    private final KafkaConsumer<String, byte[]> consumer;
    private boolean uncommitted;

    DiscoveredUrlsReader(String bootstrapServers, String groupId, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-ingest-discovered");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
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
        for (ConsumerRecord<String, byte[]> r : consumer.poll(timeout)) {
            n++;
            uncommitted = true;
            if (r.value() == null) {
                continue;
            }
            try {
                DiscoveredUrl d = Json.mapper().readValue(r.value(), DiscoveredUrl.class);
                if (d.url() != null) {
                    sink.accept(d);
                }
            } catch (IOException e) {
                LOG.warn("skipping malformed discovered-url record at {}-{}@{}: {}", r.topic(), r.partition(),
                        r.offset(), e.getMessage());
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
    @Override
    public void close() {
        consumer.close();
    }
}
