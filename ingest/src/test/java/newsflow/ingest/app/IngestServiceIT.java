package newsflow.ingest.app;

import static newsflow.ingest.app.BrokerReads.await;
import static newsflow.ingest.app.BrokerReads.header;
import static newsflow.ingest.app.BrokerReads.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.DeadLetterHeaders;
import newsflow.common.model.DiscoveredUrl;
import newsflow.common.model.RawPage;
import newsflow.common.serde.Json;
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
 * Ingest through a real in-process Kafka broker: a small local site (RSS feed, sitemap, robots.txt that
 * disallows one page, a windows-1256 page) plus one URL on the discovered-urls topic; then a second instance on
 * the same topics must fetch nothing again.
 */
class IngestServiceIT {
    private static final String ARABIC = "\u0623\u062e\u0628\u0627\u0631 \u0627\u0644\u062f\u0648\u062d\u0629";

    @Test
    void drainsTheSiteOnceAndARestartFetchesNothingAgain(@TempDir Path dir) throws Exception {
        try (TestSite site = new TestSite(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String b = site.base();
            site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
            site.page("/feed.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                    + "<title>IT News</title>"
                    + "<item><title>One &amp; only</title><link>" + b + "/news/1.html?utm_source=rss</link>"
                    + "<pubDate>Tue, 05 Mar 2024 09:15:00 GMT</pubDate></item>"
                    + "<item><title>Two</title><link>" + b + "/news/2.html</link></item>"
                    + "<item><title>Hidden</title><link>" + b + "/private/3.html</link></item>"
                    + "</channel></rss>");
            site.page("/sitemap.xml", "application/xml", "<?xml version=\"1.0\"?>"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + "<url><loc>" + b + "/news/2.html</loc></url></urlset>");
            site.page("/news/1.html", "text/html; charset=utf-8", "<html><body><h1>One</h1></body></html>");
            site.on("/news/2.html", ex -> TestSite.respond(ex, 200, "text/html; charset=windows-1256",
                    ("<html><body><p>" + ARABIC + "</p></body></html>").getBytes(Charset.forName("windows-1256"))));
            site.page("/news/4.html", "text/html", "<html><body><h1>Four</h1></body></html>");
            site.page("/private/3.html", "text/html", "<p>secret</p>");

            Topics topics = new Topics("it.");
            Map<String, Map<String, String>> all = new HashMap<>();
            all.put(topics.rawPages().name(), topics.rawPages().topicConfig());
            all.put(topics.deadLetter().name(), topics.deadLetter().topicConfig());
            all.putAll(topics.stateTopicConfigs());
            kafka.createTopics(all, 2);
            produceDiscovered(kafka.bootstrapServers(), topics, b + "/news/4.html", b + "/news/1.html");

            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, "{\"sources\":[{\"name\":\"it\",\"feeds\":[\"" + b + "/feed.xml\"],"
                    + "\"sitemaps\":[\"" + b + "/sitemap.xml\"],\"poll_interval\":\"PT1M\",\"language\":\"ar\","
                    + "\"time_zone\":\"Asia/Qatar\"}]}", StandardCharsets.UTF_8);
            Map<String, Object> overrides = Map.of(IngestConfig.SOURCES_FILE, sources.toString(),
                    IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(), IngestConfig.TOPICS_PREFIX, "it.",
                    IngestConfig.ALLOW_LOOPBACK, "true", IngestConfig.PER_HOST_DELAY_MS, "10",
                    IngestConfig.USER_AGENT, "newsbot/1.0 (+https://example.org/bot)");
            IngestConfig config = IngestConfig.load(null, Map.of(), overrides);

            DrainSummary first;
            try (IngestService service = new IngestService(config)) {
                service.start();
                first = service.runOnce();
            }
            assertThat(first.fetched()).isEqualTo(3);
            assertThat(first.deadLettered()).isEqualTo(1);
            assertThat(first.feedsPolled()).isEqualTo(2);

            Map<String, RawPage> pages = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : readAll(kafka.bootstrapServers(), topics.rawPages().name())) {
                pages.put(r.key(), Json.mapper().readValue(r.value(), RawPage.class));
            }
            assertThat(pages).containsOnlyKeys(b + "/news/1.html", b + "/news/2.html", b + "/news/4.html");
            RawPage one = pages.get(b + "/news/1.html");
            assertThat(one.fetchedUrl()).isEqualTo(b + "/news/1.html?utm_source=rss");
            assertThat(one.feedItem().title()).isEqualTo("One & only");
            assertThat(one.feedItem().published()).isEqualTo("2024-03-05T09:15:00Z");
            assertThat(one.hints().language()).isEqualTo("ar");
            assertThat(one.source()).isEqualTo("it");
            assertThat(pages.get(b + "/news/2.html").html()).contains(ARABIC);
            assertThat(pages.get(b + "/news/2.html").charset()).isEqualTo("windows-1256");
            assertThat(pages.get(b + "/news/4.html").discoveredVia()).isEqualTo(b + "/news/1.html");
            assertThat(pages.get(b + "/news/4.html").feedItem()).isNull();

            List<ConsumerRecord<String, byte[]>> dead = readAll(kafka.bootstrapServers(), topics.deadLetter().name());
            assertThat(dead).hasSize(1);
            DeadLetter d = Json.mapper().readValue(dead.get(0).value(), DeadLetter.class);
            assertThat(d.url()).isEqualTo(b + "/private/3.html");
            assertThat(d.reason()).isEqualTo("robots-disallowed");
            assertThat(d.stage()).isEqualTo("fetch");
            assertThat(d.source()).isEqualTo("it");
            assertThat(header(dead.get(0), DeadLetterHeaders.STAGE)).isEqualTo("fetch");
            assertThat(header(dead.get(0), DeadLetterHeaders.URL)).isEqualTo(b + "/private/3.html");
            assertThat(header(dead.get(0), DeadLetterHeaders.EXCEPTION_CLASS)).isEqualTo("robots-disallowed");
            assertThat(site.requests()).doesNotContain("/private/3.html");
            assertThat(site.requests()).filteredOn(p -> p.startsWith("/news/")).hasSize(3);

            // restart: a new instance reads the fetch state back and fetches no page again
            int requestsBefore = site.requests().size();
            DrainSummary second;
            try (IngestService service = new IngestService(config)) {
                service.start();
                second = service.runOnce();
            }
            assertThat(second.fetched()).isZero();
            assertThat(second.deadLettered()).isZero();
            assertThat(second.skippedAlreadyFetched()).isEqualTo(4); // 3 feed items + 1 sitemap entry
            List<String> secondRun = site.requests().subList(requestsBefore, site.requests().size());
            assertThat(secondRun).noneMatch(p -> p.startsWith("/news/") || p.startsWith("/private/"));
            assertThat(readAll(kafka.bootstrapServers(), topics.rawPages().name())).hasSize(3);
            assertThat(readAll(kafka.bootstrapServers(), topics.deadLetter().name())).hasSize(1);
        }
    }

    @Test
    void followModeRepollsFeedsAndPicksUpAnEditedSourcesFile(@TempDir Path dir) throws Exception {
        try (TestSite site = new TestSite(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String b = site.base();
            String[] feedItems = {"<item><link>" + b + "/f/1.html</link></item>"};
            site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            site.on("/feed.xml", ex -> {
                String body = "<rss version=\"2.0\"><channel>" + String.join("", feedItems) + "</channel></rss>";
                String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
                if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    TestSite.respond(ex, 304, null, new byte[0]);
                } else {
                    ex.getResponseHeaders().set("ETag", etag);
                    TestSite.respond(ex, 200, "application/rss+xml", body.getBytes(StandardCharsets.UTF_8));
                }
            });
            site.page("/other.xml", "application/xml", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + "<url><loc>" + b + "/f/3.html</loc></url></urlset>");
            for (String p : new String[] {"/f/1.html", "/f/2.html", "/f/3.html"}) {
                site.page(p, "text/html", "<p>" + p + "</p>");
            }
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, "{\"sources\":[{\"name\":\"one\",\"feeds\":[\"" + b + "/feed.xml\"],"
                    + "\"poll_interval\":\"PT1S\"}]}", StandardCharsets.UTF_8);
            IngestConfig config = IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE,
                    sources.toString(), IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                    IngestConfig.TOPICS_PREFIX, "follow.", IngestConfig.ALLOW_LOOPBACK, "true",
                    IngestConfig.PER_HOST_DELAY_MS, "10"));
            try (IngestService service = new IngestService(config)) {
                service.start();
                Thread loop = new Thread(service::follow, "follow-loop");
                loop.start();
                await(() -> service.fetched() == 1, "first page");
                await(() -> service.notModified() >= 1, "a 304 on the re-polled feed");
                feedItems[0] = feedItems[0] + "<item><link>" + b + "/f/2.html</link></item>";
                await(() -> service.fetched() == 2, "the new feed item");
                Files.writeString(sources, "{\"sources\":[{\"name\":\"one\",\"feeds\":[\"" + b + "/feed.xml\"],"
                        + "\"poll_interval\":\"PT1S\"},{\"name\":\"two\",\"sitemaps\":[\"" + b + "/other.xml\"]}]}",
                        StandardCharsets.UTF_8);
                java.nio.file.Files.setLastModifiedTime(sources,
                        java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(5)));
                await(() -> service.fetched() == 3, "the page of the source added to the sources file");
                service.stop();
                loop.join(30_000);
                assertThat(loop.isAlive()).isFalse();
                assertThat(service.skippedAlreadyFetched()).isPositive();
            }
            List<String> keys = new ArrayList<>();
            readAll(kafka.bootstrapServers(), "follow.raw-pages").forEach(r -> keys.add(r.key()));
            assertThat(keys).containsExactlyInAnyOrder(b + "/f/1.html", b + "/f/2.html", b + "/f/3.html");
            assertThat(site.requests()).filteredOn(p -> p.startsWith("/f/")).hasSize(3);
        }
    }


    private static void produceDiscovered(String bootstrap, Topics topics, String url, String via) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topics.discoveredUrlsName(), url,
                    Json.mapper().writeValueAsString(new DiscoveredUrl(url, "it", via)))).get();
        }
    }


}
