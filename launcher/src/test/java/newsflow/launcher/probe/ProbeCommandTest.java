package newsflow.launcher.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsflow.common.serde.Json;
import newsflow.launcher.demo.site.DemoCatalog;
import newsflow.launcher.demo.site.DemoPage;
import newsflow.launcher.demo.site.DemoSite;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code newsflow probe} against the bundled demo site on loopback: its RSS feed, its sitemap, its windows-1256
 * Arabic page (by URL and as a saved file) and a page robots.txt disallows; the summary's values are checked
 * against the site's catalogue.
 */
class ProbeCommandTest {
    @AutoClose
    private static final DemoSite site = DemoSite.start();

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new ProbeCommand());
        cli.setOut(new PrintWriter(out));
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        assertThat(code).as("exit code; stderr: %s", err).isZero();
        return out.toString();
    }

    private static JsonNode json(String target) throws Exception {
        return Json.mapper().readTree(run("--json", "--allow-loopback", target));
    }

    private static DemoPage arabic1256() {
        return site.catalog().pages().stream().filter(p -> "windows-1256".equals(p.charset())).findFirst()
                .orElseThrow();
    }

    @Test
    void theRssFeedListsEveryAnnouncedPageWithItsDate() throws Exception {
        JsonNode r = json(site.rssUrl());
        assertThat(r.path("kind").asText()).isEqualTo("feed");
        assertThat(r.path("fetch").path("status").asInt()).isEqualTo(200);
        assertThat(r.path("fetch").path("robots").path("verdict").asText()).isEqualTo("allowed");
        assertThat(r.path("fetch").path("content_coding").asText()).isEqualTo("identity");
        assertThat(r.path("encoding").path("charset").asText()).isEqualTo("UTF-8");
        assertThat(r.path("feed").path("format").asText()).isEqualTo("rss2.0");
        assertThat(r.path("poll").path("interval").asText()).isEqualTo("PT5M");
        assertThat(r.path("poll").path("next").asText()).isEqualTo("PT2M30S"); // every item new: halved
        Map<String, Instant> expected = new HashMap<>();
        for (DemoPage p : site.catalog().pages()) {
            if (p.announcedIn(DemoPage.RSS)) {
                expected.put(site.baseUrl() + p.path(), p.publishedAt().toInstant());
            }
        }
        Map<String, Instant> items = new HashMap<>();
        for (JsonNode item : r.path("feed").path("items")) {
            items.put(item.path("url").asText(), OffsetDateTime.parse(item.path("published").asText()).toInstant());
            boolean disallowed = site.disallowedUrls().contains(item.path("url").asText());
            assertThat(item.path("robots").asText()).isEqualTo(disallowed ? "disallowed" : "allowed");
        }
        assertThat(items).isEqualTo(expected);
        assertThat(site.disallowedUrls()).anyMatch(items::containsKey); // the feed announces the draft
    }

    @Test
    void theSitemapListsItsUrlsWithTheirDates() throws Exception {
        JsonNode r = json(site.sitemapUrl());
        assertThat(r.path("kind").asText()).isEqualTo("sitemap");
        List<String> expected = site.catalog().pages().stream().filter(p -> p.announcedIn(DemoPage.SITEMAP))
                .map(p -> site.baseUrl() + p.path()).toList();
        List<String> urls = new java.util.ArrayList<>();
        for (JsonNode u : r.path("sitemap").path("urls")) {
            urls.add(u.path("url").asText());
            assertThat(u.path("published").asText()).as("date of %s", u).isNotEmpty();
        }
        assertThat(urls).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(r.path("poll").path("interval").asText()).isEqualTo("PT5M");
    }

    @Test
    void theWindows1256ArabicPageIsDecodedAndExtracted() throws Exception {
        DemoPage page = arabic1256();
        JsonNode r = json(site.baseUrl() + page.path());
        assertThat(r.path("kind").asText()).isEqualTo("page");
        assertThat(r.path("encoding").path("charset").asText()).isEqualTo("windows-1256");
        assertThat(r.path("encoding").path("source").asText()).isEqualTo("header");
        assertThat(r.path("encoding").path("uncertain").asBoolean()).isFalse();
        JsonNode summary = r.path("page");
        assertThat(summary.path("kind").asText()).isEqualTo("article");
        assertThat(summary.path("title").asText()).isEqualTo(page.title());
        assertThat(OffsetDateTime.parse(summary.path("published").asText()).toInstant())
                .isEqualTo(page.publishedAt().toInstant());
        assertThat(summary.path("editions")).hasSize(1);
        assertThat(summary.path("editions").get(0).path("lang").asText()).isEqualTo("ar");
        assertThat(summary.path("editions").get(0).path("words").asInt()).isGreaterThan(50);
        assertThat(summary.path("feeds").toString()).contains(site.rssUrl());
        assertThat(r.has("poll")).isFalse();
    }

    @Test
    void aSavedCopyOfThePageIsDecodedByItsMetaAndTheTextReportIsReadable(@TempDir Path dir) throws Exception {
        DemoPage page = arabic1256();
        Path file = dir.resolve("page.html");
        Files.write(file, DemoCatalog.readFile(page));
        JsonNode r = json(file.toString());
        assertThat(r.has("fetch")).isFalse();
        assertThat(r.path("encoding").path("charset").asText()).isEqualTo("windows-1256");
        assertThat(r.path("encoding").path("source").asText()).isEqualTo("meta");
        assertThat(r.path("page").path("title").asText()).isEqualTo(page.title());

        JsonNode listing = json(site.listingUrls().get(0));
        assertThat(listing.path("page").path("kind").asText()).isEqualTo("listing");
        assertThat(listing.path("page").path("editions")).isEmpty();
        assertThat(listing.path("notes").toString()).contains("stage classify, reason listing");

        String text = run("--allow-loopback", site.baseUrl() + page.path());
        assertThat(text).contains("kind", "page", "windows-1256 (header)", page.title(), "edition ar",
                "robots.txt", "allowed");
    }

    @Test
    void aPageRobotsTxtDisallowsIsNotFetched() throws Exception {
        String url = site.disallowedUrls().get(0);
        JsonNode r = json(url);
        assertThat(r.path("kind").asText()).isEqualTo("not-fetched");
        assertThat(r.path("fetch").path("robots").path("verdict").asText()).isEqualTo("disallowed");
        assertThat(r.path("fetch").path("refused").asText()).isEqualTo("robots-disallowed");
        assertThat(site.requestCount(url)).isZero();
    }

    @Test
    void sitemapAlternatesAndAGzipSitemapServedAsXml() throws Exception {
        String sitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">"
                + "<url><loc>http://127.0.0.1/en/a</loc><lastmod>2025-03-05T10:00:00+00:00</lastmod>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"http://127.0.0.1/ar/a\"/>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"fr-FR\" href=\"http://127.0.0.1/fr/a\"/></url>"
                + "<url><loc>http://127.0.0.1/en/b</loc></url></urlset>";
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
            z.write(sitemap.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        Map<String, byte[]> bodies = Map.of("/sitemap.xml", sitemap.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "/sitemap.xml.gz", gz.toByteArray(), "/robots.txt", new byte[0]);
        server.createContext("/", ex -> {
            byte[] body = bodies.get(ex.getRequestURI().getPath());
            ex.getResponseHeaders().set("Content-Type", "application/xml");
            ex.sendResponseHeaders(body == null ? 404 : 200, body == null || body.length == 0 ? -1 : body.length);
            if (body != null && body.length > 0) {
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            for (String path : List.of("/sitemap.xml", "/sitemap.xml.gz")) {
                JsonNode r = json(base + path);
                assertThat(r.path("kind").asText()).as(path).isEqualTo("sitemap");
                assertThat(r.path("sitemap").path("urls")).hasSize(2);
                JsonNode alternates = r.path("sitemap").path("alternates");
                assertThat(alternates).hasSize(2);
                assertThat(alternates.get(0).path("of").asText()).isEqualTo("http://127.0.0.1/en/a");
                assertThat(alternates.get(0).path("hreflang").asText()).isEqualTo("ar");
                assertThat(alternates.get(0).path("url").asText()).isEqualTo("http://127.0.0.1/ar/a");
                assertThat(alternates.get(1).path("hreflang").asText()).isEqualTo("fr-FR");
            }
            assertThat(json(base + "/sitemap.xml.gz").path("fetch").path("content_coding").asText())
                    .contains("gzip");
        } finally {
            server.stop(0);
        }
    }
}
