package newsflow.ingest.app;

import static newsflow.ingest.app.BrokerReads.await;
import static newsflow.ingest.app.BrokerReads.header;
import static newsflow.ingest.app.BrokerReads.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import newsflow.common.model.DeadLetterHeaders;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.ingest.TestSite;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ingest instances in follow mode, one consumer group, a real in-process broker: the sources are shared
 * between them through the group's partition assignment (each source polled by exactly one instance), a source's
 * partition is the one a Kafka producer picks for its name, and a malformed discovered-urls record is
 * dead-lettered with its coordinates instead of being skipped.
 */
class IngestScaleOutIT {
    private static final int SOURCES = 8;
    private static final int PARTITIONS = 4;

    @Test
    void twoInstancesShareTheSourcesAndDeadLetterAMalformedDiscoveredUrl(@TempDir Path dir) throws Exception {
        try (TestSite site = new TestSite(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String b = site.base();
            site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            List<String[]> feeds = new ArrayList<>();
            StringBuilder json = new StringBuilder("{\"sources\":[");
            for (int i = 0; i < SOURCES; i++) {
                String feed = "/s" + i + "/feed.xml";
                String[] items = {"<item><link>" + b + "/s" + i + "/first.html</link></item>"};
                feeds.add(items);
                site.on(feed, ex -> TestSite.respond(ex, 200, "application/rss+xml",
                        ("<rss version=\"2.0\"><channel>" + items[0] + "</channel></rss>")
                                .getBytes(StandardCharsets.UTF_8)));
                site.page("/s" + i + "/first.html", "text/html", "<p>first " + i + "</p>");
                site.page("/s" + i + "/second.html", "text/html", "<p>second " + i + "</p>");
                json.append(i == 0 ? "" : ",").append("{\"name\":\"source-").append(i).append("\",\"feeds\":[\"")
                        .append(b).append(feed).append("\"],\"poll_interval\":\"PT1S\"}");
            }
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, json.append("]}").toString(), StandardCharsets.UTF_8);

            Topics topics = new Topics("scale.");
            Map<String, Map<String, String>> all = new HashMap<>();
            all.put(topics.rawPages().name(), topics.rawPages().topicConfig());
            all.put(topics.deadLetter().name(), topics.deadLetter().topicConfig());
            all.putAll(topics.stateTopicConfigs());
            all.put("scale.probe", Map.of());
            kafka.createTopics(all, PARTITIONS);

            int malformedPartition;
            IngestConfig config = IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE,
                    sources.toString(), IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                    IngestConfig.TOPICS_PREFIX, "scale.", IngestConfig.ALLOW_LOOPBACK, "true",
                    IngestConfig.PER_HOST_DELAY_MS, "10", IngestConfig.CREATE_TOPICS, "false"));
            try (IngestService one = new IngestService(config); IngestService two = new IngestService(config)) {
                one.start();
                two.start();
                Thread l1 = new Thread(one::follow, "follow-one");
                Thread l2 = new Thread(two::follow, "follow-two");
                l1.start();
                l2.start();
                await(() -> !one.ownedSources().isEmpty() && !two.ownedSources().isEmpty()
                        && one.ownedSources().size() + two.ownedSources().size() == SOURCES, "a shared assignment");
                Set<String> ofOne = new HashSet<>(one.ownedSources());
                Set<String> ofTwo = new HashSet<>(two.ownedSources());
                assertThat(ofOne).doesNotContainAnyElementsOf(ofTwo);
                Set<String> union = new HashSet<>(ofOne);
                union.addAll(ofTwo);
                assertThat(union).hasSize(SOURCES);

                // each source's partition is where a producer puts a record keyed by its name
                for (int i = 0; i < SOURCES; i++) {
                    String name = "source-" + i;
                    int p = produce(kafka.bootstrapServers(), "scale.probe", name, "x");
                    assertThat(SourceOwnership.partitionOf(name, PARTITIONS)).as(name).isEqualTo(p);
                }

                // once shared, a new item in every feed is fetched exactly once in all
                int before = site.requests().size();
                for (int i = 0; i < SOURCES; i++) {
                    feeds.get(i)[0] += "<item><link>" + b + "/s" + i + "/second.html</link></item>";
                }
                // read by the one instance that owns its partition now that the group is stable
                malformedPartition = produce(kafka.bootstrapServers(), topics.discoveredUrlsName(), "bad-key",
                        "{not json");
                await(() -> site.requests().stream().filter(r -> r.endsWith("/second.html")).distinct().count()
                        == SOURCES, "every second page fetched");
                await(() -> one.deadLettered() + two.deadLettered() == 1, "the malformed record dead-lettered");
                one.stop();
                two.stop();
                l1.join(30_000);
                l2.join(30_000);
                List<String> after = site.requests().subList(before, site.requests().size());
                Map<String, Integer> seconds = new HashMap<>();
                after.stream().filter(r -> r.endsWith("/second.html")).forEach(r -> seconds.merge(r, 1, Integer::sum));
                assertThat(seconds).hasSize(SOURCES).allSatisfy((page, n) -> assertThat(n).as(page).isEqualTo(1));
                assertThat(one.deadLettered() + two.deadLettered()).isEqualTo(1);
            }

            List<ConsumerRecord<String, byte[]>> dead = readAll(kafka.bootstrapServers(), topics.deadLetter().name());
            assertThat(dead).hasSize(1);
            ConsumerRecord<String, byte[]> d = dead.get(0);
            assertThat(d.key()).isEqualTo("bad-key");
            assertThat(new String(d.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            assertThat(header(d, DeadLetterHeaders.STAGE)).isEqualTo("deserialize");
            assertThat(header(d, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(topics.discoveredUrlsName());
            assertThat(header(d, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo(Integer.toString(malformedPartition));
            assertThat(header(d, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
            assertThat(header(d, DeadLetterHeaders.EXCEPTION_CLASS)).isNotBlank();
        }
    }

    @Test
    void aRunningInstanceLearnsWhatAnotherInstanceFetchedAndDoesNotFetchItAgain(@TempDir Path dir)
            throws Exception {
        try (TestSite site = new TestSite(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String b = site.base();
            site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            site.page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><item><link>" + b
                    + "/p/1.html</link></item></channel></rss>");
            site.page("/p/1.html", "text/html", "<p>one</p>");
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, "{\"sources\":[{\"name\":\"s\",\"feeds\":[\"" + b
                    + "/feed.xml\"],\"poll_interval\":\"PT1S\"}]}", StandardCharsets.UTF_8);
            IngestConfig config = IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE,
                    sources.toString(), IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                    IngestConfig.TOPICS_PREFIX, "learn.", IngestConfig.ALLOW_LOOPBACK, "true",
                    IngestConfig.PER_HOST_DELAY_MS, "10"));
            try (IngestService late = new IngestService(config)) {
                late.start(); // reads an empty fetch state
                try (IngestService early = new IngestService(config)) {
                    early.start();
                    assertThat(early.runOnce().fetched()).isEqualTo(1);
                }
                Thread loop = new Thread(late::follow, "follow-late");
                loop.start();
                await(() -> late.skippedAlreadyFetched() >= 1, "the feed item skipped as already fetched");
                late.stop();
                loop.join(30_000);
                assertThat(late.fetched()).isZero();
            }
            assertThat(site.requests()).filteredOn("/p/1.html"::equals).hasSize(1);
        }
    }


    @Test
    void followingAfterADrainWaitsTheSourcesIntervalBeforePollingItAgain(@TempDir Path dir) throws Exception {
        try (TestSite site = new TestSite(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String b = site.base();
            site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            site.page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><item><link>" + b
                    + "/p/1.html</link></item></channel></rss>");
            for (String p : List.of("/p/1.html", "/d/1.html", "/d/2.html")) {
                site.page(p, "text/html", "<p>" + p + "</p>");
            }
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, "{\"sources\":[{\"name\":\"s\",\"feeds\":[\"" + b
                    + "/feed.xml\"],\"poll_interval\":\"PT10M\"}]}", StandardCharsets.UTF_8);
            IngestConfig config = IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE,
                    sources.toString(), IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                    IngestConfig.TOPICS_PREFIX, "again.", IngestConfig.ALLOW_LOOPBACK, "true",
                    IngestConfig.PER_HOST_DELAY_MS, "10"));
            try (IngestService service = new IngestService(config)) {
                service.start();
                assertThat(service.runOnce().fetched()).isEqualTo(1);
                Thread loop = new Thread(service::follow, "follow-after-drain");
                loop.start();
                // two discovered URLs fetched one after the other: the loop has run with its partitions
                // assigned, so a source due again would have been polled by then
                produce(kafka.bootstrapServers(), "again.discovered-urls", b + "/d/1.html",
                        "{\"url\":\"" + b + "/d/1.html\",\"source\":\"s\"}");
                await(() -> site.requests().contains("/d/1.html"), "the first discovered page");
                produce(kafka.bootstrapServers(), "again.discovered-urls", b + "/d/2.html",
                        "{\"url\":\"" + b + "/d/2.html\",\"source\":\"s\"}");
                await(() -> site.requests().contains("/d/2.html"), "the second discovered page");
                service.stop();
                loop.join(30_000);
            }
            assertThat(site.requests()).filteredOn("/feed.xml"::equals).hasSize(1);
        }
    }

    private static int produce(String bootstrap, String topic, String key, String value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get().partition();
        }
    }


}
