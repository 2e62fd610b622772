package newsflow.enrich.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import newsflow.common.model.Edition;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.common.serde.Json;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
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
 * Issue 11: a second enrich on the same machine failed, since both used the default state directory and Kafka
 * Streams locks it. Two instances with the same configuration (same application id, same
 * {@code enrich.state.dir}, no instance id) now run side by side through a real broker, each in its own
 * directory, and share the raw-pages partitions.
 */
class EnrichTwoInstancesIT {
    @TempDir
    Path dir;

    @Test
    void twoInstancesWithTheSameConfigurationRunOnOneMachine() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Path stateBase = dir.resolve("state");
            EnrichConfig config = new EnrichConfig(Map.of(
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "topics.prefix", "two.",
                    EnrichConfig.LANGUAGES, "en,fr",
                    EnrichConfig.STATE_DIR, stateBase.toString(),
                    EnrichConfig.APPLICATION_ID, "enrich-two-it"));
            Topics topics = config.topics();
            kafka.createTopics(topics.all(config.topicLanguages()), 2);
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer())) {
                for (int i = 0; i < 6; i++) {
                    String url = "https://news.example/two/" + i;
                    producer.send(new ProducerRecord<>(topics.rawPages().name(), i % 2, url, page(url))).get();
                }
            }
            EnrichService first = new EnrichService(config);
            EnrichService second = new EnrichService(config);
            try {
                first.start();
                second.start();
                Set<String> urls = readUrls(kafka, topics.editions().name(), 6);
                assertThat(urls).hasSize(6);
                // both keep running; a follow-up rebalance of the pair may still be settling (REBALANCING is
                // transient, not a failure), so wait for it to end rather than sample one instant
                awaitRunning(first, second);
                try (Stream<Path> dirs = Files.list(stateBase)) {
                    assertThat(dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                            .containsExactlyInAnyOrder("instance-0", "instance-1");
                }
            } finally {
                second.close(Duration.ofSeconds(30));
                first.close(Duration.ofSeconds(30));
            }
        }
    }

    /** Waits up to a minute for every instance to be RUNNING at the same moment; fails naming the states. */
    private static void awaitRunning(EnrichService... services) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (true) {
            List<KafkaStreams.State> states = new ArrayList<>();
            for (EnrichService s : services) {
                states.add(s.state());
            }
            if (states.stream().allMatch(KafkaStreams.State.RUNNING::equals) || Instant.now().isAfter(deadline)) {
                assertThat(states).containsOnly(KafkaStreams.State.RUNNING);
                return;
            }
            Thread.sleep(200);
        }
    }

    private static Set<String> readUrls(EmbeddedKafka kafka, String topic, int expected) throws Exception {
        Set<String> urls = new HashSet<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (urls.size() < expected && System.nanoTime() < deadline) {
                List<byte[]> values = new ArrayList<>();
                consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
                for (byte[] v : values) {
                    urls.add(Json.mapper().readValue(v, Edition.class).url());
                }
            }
        }
        return urls;
    }

    private static byte[] page(String url) throws Exception {
        String html = "<html lang=\"en\"><body><article><h1>Harbour reopens after the storm " + url + "</h1>"
                + "<p>The harbour reopened on Tuesday after a week of repairs following the storm that closed"
                + " the port.</p></article></body></html>";
        return Json.mapper().writeValueAsBytes(new RawPage(url, url, "it", Instant.parse("2024-03-06T12:00:00Z"),
                200, "text/html", "UTF-8", html, SourceHints.NONE, null, null));
    }
}
