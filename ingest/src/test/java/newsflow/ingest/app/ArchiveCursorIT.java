package newsflow.ingest.app;

import static newsflow.ingest.app.BrokerReads.await;
import static newsflow.ingest.app.BrokerReads.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import newsflow.common.model.DiscoveredUrl;
import newsflow.common.serde.Json;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.ingest.TestSite;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 item 3, the archive cursor through a real broker: three archives of twelve items (an RSS feed listed
 * oldest first with dates, an undated Atom feed, a sitemap with lastmod), four items per poll, whose article pages
 * answer 503 (on another loopback host, so the pause that 503 puts on that host leaves the archives' host alone) so
 * every item handed over stays in flight. Each poll is followed by a restart (a new IngestService on
 * the same broker and topics); the next poll hands over the next four items, and no item is announced twice on the
 * frontier topic.
 */
class ArchiveCursorIT {
    private static final int ITEMS = 12;
    private static final int PER_POLL = 4;

    @Test
    void anArchiveContinuesWhereItStoodAfterEachRestart(@TempDir Path dir) throws Exception {
        try (TestSite site = new TestSite(); TestSite articles = new TestSite(InetAddress.getByName("127.0.0.2"));
             EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Map<String, AtomicBoolean> gates = new ConcurrentHashMap<>();
            serve(site, articles, gates);
            String b = site.base();
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, "{\"sources\":["
                    + "{\"name\":\"rss\",\"feeds\":[\"" + b + "/archive.rss\"],\"poll_interval\":\"PT1S\"},"
                    + "{\"name\":\"atom\",\"feeds\":[\"" + b + "/archive.atom\"],\"poll_interval\":\"PT1S\"},"
                    + "{\"name\":\"map\",\"sitemaps\":[\"" + b + "/sitemap.xml\"],\"poll_interval\":\"PT1S\"}]}",
                    StandardCharsets.UTF_8);
            IngestConfig config = IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE,
                    sources.toString(), IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                    IngestConfig.TOPICS_PREFIX, "ac.", IngestConfig.ALLOW_LOOPBACK, "true",
                    IngestConfig.PER_HOST_DELAY_MS, "5", IngestConfig.FEED_MAX_ITEMS_PER_POLL,
                    String.valueOf(PER_POLL), IngestConfig.MAX_ATTEMPTS, "20",
                    IngestConfig.RETRY_BACKOFF_MS, "600000"));
            String topic = new Topics("ac.").discoveredUrlsName();
            for (int round = 1; round <= ITEMS / PER_POLL; round++) {
                gates.values().forEach(g -> g.set(true)); // each document answers once per round
                int expected = round * PER_POLL;
                try (IngestService service = new IngestService(config)) {
                    service.start();
                    Thread loop = new Thread(service::follow, "archive-round-" + round);
                    loop.start();
                    await(() -> announced(kafka, topic, "/rss/").size() >= expected
                            && announced(kafka, topic, "/atom/").size() >= expected
                            && announced(kafka, topic, "/map/").size() >= expected, "round " + round);
                    service.stop();
                    loop.join(30_000);
                }
                // none twice: without the persisted cursor the restart hands the same in-flight items over again
                for (String kind : List.of("/rss/", "/atom/", "/map/")) {
                    List<Integer> items = announced(kafka, topic, kind);
                    assertThat(items).as(kind + " after round " + round).hasSize(expected).doesNotHaveDuplicates();
                }
            }
            // dated items newest first (the feed lists them oldest first); undated ones in document order
            List<Integer> rss = announced(kafka, topic, "/rss/");
            assertThat(rss.subList(0, PER_POLL)).containsExactlyInAnyOrder(11, 10, 9, 8);
            assertThat(rss.subList(PER_POLL, 2 * PER_POLL)).containsExactlyInAnyOrder(7, 6, 5, 4);
            List<Integer> atom = announced(kafka, topic, "/atom/");
            assertThat(atom.subList(0, PER_POLL)).containsExactlyInAnyOrder(0, 1, 2, 3);
            assertThat(atom.subList(PER_POLL, 2 * PER_POLL)).containsExactlyInAnyOrder(4, 5, 6, 7);
            assertThat(announced(kafka, topic, "/map/")).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
                    10, 11);
        }
    }

    /** Item numbers of the frontier records whose URL contains {@code kind}, in topic order per partition. */
    private static List<Integer> announced(EmbeddedKafka kafka, String topic, String kind) {
        List<Integer> out = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : readAll(kafka.bootstrapServers(), topic)) {
            try {
                String url = Json.mapper().readValue(r.value(), DiscoveredUrl.class).url();
                if (url.contains(kind)) {
                    out.add(Integer.parseInt(url.replaceAll(".*/(\\d+)\\.html$", "$1")));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The three archives on {@code site}; each answers 404 after its first request of a round (a 503 would pause the host). */
    private static void serve(TestSite site, TestSite articles, Map<String, AtomicBoolean> gates) {
        String a = articles.base();
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>R</title>");
        StringBuilder atom = new StringBuilder("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title>");
        StringBuilder map = new StringBuilder("<?xml version=\"1.0\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < ITEMS; i++) {
            rss.append("<item><title>r").append(i).append("</title><link>").append(a).append("/rss/").append(i)
                    .append(".html</link><pubDate>").append(String.format(Locale.ROOT, "%02d Mar 2024 08:00:00 GMT",
                            i + 1)).append("</pubDate></item>");
            atom.append("<entry><title>a").append(i).append("</title><link href=\"").append(a).append("/atom/")
                    .append(i).append(".html\"/></entry>");
            map.append("<url><loc>").append(a).append("/map/").append(i).append(".html</loc></url>");
            for (String kind : List.of("/rss/", "/atom/", "/map/")) {
                articles.on(kind + i + ".html", ex -> TestSite.respond(ex, 503, "text/plain",
                        "busy".getBytes(StandardCharsets.UTF_8)));
            }
        }
        gated(site, gates, "/archive.rss", "application/rss+xml", rss.append("</channel></rss>").toString());
        gated(site, gates, "/archive.atom", "application/atom+xml", atom.append("</feed>").toString());
        gated(site, gates, "/sitemap.xml", "application/xml", map.append("</urlset>").toString());
    }

    private static void gated(TestSite site, Map<String, AtomicBoolean> gates, String path, String type,
                              String body) {
        AtomicBoolean gate = new AtomicBoolean();
        gates.put(path, gate);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        site.on(path, ex -> TestSite.respond(ex, gate.getAndSet(false) ? 200 : 404, type, bytes));
    }
}
