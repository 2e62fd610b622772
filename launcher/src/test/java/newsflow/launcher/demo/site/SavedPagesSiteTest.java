package newsflow.launcher.demo.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedPagesSiteTest {
    private static final Charset CP1256 = Charset.forName("windows-1256");
    private static final String ARABIC_PARAGRAPH = "أعلنت البلدية اليوم عن افتتاح حديقة عامة جديدة";
    private static final String UTF8_PAGE = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\">"
            + "<title>Été | Test</title></head><body><p>Un été très chaud à Besançon.</p></body></html>";
    private static final String CP1256_PAGE = "<html lang=\"ar\"><head><meta http-equiv=\"Content-Type\" "
            + "content=\"text/html; charset=windows-1256\"><title>خبر</title></head><body><p>" + ARABIC_PARAGRAPH
            + "</p></body></html>";
    private static final String UNDECLARED_PAGE = "<html><head><title>No charset</title></head><body>"
            + "<p>Plain ASCII text.</p></body></html>";

    @TempDir
    Path dir;
    private SavedPagesSite site;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void writeFixturesAndStart() throws IOException {
        Files.writeString(dir.resolve("a.html"), UTF8_PAGE, StandardCharsets.UTF_8);
        Path deeper = Files.createDirectories(dir.resolve("ar/2025"));
        gzip(deeper.resolve("b.html.gz"), CP1256_PAGE.getBytes(CP1256));
        Files.writeString(dir.resolve("with space.htm"), UNDECLARED_PAGE, StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("gold.json"), "{}", StandardCharsets.UTF_8);
        gzip(deeper.resolve("notes.txt.gz"), "not a page".getBytes(StandardCharsets.UTF_8));
        site = SavedPagesSite.start(dir);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static void gzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }

    private HttpResponse<byte[]> get(String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String url(String decodedPath) {
        return site.baseUrl() + SavedPageIndex.encodePath(decodedPath);
    }

    @Test
    void servesOnlyHtmlFilesAtAnyDepthUnderPagesWithGzDropped() {
        assertThat(site.pageCount()).isEqualTo(3);
        assertThat(site.pageUrls()).containsExactly(url("/pages/a.html"), url("/pages/ar/2025/b.html"),
                url("/pages/with space.htm"));
        assertThat(site.pageUrls().get(2)).endsWith("/pages/with%20space.htm");
    }

    @Test
    void pathForMapsUrlsBackToTheSavedFiles() {
        assertThat(site.pathFor(url("/pages/ar/2025/b.html"))).contains(dir.resolve("ar/2025/b.html.gz"));
        assertThat(site.pathFor(url("/pages/with space.htm"))).contains(dir.resolve("with space.htm"));
        assertThat(site.pathFor(site.baseUrl() + "/pages/missing.html")).isEmpty();
        assertThat(site.pathFor("http://example.org/pages/a.html")).isEmpty();
    }

    @Test
    void feedAndSitemapListEveryPageWithoutInventedDates() throws Exception {
        HttpResponse<byte[]> rss = get(site.rssUrl());
        HttpResponse<byte[]> sitemap = get(site.sitemapUrl());
        assertThat(rss.headers().firstValue("Content-Type")).contains("application/rss+xml; charset=utf-8");

        assertThat(FeedXml.rssLinks(FeedXml.parse(rss.body()))).containsExactlyInAnyOrderElementsOf(site.pageUrls());
        assertThat(FeedXml.sitemapLocs(FeedXml.parse(sitemap.body())))
                .containsExactlyInAnyOrderElementsOf(site.pageUrls());
        assertThat(new String(rss.body(), StandardCharsets.UTF_8)).doesNotContain("<pubDate>");
        assertThat(new String(sitemap.body(), StandardCharsets.UTF_8)).doesNotContain("<lastmod>");
    }

    @Test
    void robotsTxtAllowsEveryPage() throws Exception {
        HttpResponse<byte[]> robots = get(site.robotsUrl());
        BaseRobotRules rules = new SimpleRobotRulesParser().parseContent(site.robotsUrl(), robots.body(),
                "text/plain", List.of("newsflow"));
        assertThat(site.pageUrls()).allSatisfy(u -> assertThat(rules.isAllowed(u)).isTrue());
        assertThat(new String(robots.body(), StandardCharsets.UTF_8)).contains("Sitemap: " + site.sitemapUrl());
    }

    @Test
    void gzipPageIsServedDecompressedWithTheCharsetItsMetaDeclares() throws Exception {
        HttpResponse<byte[]> response = get(url("/pages/ar/2025/b.html"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/html; charset=windows-1256");
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.body()).isEqualTo(CP1256_PAGE.getBytes(CP1256));
        assertThat(new String(response.body(), CP1256)).contains(ARABIC_PARAGRAPH);
    }

    @Test
    void corruptOrTruncatedGzipPagesAnswer422NamingTheFileInsteadOfDroppingTheConnection(@TempDir Path other)
            throws Exception {
        Files.write(other.resolve("garbage.html.gz"), "this is not gzip at all".getBytes(StandardCharsets.UTF_8));
        Path whole = other.resolve("whole.html.gz");
        gzip(whole, UTF8_PAGE.repeat(50).getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(other.resolve("truncated.html.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        try (SavedPagesSite corrupt = SavedPagesSite.start(other)) {
            for (String name : List.of("garbage", "truncated")) {
                HttpResponse<byte[]> r = get(corrupt.baseUrl() + "/pages/" + name + ".html");
                assertThat(r.statusCode()).as(name).isEqualTo(422);
                assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains(name + ".html.gz");
            }
            HttpResponse<byte[]> ok = get(corrupt.baseUrl() + "/pages/whole.html");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(new String(ok.body(), StandardCharsets.UTF_8)).isEqualTo(UTF8_PAGE.repeat(50));
        }
    }

    @Test
    void plainPagesKeepTheirBytesAndGetACharsetOnlyWhenDeclared() throws Exception {
        HttpResponse<byte[]> utf8 = get(url("/pages/a.html"));
        assertThat(utf8.headers().firstValue("Content-Type")).contains("text/html; charset=UTF-8");
        assertThat(new String(utf8.body(), StandardCharsets.UTF_8)).isEqualTo(UTF8_PAGE);

        HttpResponse<byte[]> undeclared = get(url("/pages/with space.htm"));
        assertThat(undeclared.headers().firstValue("Content-Type")).contains("text/html");
        assertThat(new String(undeclared.body(), StandardCharsets.US_ASCII)).isEqualTo(UNDECLARED_PAGE);
    }

    @Test
    void conditionalGetOnPagesAndFeedAnswers304() throws Exception {
        for (String u : List.of(url("/pages/ar/2025/b.html"), site.rssUrl())) {
            HttpResponse<byte[]> first = get(u);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(get(u, "If-None-Match", etag).statusCode()).isEqualTo(304);
            assertThat(get(u, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
            assertThat(get(u, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void unknownPathsAndIgnoredFilesAre404() throws Exception {
        assertThat(get(site.baseUrl() + "/pages/gold.json").statusCode()).isEqualTo(404);
        assertThat(get(site.baseUrl() + "/pages/../a.html").statusCode()).isEqualTo(404);
        assertThat(site.requestCount(site.baseUrl() + "/pages/gold.json")).isEqualTo(1);
    }

    @Test
    void rejectsAPathThatIsNotAFolder() {
        assertThatThrownBy(() -> SavedPagesSite.start(dir.resolve("a.html")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void servesTheFundusEvaluationPagesDecompressed() throws Exception {
        String evalDir = System.getProperty("newsflow.eval.dir");
        Path fundus = evalDir == null ? null : Path.of(evalDir, "fundus", "test_data");
        Assumptions.assumeTrue(fundus != null && Files.isDirectory(fundus),
                "evaluation data absent (system property newsflow.eval.dir): skipping the fundus folder check");
        long expected;
        try (Stream<Path> walk = Files.walk(fundus)) {
            expected = walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html.gz"))
                    .count();
        }
        try (SavedPagesSite fundusSite = SavedPagesSite.start(fundus)) {
            assertThat(fundusSite.pageCount()).isEqualTo(expected);
            String first = fundusSite.pageUrls().get(0);
            HttpResponse<byte[]> page = get(first);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(new String(page.body(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)).contains("<html");
            assertThat(fundusSite.pathFor(first).orElseThrow()).startsWith(fundus.toAbsolutePath().normalize());
        }
    }
}
