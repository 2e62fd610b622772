package newsflow.ingest.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import newsflow.common.serde.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the compacted fetch-state topic from the beginning to its end offsets (captured at start), without a
 * consumer group (manual assignment, no commits), keeping the latest state per key; a tombstone removes the
 * key. Malformed values are skipped with a warning (they cannot be acted on, and the topic is ingest's own).
 */
public final class FetchStateLoader {
    private static final Logger LOG = LoggerFactory.getLogger(FetchStateLoader.class);

    private FetchStateLoader() {
    }

    /**
     * @param bootstrapServers the Kafka bootstrap servers
     * @param topic            the fetch-state topic name
     * @param timeout          how long to wait for the topic metadata and the read
     * @return key → latest state
     * @throws IllegalStateException when the topic cannot be read to its end within {@code timeout}
     */
    public static Map<String, FetchState> load(String bootstrapServers, String topic, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-ingest-state-loader");
        Map<String, FetchState> out = new HashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<PartitionInfo> infos = c.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("fetch-state topic " + topic + " does not exist");
            }
            List<TopicPartition> parts = new ArrayList<>();
            infos.forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts, timeout);
            while (!caughtUp(c, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("fetch-state topic " + topic + " not read to its end within "
                            + timeout);
                }
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    if (r.key() == null) {
                        continue;
                    }
                    if (r.value() == null) {
                        out.remove(r.key());
                        continue;
                    }
                    try {
                        out.put(r.key(), Json.mapper().readValue(r.value(), FetchState.class));
                    } catch (java.io.IOException e) {
                        LOG.warn("skipping malformed fetch state for {}: {}", r.key(), e.getMessage());
                    }
                }
            }
        }
        LOG.info("fetch state read back: {} keys from {}", out.size(), topic);
        return out;
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> c, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (c.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
