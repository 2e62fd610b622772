package newsflow.launcher.demo.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsflow.common.model.FeedItem;
import newsflow.ingest.feed.FeedEntry;
import newsflow.ingest.feed.FeedParser;
import newsflow.ingest.feed.ParsedFeed;
import newsflow.ingest.robots.RobotsCache;
import newsflow.ingest.sitemap.SitemapReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo site's documents as the pipeline's own ingest readers see them (the contract with the demo). */
class IngestReadersOnDemoSiteTest {
    private static DemoSite site;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        site = DemoSite.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static ParsedFeed feed(String url) throws Exception {
        HttpResponse<byte[]> response = get(url);
        return FeedParser.parse(response.body(), response.headers().firstValue("Content-Type").orElse(null), url,
                null);
    }

    private static Map<String, DemoPage> pagesByUrl() {
        return site.catalog().pages().stream()
                .collect(Collectors.toMap(p -> site.baseUrl() + p.path(), Function.identity()));
    }

    @Test
    void rssAndAtomParseWithoutRepairAndCarryEachPagesDateWithItsOffset() throws Exception {
        Map<String, DemoPage> pages = pagesByUrl();
        for (String url : new String[] {site.rssUrl(), site.atomUrl()}) {
            ParsedFeed parsed = feed(url);
            assertThat(parsed.repaired()).as(url).isFalse();
            assertThat(parsed.entries()).as(url).isNotEmpty();
            for (FeedEntry entry : parsed.entries()) {
                DemoPage page = pages.get(entry.link());
                assertThat(page).as(entry.link()).isNotNull();
                assertThat(entry.title()).isEqualTo(page.title());
                assertThat(OffsetDateTime.parse(entry.published())).isEqualTo(page.publishedAt());
            }
        }
    }

    @Test
    void sitemapReaderFindsEveryAnnouncedPage() throws Exception {
        HttpResponse<byte[]> response = get(site.sitemapUrl());
        SitemapReader.Result result = SitemapReader.read(response.body(),
                response.headers().firstValue("Content-Type").orElse(null), site.sitemapUrl());

        assertThat(result.childSitemaps()).isEmpty();
        assertThat(result.items()).extracting(FeedItem::url).containsExactlyInAnyOrderElementsOf(
                site.catalog().pages().stream().filter(p -> p.announcedIn(DemoPage.SITEMAP))
                        .map(p -> site.baseUrl() + p.path()).toList());
    }

    @Test
    void ingestRobotsRulesRefuseOnlyTheDraft() throws Exception {
        var rules = RobotsCache.parse(site.robotsUrl(), get(site.robotsUrl()).body(), "newsflow");
        assertThat(site.disallowedUrls()).allSatisfy(u -> assertThat(rules.isAllowed(u)).isFalse());
        assertThat(site.articleUrls()).allSatisfy(u -> assertThat(rules.isAllowed(u)).isTrue());
        var sweeper = RobotsCache.parse(site.robotsUrl(), get(site.robotsUrl()).body(), "ArchiveSweeper");
        assertThat(sweeper.isAllowed(site.articleUrls().get(0))).isFalse();
    }
}
