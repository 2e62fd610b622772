package newsflow.sink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import newsflow.common.model.Edition;
import newsflow.common.serde.Json;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.sink.jdbc.SampleEditions;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Helpers of the sink's integration tests around a real broker and a real database. */
final class EditionsFixture {
    private final EmbeddedKafka kafka;

    EditionsFixture(EmbeddedKafka kafka) {
        this.kafka = kafka;
    }

    void createTopics(Topics topics, int partitions) {
        kafka.createTopics(Map.of(topics.editions().name(), topics.editions().topicConfig(),
                topics.deadLetter().name(), topics.deadLetter().topicConfig()), partitions);
    }

    static ProducerRecord<byte[], byte[]> record(String topic, Edition e) {
        return record(topic, e.key(), e);
    }

    static ProducerRecord<byte[], byte[]> record(String topic, String key, Edition e) {
        try {
            return new ProducerRecord<>(topic, bytes(key), Json.mapper().writeValueAsBytes(e));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static ProducerRecord<byte[], byte[]> tombstone(String topic, String key) {
        return new ProducerRecord<>(topic, bytes(key), null);
    }

    private static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @return editions {@code prefix + from} .. {@code prefix + (from + n - 1)} (ids zero-padded to four digits),
     *         lang {@code en}, version 1, title {@code "title " + i}, as records of the editions topic
     */
    static List<ProducerRecord<byte[], byte[]>> numbered(Topics topics, String prefix, int from, int n) {
        List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            Edition e = SampleEditions.edition(id(prefix, i), "en", "title " + i, 1, SampleEditions.T1,
                    List.of("paragraph " + i), List.of(), null);
            out.add(record(topics.editions().name(), e));
        }
        return out;
    }

    static String id(String prefix, int i) {
        return String.format(Locale.ROOT, "%s%04d", prefix, i);
    }

    /** Asserts that the {@link #numbered} editions 0 .. count - 1 are stored, each exactly once. */
    static void assertStoredOnce(String jdbcUrl, String prefix, int count) throws SQLException {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add(id(prefix, i) + "|en|1|title " + i);
        }
        assertThat(rows(jdbcUrl)).containsExactlyElementsOf(expected);
    }

    /** Produces the records in one transaction, as enrich does, and waits for their acknowledgement. */
    void produce(Topics topics, List<ProducerRecord<byte[], byte[]>> records) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, topics.prefix() + "fixture-producer");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            records.forEach(producer::send);
            producer.commitTransaction();
        }
    }

    Map<TopicPartition, Long> committed(String group, String topic) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, Long> out = new HashMap<>();
            offsets.forEach((tp, o) -> {
                if (tp.topic().equals(topic) && o != null) {
                    out.put(tp, o.offset());
                }
            });
            return out;
        }
    }

    Map<TopicPartition, Long> lastStableOffsets(String topic, int partitions) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                request.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            Map<TopicPartition, Long> out = new HashMap<>();
            admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(30, TimeUnit.SECONDS).forEach((tp, info) -> out.put(tp, info.offset()));
            return out;
        }
    }

    /** @return whether the group committed every editions partition up to its last stable offset (false on error) */
    boolean committedAll(String group, Topics topics, int partitions) {
        try {
            return committed(group, topics.editions().name())
                    .equals(lastStableOffsets(topics.editions().name(), partitions));
        } catch (Exception e) {
            return false;
        }
    }

    void assertCommittedAll(String group, Topics topics, int partitions) throws Exception {
        assertThat(committed(group, topics.editions().name()))
                .isEqualTo(lastStableOffsets(topics.editions().name(), partitions));
    }

    /** @return the member ids of the group's members now (a rebalance gives a member a new id) */
    Set<String> memberIds(String group) throws Exception {
        try (Admin admin = admin()) {
            ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                    .get(30, TimeUnit.SECONDS);
            Set<String> ids = new HashSet<>();
            for (MemberDescription m : d.members()) {
                ids.add(m.consumerId());
            }
            return ids;
        }
    }

    List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> ends = c.endOffsets(parts);
            while (parts.stream().anyMatch(tp -> c.position(tp) < ends.get(tp))) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** @return "document_id|lang|version|title" of every stored edition, in key order */
    static List<String> rows(String jdbcUrl) throws SQLException {
        return query(jdbcUrl, "SELECT document_id || '|' || lang || '|' || enrichment_version || '|' || title"
                + " FROM editions ORDER BY document_id, lang");
    }

    /** @return "document_id|lang|code" of every topic row, in key order */
    static List<String> topicRows(String jdbcUrl) throws SQLException {
        return query(jdbcUrl, "SELECT document_id || '|' || lang || '|' || code FROM edition_topics"
                + " ORDER BY document_id, lang, code");
    }

    private static List<String> query(String jdbcUrl, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        String user = jdbcUrl.startsWith("jdbc:postgresql:") ? "postgres" : null;
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, null); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Waits for a condition (not a timing assertion: the bound only ends a hung test). */
    static void await(String what, Duration bound, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("gave up waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }
}
