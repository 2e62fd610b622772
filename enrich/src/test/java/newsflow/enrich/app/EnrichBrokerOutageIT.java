package newsflow.enrich.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * Issue 11: the enrich service (Kafka Streams, exactly-once v2) survives a broker outage longer than Kafka's
 * {@code default.api.timeout.ms} (60 s, not shortened here: the service runs with its defaults). Pages produced
 * before the outage, one produced just before the broker stops and one after it is back each yield exactly one
 * edition, and the application is RUNNING afterwards (the stream threads recover by themselves; a thread that
 * dies anyway is replaced by the service's REPLACE_THREAD handler).
 */
class EnrichBrokerOutageIT {
    private static final Duration OUTAGE = Duration.ofSeconds(65);

    @TempDir
    Path dir;

    @Test
    void aBrokerOutageLongerThanTheApiTimeoutNeitherKillsEnrichNorLosesOrRepeatsAnEdition() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            EnrichConfig config = new EnrichConfig(Map.of(
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "topics.prefix", "outage.",
                    EnrichConfig.STATE_DIR, dir.resolve("state").toString(),
                    EnrichConfig.APPLICATION_ID, "enrich-outage-it"));
            Topics topics = config.topics();
            kafka.createTopics(topics.all(config.topicLanguages()), 2);
            try (EnrichService service = new EnrichService(config)) {
                service.start();
                produce(kafka, topics, 1);
                assertThat(urls(read(kafka, topics.editions().name(), 1))).containsExactly(url(1));

                produce(kafka, topics, 2); // possibly in flight when the broker stops
                kafka.stop();
                Thread.sleep(OUTAGE.toMillis());
                KafkaStreams.State during = service.state();
                kafka.restart();
                produce(kafka, topics, 3);

                List<String> urls = urls(read(kafka, topics.editions().name(), 3));
                System.out.printf(java.util.Locale.ROOT, "enrich broker outage %d s: state during %s, after %s,"
                        + " editions %s%n", OUTAGE.toSeconds(), during, service.state(), urls);
                assertThat(during).isNotIn(KafkaStreams.State.ERROR, KafkaStreams.State.NOT_RUNNING,
                        KafkaStreams.State.PENDING_ERROR);
                assertThat(urls).containsExactlyInAnyOrder(url(1), url(2), url(3));
                assertThat(service.state()).isEqualTo(KafkaStreams.State.RUNNING);
            }
        }
    }

    private static String url(int i) {
        return "https://news.example/outage/" + i;
    }

    private static List<String> urls(List<ConsumerRecord<byte[], byte[]>> records) throws Exception {
        List<String> out = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            out.add(Json.mapper().readValue(r.value(), Edition.class).url());
        }
        return out;
    }

    private static void produce(EmbeddedKafka kafka, Topics topics, int i) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.rawPages().name(), url(i), page(url(i)))).get();
        }
    }

    private static byte[] page(String url) throws Exception {
        String html = "<html lang=\"en\"><body><article><h1>Harbour reopens after the storm " + url.hashCode()
                + "</h1><p>The harbour reopened on Tuesday after a week of repairs following the storm that"
                + " closed it.</p></article></body></html>";
        return Json.mapper().writeValueAsBytes(new RawPage(url, url, "it", Instant.parse("2024-03-06T12:00:00Z"),
                200, "text/html", "UTF-8", html, SourceHints.NONE, null, null));
    }

    /** Reads the topic from the start (read_committed) until {@code expected} records, then one more poll. */
    private static List<ConsumerRecord<byte[], byte[]>> read(EmbeddedKafka kafka, String topic, int expected) {
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
            consumer.poll(Duration.ofSeconds(2)).forEach(out::add);
        }
        return out;
    }
}
