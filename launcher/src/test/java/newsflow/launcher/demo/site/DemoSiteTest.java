package newsflow.launcher.demo.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoSiteTest {
    private static DemoSite site;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        site = DemoSite.start();
        client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<byte[]> get(String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static List<String> rss() throws Exception {
        return FeedXml.rssLinks(FeedXml.parse(get(site.rssUrl()).body()));
    }

    private static List<String> atom() throws Exception {
        return FeedXml.atomLinks(FeedXml.parse(get(site.atomUrl()).body()));
    }

    private static List<String> sitemap() throws Exception {
        return FeedXml.sitemapLocs(FeedXml.parse(get(site.sitemapUrl()).body()));
    }

    private static Set<String> urlsOf(String feed) {
        return site.catalog().pages().stream().filter(p -> p.announcedIn(feed))
                .map(p -> site.baseUrl() + p.path()).collect(Collectors.toSet());
    }

    @Test
    void baseUrlIsLoopbackWithARealPort() {
        URI base = URI.create(site.baseUrl());
        assertThat(base.getHost()).isEqualTo("127.0.0.1");
        assertThat(base.getPort()).isPositive();
    }

    @Test
    void feedsAndSitemapParseAndListTheCataloguedUrlsOnTheActualBase() throws Exception {
        HttpResponse<byte[]> rss = get(site.rssUrl());
        HttpResponse<byte[]> atom = get(site.atomUrl());
        HttpResponse<byte[]> sitemap = get(site.sitemapUrl());
        assertThat(contentType(rss)).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(contentType(atom)).isEqualTo("application/atom+xml; charset=utf-8");
        assertThat(contentType(sitemap)).isEqualTo("application/xml; charset=utf-8");

        assertThat(rss()).containsExactlyInAnyOrderElementsOf(urlsOf(DemoPage.RSS)).doesNotHaveDuplicates();
        assertThat(atom()).containsExactlyInAnyOrderElementsOf(urlsOf(DemoPage.ATOM)).doesNotHaveDuplicates();
        assertThat(sitemap()).containsExactlyInAnyOrderElementsOf(urlsOf(DemoPage.SITEMAP)).doesNotHaveDuplicates();
        assertThat(new String(rss.body(), StandardCharsets.UTF_8)).doesNotContain(DemoSite.BASE_PLACEHOLDER)
                .contains("<atom:link href=\"" + site.rssUrl() + "\"");
    }

    @Test
    void someArticlesAreOnlyInTheSitemapSomeOnlyInAFeedSomeInBoth() throws Exception {
        Set<String> feeds = new HashSet<>(rss());
        feeds.addAll(atom());
        Set<String> inSitemap = new HashSet<>(sitemap());
        Set<String> articles = new HashSet<>(site.articleUrls());

        assertThat(articles).anyMatch(u -> inSitemap.contains(u) && !feeds.contains(u));
        assertThat(articles).anyMatch(u -> feeds.contains(u) && !inSitemap.contains(u));
        assertThat(articles).anyMatch(u -> feeds.contains(u) && inSitemap.contains(u));
        List<String> atom = atom();
        assertThat(rss()).anyMatch(u -> !atom.contains(u));
    }

    @Test
    void articleCountIsEveryAnnouncedAllowedArticleAndNothingElse() throws Exception {
        Set<String> announced = new HashSet<>(rss());
        announced.addAll(atom());
        announced.addAll(sitemap());
        announced.removeAll(site.disallowedUrls());
        announced.removeAll(site.listingUrls());
        announced.removeAll(site.continuationUrls());

        assertThat(site.continuationUrls()).hasSize(1);
        assertThat(site.articleCount()).isEqualTo(announced.size()).isGreaterThanOrEqualTo(14);
        assertThat(site.articleUrls()).containsExactlyInAnyOrderElementsOf(announced);
    }

    @Test
    void robotsTxtDisallowsTheDraftAndNamesTheSitemap() throws Exception {
        HttpResponse<byte[]> robots = get(site.robotsUrl());
        assertThat(contentType(robots)).isEqualTo("text/plain; charset=utf-8");
        assertThat(new String(robots.body(), StandardCharsets.UTF_8)).contains("Sitemap: " + site.sitemapUrl());

        BaseRobotRules rules = new SimpleRobotRulesParser().parseContent(site.robotsUrl(), robots.body(),
                "text/plain", List.of("newsflow"));
        assertThat(site.disallowedUrls()).isNotEmpty().allSatisfy(u -> assertThat(rules.isAllowed(u)).isFalse());
        assertThat(site.articleUrls()).allSatisfy(u -> assertThat(rules.isAllowed(u)).as(u).isTrue());
        assertThat(site.listingUrls()).allSatisfy(u -> assertThat(rules.isAllowed(u)).isTrue());
        assertThat(rss()).containsAll(site.disallowedUrls());
        assertThat(site.requestCount(site.disallowedUrls().get(0))).isZero();
    }

    @Test
    void everyArticleIsHtmlWithLanguageTitleOgTagsAuthorAndAPublicationDate() throws Exception {
        Set<String> languages = new HashSet<>();
        for (String url : site.articleUrls()) {
            HttpResponse<byte[]> response = get(url);
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            String type = contentType(response);
            assertThat(type).as(url).startsWith("text/html; charset=");
            Charset charset = Charset.forName(type.substring(type.indexOf('=') + 1));
            Document doc = Jsoup.parse(new String(response.body(), charset), url);

            languages.add(doc.selectFirst("html").attr("lang"));
            assertThat(doc.title()).as(url).endsWith(" | " + doc.selectFirst("meta[property=og:site_name]").attr("content"));
            assertThat(doc.select("meta[property=og:title]").attr("content")).as(url).isNotBlank();
            assertThat(doc.select("meta[property=og:url]").attr("content")).as(url).isEqualTo(url);
            assertThat(doc.select("a[rel=author]").text()).as(url).isNotBlank();
            assertThat(doc.select("footer").text()).as(url).contains("©");
            assertThat(doc.select(".cookie-banner, .share-bar, .related-stories")).as(url).hasSizeGreaterThanOrEqualTo(3);
            boolean jsonLd = doc.select("script[type=application/ld+json]").html().contains("\"datePublished\"");
            boolean ogTime = !doc.select("meta[property=article:published_time]").isEmpty();
            assertThat(jsonLd || ogTime).as(url + " has a machine-readable publication date").isTrue();
        }
        assertThat(languages).contains("en", "ar", "fr", "es", "de");
    }

    @Test
    void twoPagesCarryAnEnglishAndAnArabicReportEachWithItsOwnHeading() throws Exception {
        int mixed = 0;
        for (String url : site.articleUrls()) {
            Document doc = Jsoup.parse(new String(get(url).body(), StandardCharsets.UTF_8), url);
            Element arabicHeading = doc.selectFirst("h2[dir=rtl]");
            if ("en".equals(doc.selectFirst("html").attr("lang")) && arabicHeading != null) {
                mixed++;
                assertThat(doc.selectFirst("h1").text()).matches("[\\p{IsLatin}\\p{Punct}\\d ]+");
                assertThat(arabicHeading.text()).containsPattern("\\p{IsArabic}{3,}");
                assertThat(arabicHeading.nextElementSibling().select("p")).hasSizeGreaterThanOrEqualTo(3);
            }
        }
        assertThat(mixed).isEqualTo(2);
    }

    @Test
    void windows1256PageIsServedAndDeclaredInThatCharsetAndDecodesToArabic() throws Exception {
        DemoPage page = site.catalog().pages().stream()
                .filter(p -> p.charset().toLowerCase(Locale.ROOT).equals("windows-1256")).findFirst().orElseThrow();
        HttpResponse<byte[]> response = get(site.baseUrl() + page.path());

        assertThat(contentType(response)).isEqualTo("text/html; charset=windows-1256");
        Charset cp1256 = Charset.forName("windows-1256");
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(response.body())))
                .isInstanceOf(CharacterCodingException.class);
        Document doc = Jsoup.parse(new String(response.body(), cp1256));
        assertThat(doc.select("meta[http-equiv=Content-Type]").attr("content")).endsWith("charset=windows-1256");
        assertThat(doc.selectFirst("h1").text()).isEqualTo(page.title())
                .startsWith("افتتاح معرض الكتاب الدولي");
        assertThat(doc.select("p").eachText()).anyMatch(t -> t.contains("حتى 14 مارس 2025"));
    }

    @Test
    void listingPageLinksToArticlesAndHasNoNewsArticleMarkup() throws Exception {
        String listing = site.listingUrls().get(0);
        Document doc = Jsoup.parse(new String(get(listing).body(), StandardCharsets.UTF_8), listing);

        assertThat(doc.select("meta[property=og:type]").attr("content")).isEqualTo("website");
        assertThat(doc.select("script[type=application/ld+json]").html()).doesNotContain("NewsArticle");
        List<String> cardLinks = doc.select(".card-title a").eachAttr("abs:href");
        assertThat(cardLinks).hasSizeGreaterThanOrEqualTo(8);
        assertThat(site.articleUrls()).containsAll(cardLinks);
    }

    @Test
    void conditionalGetAnswers304ForMatchingValidatorsAnd200Otherwise() throws Exception {
        for (String url : List.of(site.rssUrl(), site.atomUrl(), site.sitemapUrl())) {
            HttpResponse<byte[]> first = get(url);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

            HttpResponse<byte[]> byEtag = get(url, "If-None-Match", etag);
            assertThat(byEtag.statusCode()).isEqualTo(304);
            assertThat(byEtag.body()).isEmpty();
            assertThat(byEtag.headers().firstValue("ETag")).contains(etag);
            assertThat(get(url, "If-None-Match", "W/" + etag).statusCode()).isEqualTo(304);
            assertThat(get(url, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
            assertThat(get(url, "If-None-Match", "\"stale\"").statusCode()).isEqualTo(200);
            assertThat(get(url, "If-None-Match", "\"stale\"", "If-Modified-Since", lastModified).statusCode())
                    .as("If-None-Match takes precedence over If-Modified-Since").isEqualTo(200);
            assertThat(get(url, "If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void unknownPathsAre404AndTheRootRedirectsToTheListing() throws Exception {
        assertThat(get(site.baseUrl() + "/no/such/page").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> root = get(site.baseUrl() + "/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(site.baseUrl() + root.headers().firstValue("Location").orElseThrow())
                .isEqualTo(site.listingUrls().get(0));
    }
}
