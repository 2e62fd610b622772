package newsflow.common.topic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a small compacted topic (source-status, dead-letter-replays) from the beginning to the end offsets taken
 * at the start of the call, without a consumer group (every partition assigned, nothing committed,
 * {@code read_committed}), and keeps the latest value per key; a tombstone removes the key.
 */
public final class CompactedTopicReader {
    private CompactedTopicReader() {
    }

    /**
     * @param bootstrapServers Kafka bootstrap servers
     * @param topic            the topic
     * @param timeout          the longest the read may take
     * @return key → latest value bytes, in the order first read; empty when the topic does not exist
     * @throws IllegalStateException when the topic cannot be read to its end within {@code timeout}
     */
    public static Map<String, byte[]> readLatest(String bootstrapServers, String topic, Duration timeout) {
        return readIfExists(bootstrapServers, topic, timeout).orElseGet(LinkedHashMap::new);
    }

    /**
     * Same as {@link #readLatest}, telling a missing topic apart from an empty one.
     *
     * @param bootstrapServers Kafka bootstrap servers
     * @param topic            the topic
     * @param timeout          the longest the read may take
     * @return key → latest value bytes, or empty when the topic does not exist
     * @throws IllegalStateException when the topic cannot be read to its end within {@code timeout}
     */
    public static java.util.Optional<Map<String, byte[]>> readIfExists(String bootstrapServers, String topic,
                                                                       Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-reader-" + UUID.randomUUID());
        Map<String, byte[]> out = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<PartitionInfo> infos = c.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                return java.util.Optional.empty();
            }
            List<TopicPartition> parts = new ArrayList<>();
            infos.forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts, timeout);
            while (!caughtUp(c, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topic " + topic + " not read to its end within " + timeout);
                }
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    if (r.key() == null) {
                        continue;
                    }
                    if (r.value() == null) {
                        out.remove(r.key());
                    } else {
                        out.put(r.key(), r.value());
                    }
                }
            }
        }
        return java.util.Optional.of(out);
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
