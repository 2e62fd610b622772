package newsflow.ingest.app;

import static newsflow.ingest.app.BrokerReads.header;
import static newsflow.ingest.app.BrokerReads.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.DeadLetterHeaders;
import newsflow.common.model.RawPage;
import newsflow.common.serde.Json;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.ingest.TestSite;
import newsflow.ingest.charset.Samples;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 item 2 through a real broker: a loopback "bad web" site serves pages in legacy charsets declared late
 * in the head, in the header against their meta, not at all, behind a byte-order mark, and bodies that no charset
 * decodes. The raw-pages records must hold the right text with {@code charset_source} and
 * {@code encoding_uncertain}; the undecodable must be dead-lettered, never produced.
 */
class CharsetIngestIT {
    private record Served(String path, String contentType, byte[] body) {
    }

    @Test
    void pagesAreDecodedAsBrowsersDoAndTheUndecodableAreDeadLettered(@TempDir Path dir) throws Exception {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        String french = Samples.FRENCH.replace('’', '\'').replace('œ', 'o'); // ISO-8859-1 has neither
        List<Served> served = List.of(
                new Served("/ar/late-meta.html", "text/html", Samples.page(Samples.script(20_000)
                        + "<meta charset=\"windows-1256\">", "t", Samples.ARABIC).getBytes(Samples.CP1256)),
                new Served("/fr/after-css.html", "text/html", Samples.page(Samples.style(2_500)
                        + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", "t",
                        french).getBytes(latin1)),
                new Served("/ru/header-wins.html", "text/html; charset=windows-1251",
                        Samples.page("<meta charset=\"windows-1252\">", "t", Samples.RUSSIAN)
                                .getBytes(Samples.CP1251)),
                new Served("/ja/undeclared.html", "text/html", Samples.page("", "t", Samples.JAPANESE)
                        .getBytes(Samples.SJIS)),
                new Served("/ar/undeclared.html", null, Samples.page("", "t", Samples.ARABIC)
                        .getBytes(Samples.CP1256)),
                new Served("/zh/utf16.html", "text/html; charset=gbk", withBom(Samples.page("", "t",
                        Samples.CHINESE))),
                new Served("/bin/random.html", "text/html; charset=utf-8", random(6_000, 7)),
                new Served("/bin/png.html", null, png()),
                new Served("/bin/iso-2022-kr.html", "text/html; charset=ISO-2022-KR",
                        "<html><body><p>\u001b$)C annyeong</p></body></html>".getBytes(StandardCharsets.US_ASCII)));

        try (TestSite site = new TestSite(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String b = site.base();
            site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\"?>"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
            for (Served s : served) {
                site.on(s.path(), ex -> TestSite.respond(ex, 200, s.contentType(), s.body()));
                sitemap.append("<url><loc>").append(b).append(s.path()).append("</loc></url>");
            }
            site.page("/sitemap.xml", "application/xml", sitemap.append("</urlset>").toString());

            Topics topics = new Topics("cs.");
            Map<String, Map<String, String>> all = new HashMap<>();
            all.put(topics.rawPages().name(), topics.rawPages().topicConfig());
            all.put(topics.deadLetter().name(), topics.deadLetter().topicConfig());
            all.putAll(topics.stateTopicConfigs());
            kafka.createTopics(all, 1);
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, "{\"sources\":[{\"name\":\"bad-web\",\"sitemaps\":[\"" + b
                    + "/sitemap.xml\"]}]}", StandardCharsets.UTF_8);
            IngestConfig config = TestFetching.loopbackConfig(sources, kafka.bootstrapServers(), "cs.");
            DrainSummary summary;
            try (IngestService service = new IngestService(config)) {
                service.start();
                summary = service.runOnce();
            }
            assertThat(summary.fetched()).isEqualTo(6);
            assertThat(summary.deadLettered()).isEqualTo(3);

            Map<String, RawPage> pages = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : readAll(kafka.bootstrapServers(), topics.rawPages().name())) {
                pages.put(r.key().substring(b.length()), Json.mapper().readValue(r.value(), RawPage.class));
                assertThat(new String(r.value(), StandardCharsets.UTF_8)).contains("\"charset_source\":");
            }
            assertThat(pages).containsOnlyKeys("/ar/late-meta.html", "/fr/after-css.html", "/ru/header-wins.html",
                    "/ja/undeclared.html", "/ar/undeclared.html", "/zh/utf16.html");
            expect(pages.get("/ar/late-meta.html"), Samples.ARABIC, "windows-1256", "meta", false);
            expect(pages.get("/fr/after-css.html"), french, "windows-1252", "meta", false);
            expect(pages.get("/ru/header-wins.html"), Samples.RUSSIAN, "windows-1251", "header", false);
            expect(pages.get("/ja/undeclared.html"), Samples.JAPANESE, null, "detector", true);
            expect(pages.get("/ar/undeclared.html"), Samples.ARABIC, null, "detector", true);
            expect(pages.get("/zh/utf16.html"), Samples.CHINESE, "UTF-16LE", "bom", false);

            List<ConsumerRecord<String, byte[]>> dead = readAll(kafka.bootstrapServers(), topics.deadLetter().name());
            assertThat(dead).hasSize(3);
            for (ConsumerRecord<String, byte[]> r : dead) {
                DeadLetter d = Json.mapper().readValue(r.value(), DeadLetter.class);
                assertThat(d.reason()).isEqualTo("undecodable");
                assertThat(d.stage()).isEqualTo("fetch");
                assertThat(d.source()).isEqualTo("bad-web");
                assertThat(d.detail()).contains("charset_source", "bytes", "first bytes");
                assertThat(header(r, DeadLetterHeaders.EXCEPTION_CLASS)).isEqualTo("undecodable");
                assertThat(header(r, DeadLetterHeaders.URL)).startsWith(b + "/bin/");
            }
        }
    }

    private static void expect(RawPage page, String text, String charset, String source, boolean uncertain) {
        assertThat(page.html()).contains(text).doesNotContain("\uFFFD");
        if (charset != null) {
            assertThat(page.charset()).isEqualTo(charset);
        }
        assertThat(page.charsetSource()).isEqualTo(source);
        assertThat(page.encodingUncertain()).isEqualTo(uncertain);
    }

    private static byte[] withBom(String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    private static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] png() {
        byte[] b = random(4_000, 11);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }
}
