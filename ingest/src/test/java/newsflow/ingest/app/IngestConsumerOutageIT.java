package newsflow.ingest.app;

import static newsflow.ingest.app.BrokerReads.await;
import static newsflow.ingest.app.BrokerReads.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import newsflow.common.topic.TopicBootstrap;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.ingest.TestSite;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, ingest's consumer side: a broker outage longer than ingest's Kafka call timeout
 * ({@code ingest.kafka.api.timeout.ms}, shortened here through configuration to 1 s; topic creation's timeout,
 * the {@code newsflow.kafka.timeout.ms} system property, to 2 s) must be a wait, never the end of the loop or of
 * the start. The real in-process broker is stopped (same port and data kept) for several of those timeouts and
 * restarted; then every page is requested once and lands on raw-pages once, nothing is dead-lettered, and the
 * service still follows (a page announced after the outage is fetched too). Variants: an outage while idle in
 * follow mode, an outage during a drain with URLs pending (requests in flight; or the drain started while the
 * broker is down, with the URLs only in the discovered-urls topic), the broker down when ingest starts.
 */
class IngestConsumerOutageIT {
    private static final int API_TIMEOUT_MS = 1_000;
    private static final long OUTAGE_MS = 6L * API_TIMEOUT_MS;

    private String previousTimeout;

    @BeforeEach
    void shortTopicCreationTimeout() {
        previousTimeout = System.setProperty(TopicBootstrap.TIMEOUT_PROPERTY, "2000");
    }

    @AfterEach
    void restoreTopicCreationTimeout() {
        if (previousTimeout == null) {
            System.clearProperty(TopicBootstrap.TIMEOUT_PROPERTY);
        } else {
            System.setProperty(TopicBootstrap.TIMEOUT_PROPERTY, previousTimeout);
        }
    }

    @Test
    void anOutageWhileIdleInFollowModeIsWaitedOut(@TempDir Path dir) throws Exception {
        try (TestSite site = site(4); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Path sources = sources(dir, site, "PT1S");
            feed(site, 3);
            try (IngestService service = new IngestService(config(kafka, sources, "idle."))) {
                service.start();
                Thread loop = follow(service);
                await(() -> service.fetched() == 3, "the first three pages fetched");
                Thread.sleep(1_000); // idle: the offsets committed, the feed polled with nothing new
                outage(kafka);
                feed(site, 4); // announced after the outage: the loop still follows
                await(() -> service.fetched() == 4, "the page announced after the outage fetched");
                assertThat(loop.isAlive()).as("follow loop alive").isTrue();
                assertThat(service.brokerWaiting().waiting()).isFalse();
                service.stop();
                loop.join(30_000);
            }
            assertOncePerPage(kafka, site, "idle.", 4, OUTAGE_MS);
        }
    }

    @Test
    void anOutageDuringADrainWithUrlsPendingIsWaitedOut(@TempDir Path dir) throws Exception {
        CountDownLatch requested = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        try (TestSite site = site(5); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Path sources = sources(dir, site, "PT10M");
            feed(site, 5);
            site.on("/a/2.html", ex -> {
                requested.countDown();
                try {
                    answer.await(60, TimeUnit.SECONDS); // the broker goes down meanwhile, /a/3../a/5 pending
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                TestSite.respond(ex, 200, "text/html", "<p>2</p>".getBytes(StandardCharsets.UTF_8));
            });
            try (IngestService service = new IngestService(config(kafka, sources, "drain."))) {
                service.start();
                AtomicReference<Object> result = new AtomicReference<>();
                Thread drain = startDrain(service, result, "drain-outage");
                assertThat(requested.await(60, TimeUnit.SECONDS)).as("/a/2.html requested").isTrue();
                kafka.stop();
                answer.countDown();
                Thread.sleep(OUTAGE_MS);
                assertThat(drain.isAlive()).as("drain still running during the outage").isTrue();
                kafka.restart();
                drain.join(120_000);
                assertThat(result.get()).as("drain result").isInstanceOf(DrainSummary.class);
                assertThat(service.fetched()).isEqualTo(5);
            }
            assertOncePerPage(kafka, site, "drain.", 5, OUTAGE_MS);
        }
    }

    @Test
    void aDrainStartedDuringAnOutageWaitsForTheUrlsPendingInTheTopic(@TempDir Path dir) throws Exception {
        try (TestSite site = site(3); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Path sources = sources(dir, site, "PT10M");
            feed(site, 0); // the pages are only in discovered-urls (announced by listing pages, say)
            long down = 0;
            IngestConfig config = config(kafka, sources, "pending.");
            try (IngestService service = new IngestService(config)) {
                service.start();
                try (KafkaIngestOutput announce = new KafkaIngestOutput(kafka.bootstrapServers(), config.topics(),
                        config.producerSettings(), java.time.Duration.ofMillis(200))) {
                    List<newsflow.common.model.DiscoveredUrl> urls = new ArrayList<>();
                    for (int i = 1; i <= 3; i++) {
                        urls.add(new newsflow.common.model.DiscoveredUrl(site.base() + "/a/" + i + ".html", "s",
                                site.base() + "/list.html"));
                    }
                    announce.discovered(urls);
                    announce.flush();
                }
                kafka.stop();
                down = System.nanoTime();
                AtomicReference<Object> result = new AtomicReference<>();
                Thread drain = startDrain(service, result, "drain-pending");
                // longer than the drain's wait for a partition assignment, which no group can give now
                Thread.sleep(IngestService.ASSIGNMENT_WAIT.toMillis() + OUTAGE_MS);
                await(() -> service.brokerWaiting().waiting() || !drain.isAlive(), "the wait reported");
                assertThat(drain.isAlive()).as("drain still waiting for the broker").isTrue();
                assertThat(service.brokerWaiting().waiting()).as("health says waiting").isTrue();
                kafka.restart();
                down = (System.nanoTime() - down) / 1_000_000;
                drain.join(120_000);
                assertThat(result.get()).as("drain result").isInstanceOf(DrainSummary.class);
                assertThat(service.fetched()).isEqualTo(3);
            }
            assertOncePerPage(kafka, site, "pending.", 3, down);
        }
    }

    @Test
    void aBrokerDownAtStartUpIsWaitedFor(@TempDir Path dir) throws Exception {
        try (TestSite site = site(3); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Path sources = sources(dir, site, "PT1S");
            feed(site, 2);
            IngestConfig config = config(kafka, sources, "startup.");
            kafka.stop();
            try (IngestService service = new IngestService(config)) {
                AtomicReference<Throwable> failure = new AtomicReference<>();
                Thread loop = new Thread(() -> {
                    try {
                        service.start();
                        service.follow();
                    } catch (Throwable e) {
                        failure.set(e);
                    }
                }, "start-outage");
                loop.start();
                Thread.sleep(OUTAGE_MS);
                assertThat(failure.get()).as("start-up failure").isNull();
                assertThat(service.brokerWaiting().waiting()).as("health says waiting").isTrue();
                kafka.restart();
                await(() -> service.fetched() == 2 || failure.get() != null, "the two pages fetched");
                assertThat(failure.get()).as("start-up failure").isNull();
                feed(site, 3);
                await(() -> service.fetched() == 3, "the page announced later fetched");
                assertThat(service.brokerWaiting().waiting()).isFalse();
                service.stop();
                loop.join(30_000);
            }
            assertOncePerPage(kafka, site, "startup.", 3, OUTAGE_MS);
        }
    }

    private static TestSite site(int pages) throws java.io.IOException {
        TestSite site = new TestSite();
        site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        for (int i = 1; i <= pages; i++) {
            site.page("/a/" + i + ".html", "text/html", "<p>page " + i + "</p>");
        }
        return site;
    }

    /** (Re)publishes the feed listing pages 1..n. */
    private static void feed(TestSite site, int n) {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            items.append("<item><link>").append(site.base()).append("/a/").append(i).append(".html</link></item>");
        }
        site.page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel>" + items + "</channel></rss>");
    }

    private static Path sources(Path dir, TestSite site, String interval) throws java.io.IOException {
        Path sources = dir.resolve("sources.json");
        Files.writeString(sources, "{\"sources\":[{\"name\":\"s\",\"feeds\":[\"" + site.base()
                + "/feed.xml\"],\"poll_interval\":\"" + interval + "\"}]}", StandardCharsets.UTF_8);
        return sources;
    }

    private static IngestConfig config(EmbeddedKafka kafka, Path sources, String prefix) {
        Map<String, Object> s = new HashMap<>(Map.of(IngestConfig.SOURCES_FILE, sources.toString(),
                IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(), IngestConfig.TOPICS_PREFIX, prefix,
                IngestConfig.ALLOW_LOOPBACK, "true", IngestConfig.PER_HOST_DELAY_MS, "10"));
        s.put(IngestConfig.KAFKA_API_TIMEOUT_MS, Integer.toString(API_TIMEOUT_MS));
        s.put(IngestConfig.PRODUCER_DELIVERY_TIMEOUT_MS, "2000");
        s.put(IngestConfig.PRODUCER_REQUEST_TIMEOUT_MS, "1000");
        s.put(IngestConfig.PRODUCER_MAX_BLOCK_MS, "1000");
        s.put(IngestConfig.PRODUCE_RETRY_BACKOFF_MS, "200");
        s.put(IngestConfig.PRODUCE_RETRY_MAX_BACKOFF_MS, "1000");
        s.put(IngestConfig.STATE_LOAD_TIMEOUT_MS, "60000");
        return IngestConfig.load(null, Map.of(), s);
    }

    private static Thread follow(IngestService service) {
        Thread loop = new Thread(service::follow, "follow-outage");
        loop.start();
        return loop;
    }

    /** Stops the broker for {@link #OUTAGE_MS}, restarts it on the same port and data. */
    private static void outage(EmbeddedKafka kafka) throws Exception {
        kafka.stop();
        Thread.sleep(OUTAGE_MS);
        kafka.restart();
    }

    private static void assertOncePerPage(EmbeddedKafka kafka, TestSite site, String prefix, int pages,
                                          long outageMs) {
        String b = site.base();
        Map<String, Integer> perKey = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : readAll(kafka.bootstrapServers(), prefix + "raw-pages")) {
            perKey.merge(r.key(), 1, Integer::sum);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= pages; i++) {
            expected.add(b + "/a/" + i + ".html");
        }
        List<String> pageRequests = site.requests().stream().filter(p -> p.startsWith("/a/")).toList();
        System.out.printf("%s broker down %d ms (consumer api timeout %d ms): raw-pages records per URL %s, "
                        + "page requests %d, dead letters %d%n", prefix, outageMs, API_TIMEOUT_MS, perKey,
                pageRequests.size(), readAll(kafka.bootstrapServers(), prefix + "dead-letter").size());
        assertThat(perKey).containsOnlyKeys(expected).allSatisfy((url, n) -> assertThat(n).as(url).isEqualTo(1));
        assertThat(readAll(kafka.bootstrapServers(), prefix + "dead-letter")).isEmpty();
        assertThat(pageRequests).hasSize(pages).doesNotHaveDuplicates();
    }

    /** Runs {@code service.runOnce()} on a thread of its own; its summary, or what it threw, goes to {@code result}. */
    private static Thread startDrain(IngestService service, AtomicReference<Object> result, String name) {
        Thread drain = new Thread(() -> {
            try {
                result.set(service.runOnce());
            } catch (RuntimeException | Error e) {
                result.set(e);
            }
        }, name);
        drain.start();
        return drain;
    }
}
