package newsflow.launcher.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import newsflow.common.model.DeadLetterHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the whole dead-letter topic (committed records only) into memory, so that a test can account for every
 * page: each record's {@link DeadLetterHeaders} as plain strings.
 */
final class DeadLetterLog {
    /** Longest a full read may take before the test fails. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(500);

    /**
     * One dead-letter record.
     *
     * @param url     header {@value DeadLetterHeaders#URL}, or null
     * @param stage   header {@value DeadLetterHeaders#STAGE}, or null
     * @param reason  header {@value DeadLetterHeaders#EXCEPTION_CLASS} (reason code or exception class), or null
     * @param message header {@value DeadLetterHeaders#EXCEPTION_MESSAGE}, or null
     */
    record Entry(String url, String stage, String reason, String message) {
        static Entry of(ConsumerRecord<byte[], byte[]> r) {
            return new Entry(header(r, DeadLetterHeaders.URL), header(r, DeadLetterHeaders.STAGE),
                    header(r, DeadLetterHeaders.EXCEPTION_CLASS), header(r, DeadLetterHeaders.EXCEPTION_MESSAGE));
        }

        private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
            Header h = r.headers().lastHeader(name);
            return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        }
    }

    private DeadLetterLog() {
    }

    /**
     * @param bootstrap Kafka bootstrap servers
     * @param topic     the dead-letter topic name
     * @return every committed record of the topic, partition by partition in offset order
     * @throws AssertionError when the topic cannot be read to its end within {@link #READ_TIMEOUT}
     */
    static List<Entry> readAll(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p)) {
            List<TopicPartition> parts = c.partitionsFor(topic, READ_TIMEOUT).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts, READ_TIMEOUT);
            List<Entry> out = new ArrayList<>();
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("dead-letter topic " + topic + " not read to its end in " + READ_TIMEOUT);
                }
                for (ConsumerRecord<byte[], byte[]> r : c.poll(POLL)) {
                    out.add(Entry.of(r));
                }
            }
            return out;
        }
    }
}
