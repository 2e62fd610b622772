package newsflow.enrich.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsflow.common.model.DeadLetterHeaders;
import newsflow.common.model.Edition;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.common.serde.Json;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enrich service through a real broker, exactly-once: poison records dead-lettered, the app keeps running. */
class EnrichServiceIT {
    @TempDir
    Path dir;

    @Test
    void enrichesThroughARealBrokerAndSurvivesPoisonRecords() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            EnrichConfig config = new EnrichConfig(Map.of(
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "topics.prefix", "it.",
                    EnrichConfig.STATE_DIR, dir.resolve("state").toString(),
                    EnrichConfig.APPLICATION_ID, "enrich-it"));
            Topics topics = config.topics();
            kafka.createTopics(topics.all(config.topicLanguages()), 2);
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer())) {
                String raw = topics.rawPages().name();
                producer.send(new ProducerRecord<>(raw, 0, "https://news.example/a/1", page("https://news.example/a/1", "storm"))).get();
                producer.send(new ProducerRecord<>(raw, 0, "https://news.example/a/2", new byte[0])).get();
                producer.send(new ProducerRecord<>(raw, 0, "https://news.example/a/3",
                        "{\"url\":\"https://news.example/a/3\",\"ht".getBytes(StandardCharsets.UTF_8))).get();
                producer.send(new ProducerRecord<>(raw, 0, "https://news.example/a/4", page("https://news.example/a/4", "gale"))).get();
            }
            EnrichService service = new EnrichService(config);
            try {
                service.start();
                List<ConsumerRecord<byte[], byte[]>> editions = read(kafka, topics.editions().name(), 2);
                List<ConsumerRecord<byte[], byte[]>> dead = read(kafka, topics.deadLetter().name(), 2);
                assertThat(editions).hasSize(2);
                Edition first = Json.mapper().readValue(editions.get(0).value(), Edition.class);
                assertThat(first.url()).isEqualTo("https://news.example/a/1");
                assertThat(first.lang()).isEqualTo("en");
                assertThat(dead).hasSize(2);
                assertThat(dead).allSatisfy(r -> assertThat(header(r, DeadLetterHeaders.STAGE)).isEqualTo("deserialize"));
                assertThat(dead).extracting(r -> header(r, DeadLetterHeaders.SOURCE_OFFSET)).containsExactly("1", "2");
                assertThat(service.state()).isEqualTo(KafkaStreams.State.RUNNING);
                assertThat(read(kafka, topics.editionsIn("en").name(), 2)).hasSize(2);
            } finally {
                service.close(Duration.ofSeconds(30));
            }
        }
    }

    private static byte[] page(String url, String word) throws Exception {
        String html = "<html lang=\"en\"><body><article><h1>Harbour reopens after " + word + "</h1>"
                + "<p>The harbour reopened on Tuesday after a week of repairs following the " + word + ".</p>"
                + "</article></body></html>";
        return Json.mapper().writeValueAsBytes(new RawPage(url, url, "it", Instant.parse("2024-03-06T12:00:00Z"), 200,
                "text/html", "UTF-8", html, SourceHints.NONE, null, null));
    }

    /** Reads a topic from the start (read_committed) until {@code expected} records came or 90 s passed. */
    static List<ConsumerRecord<byte[], byte[]>> read(EmbeddedKafka kafka, String topic, int expected) {
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
            consumer.poll(Duration.ofSeconds(1)).forEach(out::add);
        }
        return out;
    }

    static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
