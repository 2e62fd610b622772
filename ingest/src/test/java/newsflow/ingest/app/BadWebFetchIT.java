package newsflow.ingest.app;

import static newsflow.ingest.app.BrokerReads.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.FeedStatus;
import newsflow.common.model.RawPage;
import newsflow.common.serde.Json;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.ingest.TestSite;
import newsflow.ingest.fetch.Codings;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, items 1 and 6, through a real in-process broker and a loopback "bad web" site: pages, feeds, sitemaps
 * and robots.txt sent with a content coding (gzip, zlib and raw deflate, brotli) land on raw-pages as decoded text;
 * decompression bombs stop at the cap (a binary one dead-lettered {@code body-too-large}, a text one stored cut);
 * gzipped sitemaps and feeds are read whatever their Content-Type; text pages over the cap are stored cut with
 * {@code truncated=true}, binary ones dead-lettered.
 */
class BadWebFetchIT {
    private static final String ARABIC = "\u0623\u063a\u0644\u0642\u062a \u0627\u0644\u0641\u064a\u0636\u0627\u0646"
            + "\u0627\u062a \u0627\u0644\u0637\u0631\u064a\u0642 \u0627\u0644\u0633\u0627\u062d\u0644\u064a";
    private static final String FRENCH = "Les crues ont ferm\u00e9 la route c\u00f4ti\u00e8re, d\u00e9j\u00e0 fragilis\u00e9e.";
    private static final int MIB = 1 << 20;

    @TempDir
    static Path dir;
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    private static void serve(HttpExchange ex, String type, String coding, byte[] wire) throws IOException {
        if (coding != null) {
            ex.getResponseHeaders().set("Content-Encoding", coding);
        }
        try {
            TestSite.respond(ex, 200, type, wire);
        } catch (IOException abandonedByTheClient) {
            // a body past the cap is not read to its end
        }
    }

    private static byte[] html(String lang, String text, Charset cs) {
        return ("<html lang=\"" + lang + "\"><head><title>" + lang + "</title></head><body><article><p>" + text
                + "</p></article></body></html>").getBytes(cs);
    }

    @Test
    void compressedPagesArriveDecodedAndBombsStopAtTheCap() throws Exception {
        try (TestSite site = new TestSite()) {
            String b = site.base();
            site.on("/robots.txt", ex -> serve(ex, "text/plain", "gzip",
                    Codings.gzip("User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8))));
            Charset cp1256 = Charset.forName("windows-1256");
            site.on("/en.html", ex -> serve(ex, "text/html; charset=utf-8", "gzip",
                    Codings.gzip(html("en", "Flooding closed the coastal road.", StandardCharsets.UTF_8))));
            site.on("/ar.html", ex -> serve(ex, "text/html; charset=windows-1256", "gzip",
                    Codings.gzip(html("ar", ARABIC, cp1256))));
            site.on("/fr.html", ex -> serve(ex, "text/html; charset=iso-8859-1", "gzip",
                    Codings.gzip(html("fr", FRENCH, StandardCharsets.ISO_8859_1))));
            site.on("/fr-zlib.html", ex -> serve(ex, "text/html; charset=iso-8859-1", "deflate",
                    Codings.deflate(html("fr", FRENCH, StandardCharsets.ISO_8859_1), false)));
            site.on("/ar-raw.html", ex -> serve(ex, "text/html; charset=windows-1256", "deflate",
                    Codings.deflate(html("ar", ARABIC, cp1256), true)));
            site.on("/en-br.html", ex -> serve(ex, "text/html", "br",
                    Codings.brotli(html("en", "Brotli-coded report.", StandardCharsets.UTF_8))));
            site.on("/private/secret.html", ex -> serve(ex, "text/html", "gzip",
                    Codings.gzip(html("en", "secret", StandardCharsets.UTF_8))));
            byte[] zeros = Codings.bomb(64L * MIB, (byte) 0, true);
            byte[] text = Codings.bomb(64L * MIB, (byte) 'a', true);
            site.on("/bomb-zeros.html", ex -> serve(ex, "text/html", "gzip", zeros));
            site.on("/bomb.png", ex -> serve(ex, "image/png", "gzip", zeros));
            site.on("/bomb-deflate", ex -> serve(ex, null, "deflate", Codings.bomb(64L * MIB, (byte) 0, false)));
            site.on("/bomb-text.html", ex -> serve(ex, "text/html", "gzip", text));
            List<String> paths = List.of("/en.html", "/ar.html", "/fr.html", "/fr-zlib.html", "/ar-raw.html",
                    "/en-br.html", "/private/secret.html", "/bomb-zeros.html", "/bomb.png", "/bomb-deflate",
                    "/bomb-text.html");
            StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title>");
            paths.forEach(p -> rss.append("<item><link>").append(b).append(p).append("</link></item>"));
            byte[] feed = rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
            site.on("/feed.xml", ex -> serve(ex, "application/rss+xml", "gzip", Codings.gzip(feed)));

            Drained d = drain(site, "coding.", "\"feeds\":[\"" + b + "/feed.xml\"]", Map.of(
                    IngestConfig.MAX_BODY_BYTES, Integer.toString(MIB)));

            assertThat(d.summary.feedsPolled()).isEqualTo(1);
            assertThat(d.pages).containsOnlyKeys(b + "/en.html", b + "/ar.html", b + "/fr.html",
                    b + "/fr-zlib.html", b + "/ar-raw.html", b + "/en-br.html", b + "/bomb-text.html");
            assertThat(d.pages.get(b + "/ar.html").html()).contains(ARABIC);
            assertThat(d.pages.get(b + "/ar-raw.html").html()).contains(ARABIC);
            assertThat(d.pages.get(b + "/fr.html").html()).contains(FRENCH);
            assertThat(d.pages.get(b + "/fr-zlib.html").html()).contains(FRENCH);
            assertThat(d.pages.get(b + "/en.html").html()).contains("Flooding closed the coastal road.");
            assertThat(d.pages.get(b + "/en-br.html").html()).contains("Brotli-coded report.");
            d.pages.values().forEach(p -> assertThat(p.html()).as(p.url()).doesNotContain("\uFFFD"));
            d.pages.values().stream().filter(p -> !p.url().contains("bomb"))
                    .forEach(p -> assertThat(p.truncated()).as(p.url()).isFalse());
            RawPage cut = d.pages.get(b + "/bomb-text.html");
            assertThat(cut.truncated()).isTrue();
            assertThat(cut.html()).hasSize(MIB);
            assertThat(d.deadLetters).containsEntry(b + "/private/secret.html", "robots-disallowed")
                    .containsEntry(b + "/bomb-zeros.html", "body-too-large")
                    .containsEntry(b + "/bomb.png", "body-too-large")
                    .containsEntry(b + "/bomb-deflate", "body-too-large").hasSize(4);
            assertThat(site.requestHeaders()).allSatisfy(h -> assertThat(h.get("accept-encoding"))
                    .isEqualTo("gzip, deflate, br"));
            assertThat(site.requests()).doesNotContain("/private/secret.html");
        }
    }

    @Test
    void gzippedSitemapsAndFeedsAreReadWhateverTheirContentType() throws Exception {
        try (TestSite site = new TestSite()) {
            String b = site.base();
            site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            String[][] variants = {{"/s1.xml.gz", "application/xml", null}, {"/s2.xml.gz", "application/x-gzip", null},
                {"/s3.xml.gz", "application/octet-stream", null}, {"/s4.xml.gz", "application/xml", "gzip"},
                {"/s5.xml", "text/xml", "gzip-twice"}};
            StringBuilder sitemaps = new StringBuilder();
            for (String[] v : variants) {
                String page = "/page" + v[0].replaceAll("\\D", "") + ".html";
                site.page(page, "text/html", "<p>" + page + "</p>");
                byte[] file = Codings.gzip(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/"
                        + "schemas/sitemap/0.9\"><url><loc>" + b + page + "</loc></url></urlset>")
                        .getBytes(StandardCharsets.UTF_8));
                boolean twice = "gzip-twice".equals(v[2]);
                site.on(v[0], ex -> serve(ex, v[1], twice ? "gzip" : v[2], twice ? Codings.gzip(file) : file));
                sitemaps.append(sitemaps.length() == 0 ? "" : ",").append('"').append(b).append(v[0]).append('"');
            }
            site.page("/page6.html", "text/html", "<p>from the feed</p>");
            byte[] feed = Codings.gzip(("<rss version=\"2.0\"><channel><title>t</title><item><link>" + b
                    + "/page6.html</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
            site.on("/feed.rss.gz", ex -> serve(ex, "application/rss+xml", null, feed));
            byte[] bomb = Codings.bomb(64L * MIB, (byte) '<', true);
            site.on("/bomb-feed.xml", ex -> serve(ex, "application/rss+xml", "gzip", bomb));
            site.on("/bomb-sitemap.xml.gz", ex -> serve(ex, "application/octet-stream", null, bomb));
            site.on("/bomb-feed-deflate.xml", ex -> serve(ex, "application/atom+xml", "deflate",
                    Codings.bomb(64L * MIB, (byte) ' ', false)));

            Drained d = drain(site, "gz.", "\"feeds\":[\"" + b + "/feed.rss.gz\",\"" + b + "/bomb-feed.xml\",\"" + b
                    + "/bomb-feed-deflate.xml\"],\"sitemaps\":[" + sitemaps + ",\"" + b + "/bomb-sitemap.xml.gz\"]",
                    Map.of(IngestConfig.MAX_FEED_BYTES, Integer.toString(2 * MIB)));

            assertThat(d.pages).containsOnlyKeys(b + "/page1.html", b + "/page2.html", b + "/page3.html",
                    b + "/page4.html", b + "/page5.html", b + "/page6.html");
            assertThat(d.summary.feedsPolled()).isEqualTo(6);
            assertThat(d.summary.feedErrors()).isEqualTo(3);
            for (String bad : List.of("/bomb-feed.xml", "/bomb-sitemap.xml.gz", "/bomb-feed-deflate.xml")) {
                assertThat(d.status.get(b + bad).lastErrorKind()).as(bad).isEqualTo("body-too-large");
            }
            assertThat(d.deadLetters).isEmpty();
        }
    }

    @Test
    void textPagesOverTheCapAreStoredCutAndBinaryOnesDeadLettered() throws Exception {
        try (TestSite site = new TestSite()) {
            String b = site.base();
            site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            byte[] en = bigPage("en", "The council met again on Thursday. ", StandardCharsets.UTF_8);
            byte[] ar = bigPage("ar", ARABIC + ". ", Charset.forName("windows-1256"));
            site.on("/big-en.html", ex -> serve(ex, "text/html; charset=utf-8", null, en));
            site.on("/big-chunked.html", ex -> {
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    for (int off = 0; off < en.length; off += 64 * 1024) {
                        out.write(en, off, Math.min(64 * 1024, en.length - off));
                    }
                } catch (IOException abandonedByTheClient) {
                    // read up to the cap only
                }
            });
            byte[] enGzip = Codings.gzip(en);
            site.on("/big-gzip.html", ex -> serve(ex, "text/html", "gzip", enGzip));
            site.on("/big-ar.html", ex -> serve(ex, "text/html; charset=windows-1256", null, ar));
            byte[] noise = new byte[6 * MIB];
            new Random(12).nextBytes(noise);
            site.on("/big.png", ex -> serve(ex, "image/png", null, noise));
            site.on("/big.zip", ex -> serve(ex, "application/octet-stream", null, noise));
            byte[] nuls = new byte[6 * MIB];
            site.on("/big-untyped", ex -> serve(ex, null, null, nuls));
            site.page("/small.html", "text/html", "<p>small</p>");
            List<String> paths = List.of("/big-en.html", "/big-chunked.html", "/big-gzip.html", "/big-ar.html",
                    "/big.png", "/big.zip", "/big-untyped", "/small.html");
            StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title>");
            paths.forEach(p -> rss.append("<item><link>").append(b).append(p).append("</link></item>"));
            site.page("/feed.xml", "application/rss+xml", rss.append("</channel></rss>").toString());

            Drained d = drain(site, "large.", "\"feeds\":[\"" + b + "/feed.xml\"]", Map.of(
                    IngestConfig.MAX_BODY_BYTES, Integer.toString(5 * MIB)));

            assertThat(d.pages).containsOnlyKeys(b + "/big-en.html", b + "/big-chunked.html", b + "/big-gzip.html",
                    b + "/big-ar.html", b + "/small.html");
            for (String p : List.of("/big-en.html", "/big-chunked.html", "/big-gzip.html")) {
                RawPage page = d.pages.get(b + p);
                assertThat(page.truncated()).as(p).isTrue();
                assertThat(page.html()).as(p).hasSize(5 * MIB).startsWith("<html lang=\"en\">");
            }
            RawPage arabic = d.pages.get(b + "/big-ar.html"); // 5 MiB of windows-1256: twice that in UTF-8
            assertThat(arabic.truncated()).isTrue();
            assertThat(arabic.html()).contains(ARABIC).doesNotContain("\uFFFD");
            assertThat(Json.mapper().writeValueAsBytes(arabic).length).isLessThan(Topics.MAX_MESSAGE_BYTES);
            assertThat(d.pages.get(b + "/small.html").truncated()).isFalse();
            assertThat(d.deadLetters).containsOnly(Map.entry(b + "/big.png", "body-too-large"),
                    Map.entry(b + "/big.zip", "body-too-large"), Map.entry(b + "/big-untyped", "body-too-large"));
        }
    }

    private static byte[] bigPage(String lang, String sentence, Charset cs) {
        StringBuilder sb = new StringBuilder("<html lang=\"" + lang + "\"><body><article>");
        while (sb.length() < 6 * MIB) {
            sb.append("<p>").append(sentence).append("</p>\n");
        }
        return sb.append("</article></body></html>").toString().getBytes(cs);
    }

    /** What a drain left on the topics. */
    private record Drained(DrainSummary summary, Map<String, RawPage> pages, Map<String, String> deadLetters,
                           Map<String, FeedStatus> status) {
    }

    private static Drained drain(TestSite site, String prefix, String sourceLists, Map<String, String> extra)
            throws Exception {
        Topics topics = new Topics(prefix);
        kafka.createTopics(topics.all(List.of()), 1);
        Path sources = dir.resolve(prefix + "sources.json");
        Files.writeString(sources, "{\"sources\":[{\"name\":\"bad-web\"," + sourceLists
                + ",\"poll_interval\":\"PT1H\"}]}", StandardCharsets.UTF_8);
        Map<String, Object> overrides = new HashMap<>(Map.of(IngestConfig.SOURCES_FILE, sources.toString(),
                IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(), IngestConfig.TOPICS_PREFIX, prefix,
                IngestConfig.ALLOW_LOOPBACK, "true", IngestConfig.PER_HOST_DELAY_MS, "0",
                IngestConfig.USER_AGENT, "newsbot/1.0 (+https://example.org/bot)"));
        overrides.putAll(extra);
        DrainSummary summary;
        try (IngestService service = new IngestService(IngestConfig.load(null, Map.of(), overrides))) {
            service.start();
            summary = service.runOnce();
        }
        Map<String, RawPage> pages = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : readAll(kafka.bootstrapServers(), topics.rawPages().name())) {
            pages.put(r.key(), Json.mapper().readValue(r.value(), RawPage.class));
        }
        Map<String, String> dead = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : readAll(kafka.bootstrapServers(), topics.deadLetter().name())) {
            dead.put(r.key(), Json.mapper().readValue(r.value(), DeadLetter.class).reason());
        }
        Map<String, FeedStatus> status = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : readAll(kafka.bootstrapServers(), topics.sourceStatus().name())) {
            status.put(r.key(), Json.mapper().readValue(r.value(), FeedStatus.class));
        }
        return new Drained(summary, pages, dead, status);
    }
}
