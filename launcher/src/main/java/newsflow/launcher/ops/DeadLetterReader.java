package newsflow.launcher.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the dead-letter topic without a consumer group ({@code read_committed}, every partition assigned, nothing
 * committed): the records from a point in time (found with {@code offsetsForTimes}) to the end offsets taken when
 * the read starts.
 */
public final class DeadLetterReader {
    private DeadLetterReader() {
    }

    /**
     * @param bootstrapServers Kafka bootstrap servers
     * @param topic            the dead-letter topic
     * @param since            the earliest record time wanted, or null for all
     * @param timeout          the longest the read may take
     * @return the dead letters, oldest first; empty when the topic does not exist
     * @throws IllegalStateException when the topic cannot be read to its end within {@code timeout}
     */
    public static List<DeadLetterEntry> read(String bootstrapServers, String topic, Instant since, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-dead-letter-reader-" + UUID.randomUUID());
        List<DeadLetterEntry> out = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<PartitionInfo> infos = c.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                return out;
            }
            List<TopicPartition> parts = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts, timeout);
            seek(c, parts, end, since, timeout);
            while (!caughtUp(c, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("dead-letter topic " + topic + " not read within " + timeout);
                }
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(200))) {
                    if (since == null || r.timestamp() >= since.toEpochMilli()) {
                        out.add(DeadLetterEntry.of(r));
                    }
                }
            }
        }
        out.sort(Comparator.comparing(DeadLetterEntry::time).thenComparingInt(DeadLetterEntry::partition)
                .thenComparingLong(DeadLetterEntry::offset));
        return out;
    }

    private static void seek(KafkaConsumer<byte[], byte[]> c, List<TopicPartition> parts,
                             Map<TopicPartition, Long> end, Instant since, Duration timeout) {
        if (since == null) {
            c.seekToBeginning(parts);
            return;
        }
        Map<TopicPartition, Long> query = new HashMap<>();
        parts.forEach(tp -> query.put(tp, since.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = c.offsetsForTimes(query, timeout);
        for (TopicPartition tp : parts) {
            OffsetAndTimestamp at = found.get(tp);
            c.seek(tp, at == null ? end.get(tp) : at.offset());
        }
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
