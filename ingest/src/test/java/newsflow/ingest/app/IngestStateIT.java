package newsflow.ingest.app;

import static newsflow.ingest.app.BrokerReads.await;
import static newsflow.ingest.app.BrokerReads.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import newsflow.common.model.DeadLetter;
import newsflow.common.serde.Json;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.ingest.RedirectWalls;
import newsflow.ingest.TestSite;
import newsflow.ingest.state.FetchState;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest state in Kafka and consent redirects (issue 12 items 5 and 7), through a real in-process broker and
 * loopback sites: a new IngestService on the same broker (a restart) polls the feed conditionally, continues a
 * page's retry count and keeps a host's Retry-After pause; a feed's poll interval adapts, as the fetch-state
 * records of its polls show; redirect loops, a consent host, an over-long chain and a cookie gate are retried and
 * the first three dead-lettered with their chain.
 */
class IngestStateIT {
    /** Writes the sources file and returns the configuration of an instance on the test broker and topics. */
    private static IngestConfig config(EmbeddedKafka kafka, Path dir, String sourcesJson, String prefix,
                                       String... more) throws java.io.IOException {
        Path sources = dir.resolve("sources.json");
        Files.writeString(sources, sourcesJson, StandardCharsets.UTF_8);
        Map<String, Object> m = new HashMap<>(Map.of(IngestConfig.SOURCES_FILE, sources.toString(),
                IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(), IngestConfig.TOPICS_PREFIX, prefix,
                IngestConfig.ALLOW_LOOPBACK, "true", IngestConfig.PER_HOST_DELAY_MS, "10"));
        for (int i = 0; i < more.length; i += 2) {
            m.put(more[i], more[i + 1]);
        }
        return IngestConfig.load(null, Map.of(), m);
    }

    /** Runs an instance in follow mode until {@code done}, then stops it. */
    private static void followUntil(IngestConfig config, Predicate<IngestService> done, String what)
            throws Exception {
        try (IngestService service = new IngestService(config)) {
            service.start();
            Thread loop = new Thread(service::follow, "follow-" + what);
            loop.start();
            await(() -> done.test(service), what);
            service.stop();
            loop.join(30_000);
        }
    }

    private static List<FetchState> states(EmbeddedKafka kafka, String prefix, String key) throws Exception {
        List<FetchState> out = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : readAll(kafka.bootstrapServers(), prefix + "fetch-state")) {
            if (key.equals(r.key()) && r.value() != null) {
                out.add(Json.mapper().readValue(r.value(), FetchState.class));
            }
        }
        return out;
    }

    /**
     * Serves a feed linking {@code paths} on {@code site}, then drains it once with three attempts, a 100 ms
     * backoff and five redirects at most.
     */
    static DrainSummary drainFeedOnce(EmbeddedKafka kafka, Path dir, TestSite site, String prefix, String... paths)
            throws Exception {
        StringBuilder items = new StringBuilder();
        for (String p : paths) {
            items.append("<item><link>").append(site.base()).append(p).append("</link></item>");
        }
        site.page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel>" + items
                + "</channel></rss>");
        IngestConfig config = config(kafka, dir, "{\"sources\":[{\"name\":\"s\",\"feeds\":[\"" + site.base()
                + "/feed.xml\"]}]}", prefix, IngestConfig.MAX_ATTEMPTS, "3", IngestConfig.RETRY_BACKOFF_MS, "100",
                IngestConfig.MAX_REDIRECTS, "5");
        try (IngestService service = new IngestService(config)) {
            service.start();
            return service.runOnce();
        }
    }

    static List<DeadLetter> deadLetters(EmbeddedKafka kafka, String prefix) throws Exception {
        List<DeadLetter> out = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : readAll(kafka.bootstrapServers(), prefix + "dead-letter")) {
            out.add(Json.mapper().readValue(r.value(), DeadLetter.class));
        }
        return out;
    }

    @Test
    void aRestartPollsConditionallyContinuesRetryCountsAndKeepsHostPauses(@TempDir Path dir) throws Exception {
        try (StatefulSite s = new StatefulSite(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            IngestConfig config = config(kafka, dir, s.sources("PT10M"), "st.", IngestConfig.MAX_ATTEMPTS, "3",
                    IngestConfig.RETRY_BACKOFF_MS, "4000");
            followUntil(config, s::firstRound, "the first round");
            assertThat(s.conditional).containsExactly("null | null");
            DrainSummary second;
            try (IngestService restarted = new IngestService(config)) {
                restarted.start();
                second = restarted.runOnce();
                assertThat(restarted.notModified()).as("the feed answered 304").isEqualTo(1);
            }
            assertThat(s.conditional).containsExactly("null | null",
                    "\"feed-v1\" | Wed, 06 Mar 2024 11:00:00 GMT");
            assertThat(second.fetched()).isEqualTo(2);
            s.assertHandedOver(kafka, "st.");
        }
    }

    @Test
    void aRebalanceHandsTheStateToTheHostsNewOwner(@TempDir Path dir) throws Exception {
        try (StatefulSite s = new StatefulSite(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            IngestConfig config = config(kafka, dir, s.sources("PT2S"), "rb.", IngestConfig.MAX_ATTEMPTS, "3",
                    IngestConfig.RETRY_BACKOFF_MS, "4000");
            IngestService first = new IngestService(config);
            try (IngestService second = new IngestService(config)) {
                try {
                    first.start();
                    Thread firstLoop = new Thread(first::follow, "first-owner");
                    firstLoop.start();
                    await(() -> s.firstRound(first), "the first owner's first round");
                    second.start();
                    Thread secondLoop = new Thread(second::follow, "second-owner");
                    secondLoop.start();
                    first.stop();
                    firstLoop.join(30_000);
                } finally {
                    first.close(); // leaves the group: its one partition, and the hosts, move to the second
                }
                await(() -> second.assignedPartitions() == 1, "the second instance owns the hosts");
                await(() -> s.finished() && second.notModified() >= 1, "every page done, the feed polled again");
                second.stop();
            }
            assertThat(s.conditional.subList(1, s.conditional.size()))
                    .allMatch(c -> c.equals("\"feed-v1\" | Wed, 06 Mar 2024 11:00:00 GMT"));
            s.assertHandedOver(kafka, "rb.");
        }
    }

    @Test
    void aFeedsPollIntervalShrinksWithNewsGrowsWithoutAndHonoursMaxAge(@TempDir Path dir) throws Exception {
        try (TestSite site = new TestSite(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String b = site.base();
            site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            AtomicInteger busyPolls = new AtomicInteger();
            site.on("/busy.xml", ex -> { // a new item at each of the first three polls, then none
                int n = Math.min(busyPolls.incrementAndGet(), 3);
                StringBuilder items = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    items.append("<item><link>").append(b).append("/busy/").append(i).append(".html</link></item>");
                }
                TestSite.respond(ex, 200, "application/rss+xml", ("<rss version=\"2.0\"><channel>" + items
                        + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
            });
            AtomicInteger cachedPolls = new AtomicInteger();
            site.on("/cached.xml", ex -> { // always news, but fresh for 2 s
                int n = cachedPolls.incrementAndGet();
                ex.getResponseHeaders().set("Cache-Control", "public, max-age=2");
                TestSite.respond(ex, 200, "application/rss+xml", ("<rss version=\"2.0\"><channel><item><link>" + b
                        + "/cached/" + n + ".html</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
            });
            for (String p : new String[] {"/busy/", "/cached/"}) {
                for (int i = 1; i <= 20; i++) {
                    site.page(p + i + ".html", "text/html", "<p>" + p + i + "</p>");
                }
            }
            IngestConfig config = config(kafka, dir, "{\"sources\":[{\"name\":\"s\",\"feeds\":[\"" + b
                    + "/busy.xml\",\"" + b + "/cached.xml\"],\"poll_interval\":\"PT1S\"}]}", "ad.",
                    IngestConfig.POLL_INTERVAL_MIN_MS, "250", IngestConfig.POLL_INTERVAL_MAX_MS, "4000");
            followUntil(config, service -> busyPolls.get() >= 6 && cachedPolls.get() >= 3,
                    "six polls of one feed, three of the other");
            List<Long> busy = states(kafka, "ad.", FetchState.documentKey(b + "/busy.xml")).stream()
                    .map(FetchState::intervalMs).toList();
            // news at each of the first three polls: 1 s halved to 500 ms, then to the 250 ms minimum;
            // then no news: 1.5 times longer at each poll
            assertThat(busy.subList(0, 5)).containsExactly(500L, 250L, 250L, 375L, 562L);
            List<Long> cached = states(kafka, "ad.", FetchState.documentKey(b + "/cached.xml")).stream()
                    .map(FetchState::intervalMs).toList();
            assertThat(cached).isNotEmpty().allMatch(ms -> ms == 2000L);
        }
    }

    @Test
    void consentWallsLoopsAndLongChainsAreRetriedThenDeadLetteredWithTheirChain(@TempDir Path dir)
            throws Exception {
        try (TestSite site = new TestSite(); TestSite wall = new TestSite(InetAddress.getByName("127.0.0.2"));
             EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String b = site.base();
            site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            RedirectWalls.loop(site, "/loop/a", "/loop/b");
            RedirectWalls.consentHost(site, wall, "/world/story.html");
            RedirectWalls.chain(site, "/hop/", 10);
            AtomicInteger gate = RedirectWalls.loopOnce(site, "/gate/article.html");
            DrainSummary run = drainFeedOnce(kafka, dir, site, "cr.", "/loop/a", "/world/story.html", "/hop/0",
                    "/gate/article.html");
            assertThat(run.fetched()).as("the cookie gate let the second round in").isEqualTo(1);
            assertThat(gate.get()).isEqualTo(2);
            Map<String, String> details = new HashMap<>();
            for (DeadLetter d : deadLetters(kafka, "cr.")) {
                assertThat(d.reason()).isEqualTo("retries-exhausted");
                details.put(d.url(), d.detail());
            }
            assertThat(details).containsOnlyKeys(b + "/loop/a", b + "/world/story.html", b + "/hop/0");
            assertThat(details.get(b + "/loop/a")).startsWith("redirect-loop after 3 attempts")
                    .contains(b + "/loop/b -302-> " + b + "/loop/a");
            assertThat(details.get(b + "/world/story.html")).startsWith("consent-redirect after 3 attempts")
                    .contains(wall.base() + "/consent/ml?continue=");
            assertThat(details.get(b + "/hop/0")).startsWith("too-many-redirects after 3 attempts")
                    .contains(b + "/hop/5 -302-> " + b + "/hop/6");
            assertThat(site.requests()).filteredOn("/loop/a"::equals).hasSize(3);
            assertThat(site.requests()).doesNotContain("/hop/7");
        }
    }
}
