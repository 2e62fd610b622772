package newsflow.launcher.stack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import newsflow.common.model.DeadLetterHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the records of the dead-letter topic by reason (stage and exception class, from the
 * {@link DeadLetterHeaders}), reading it with {@code isolation.level=read_committed} from the beginning and
 * then incrementally. End offsets are not a record count on a transactional topic: each committed transaction
 * leaves a control marker that takes an offset, and aborted records take offsets too — which is why counting
 * end offsets showed more dead letters than the topic holds. Thread-safe (calls are serialised).
 */
public final class DeadLetterTally implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(200);
    private static final int MAX_EMPTY_POLLS = 3;

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, Long> byReason = new TreeMap<>();
    private long total;

    /**
     * @param bootstrapServers Kafka bootstrap servers
     * @param topic            the dead-letter topic (must exist)
     */
    public DeadLetterTally(String bootstrapServers, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-dead-letter-tally-" + UUID.randomUUID());
        this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
        consumer.assign(parts);
        consumer.seekToBeginning(parts);
    }

    /**
     * Reads what was committed to the topic since the last call.
     *
     * @return the total of dead letters read so far
     */
    public synchronized long refresh() {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(10));
        int empty = 0;
        while (!caughtUp(ends) && empty < MAX_EMPTY_POLLS) {
            var records = consumer.poll(POLL);
            empty = records.isEmpty() ? empty + 1 : 0;
            for (ConsumerRecord<byte[], byte[]> r : records) {
                total++;
                byReason.merge(reason(header(r, DeadLetterHeaders.STAGE), header(r, DeadLetterHeaders.EXCEPTION_CLASS)),
                        1L, Long::sum);
            }
        }
        return total;
    }

    private boolean caughtUp(Map<TopicPartition, Long> ends) {
        for (var e : ends.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** @return the total read by the last {@link #refresh()} */
    public synchronized long total() {
        return total;
    }

    /** @return reason ({@code stage: exception class}) → count, by reason name */
    public synchronized Map<String, Long> byReason() {
        return new TreeMap<>(byReason);
    }

    /**
     * @param stage          the stage header, or null
     * @param exceptionClass the exception class header, or null
     * @return {@code "stage: SimpleClassName"}, with "unknown" for a missing part
     */
    static String reason(String stage, String exceptionClass) {
        String cls = exceptionClass == null ? "unknown" : exceptionClass.substring(exceptionClass.lastIndexOf('.') + 1);
        return (stage == null ? "unknown" : stage) + ": " + cls;
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
