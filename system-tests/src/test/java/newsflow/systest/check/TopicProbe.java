package newsflow.systest.check;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Reads topics back with a plain consumer (read_committed, no group) and writes records with a plain producer. */
public final class TopicProbe {
    private final String bootstrap;

    /** @param bootstrap the broker's bootstrap servers */
    public TopicProbe(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /**
     * One record as read back.
     *
     * @param partition its partition
     * @param offset    its offset
     * @param key       its key as UTF-8, or null
     * @param value     its value bytes, or null
     * @param headers   header name → last value as UTF-8
     */
    public record Rec(int partition, long offset, String key, byte[] value, Map<String, String> headers) {
    }

    /**
     * @param topic a topic
     * @return the sum of its partitions' end offsets (records written, transaction markers included), or -1 when
     *         the broker does not answer within 5 s
     */
    public long endOffsets(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000))) {
            var parts = admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic).partitions();
            Map<TopicPartition, OffsetSpec> spec = parts.stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            return admin.listOffsets(spec).all().get(5, TimeUnit.SECONDS).values().stream()
                    .mapToLong(r -> r.offset()).sum();
        } catch (Exception e) {
            return -1;
        }
    }

    /**
     * @param topic a topic
     * @return every committed record of it, read from the beginning to the end offsets of the moment
     */
    public List<Rec> readAll(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString().toLowerCase(java.util.Locale.ROOT));
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(9 * 1024 * 1024));
        List<Rec> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> tps = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(tps);
            c.seekToBeginning(tps);
            Map<TopicPartition, Long> end = c.endOffsets(tps, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (tps.stream().anyMatch(tp -> c.position(tp, Duration.ofSeconds(30)) < end.get(tp))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
                    Map<String, String> headers = new HashMap<>();
                    for (Header h : r.headers()) {
                        headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
                    }
                    out.add(new Rec(r.partition(), r.offset(),
                            r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8), r.value(), headers));
                }
            }
        }
        return out;
    }

    /**
     * Writes records and waits for their acknowledgements.
     *
     * @param topic  the topic
     * @param keyed  key → value bytes, written in order
     * @return key → where it was written ({@code partition:offset})
     */
    public Map<String, String> produce(String topic, Map<String, byte[]> keyed) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        Map<String, String> where = new HashMap<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (Map.Entry<String, byte[]> e : keyed.entrySet()) {
                RecordMetadata m = producer.send(new ProducerRecord<>(topic, e.getKey().getBytes(StandardCharsets.UTF_8),
                        e.getValue())).get(30, TimeUnit.SECONDS);
                where.put(e.getKey(), m.partition() + ":" + m.offset());
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot produce to " + topic, e);
        }
        return where;
    }
}
