package newsflow.enrich.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Page metadata on small hand-written pages. */
class MetadataExtractorTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    private PageMetadata run(String html, String url) {
        return extractor.extract(Jsoup.parse(html, url), url);
    }

    @Test
    void authorsArePeopleFromJsonLdWithoutStaffOrReadingTime() {
        String html = "<html><head><meta property=\"og:site_name\" content=\"Gulf Times\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":["
                + "{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"Staff Reporter\"},"
                + "{\"@type\":\"Person\",\"name\":\"jane doe\"},\"3 Minute Read\",{\"@type\":\"Organization\","
                + "\"name\":\"Gulf Times\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}]}</script></head>"
                + "<body></body></html>";
        assertThat(run(html, "https://gulf-times.example/story/1").authors()).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void bylineIsSplitAndStripped() {
        String html = "<html><body><article><h1>T</h1><div class=\"byline\">By Jane Doe and John Roe</div>"
                + "</article></body></html>";
        assertThat(run(html, "https://x.example/a/1").authors()).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void siteNameIsNeverAnAuthor() {
        String html = "<html><head><meta property=\"og:site_name\" content=\"Daily Example\">"
                + "<meta name=\"author\" content=\"Daily Example\"></head><body></body></html>";
        PageMetadata m = run(html, "https://daily.example/a/1");
        assertThat(m.siteName()).isEqualTo("Daily Example");
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void siteNameFallsBackToJsonLdPublisher() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Al Example\"}}</script></head><body></body></html>";
        assertThat(run(html, "https://x.example/a").siteName()).isEqualTo("Al Example");
    }

    @Test
    void canonicalOnlyWhenSameSiteAndNotTheHomePage() {
        String same = "<html><head><link rel=\"canonical\" href=\"https://www.news.example/world/story-1\"></head></html>";
        assertThat(run(same, "https://amp.news.example/world/story-1?amp").canonicalUrl())
                .isEqualTo("https://www.news.example/world/story-1");
        String other = "<html><head><link rel=\"canonical\" href=\"https://aggregator.example/story-1\"></head></html>";
        assertThat(run(other, "https://news.example/world/story-1").canonicalUrl()).isNull();
        String home = "<html><head><link rel=\"canonical\" href=\"https://news.example/\"></head></html>";
        assertThat(run(home, "https://news.example/world/story-1").canonicalUrl()).isNull();
        String relative = "<html><head><link rel=\"canonical\" href=\"/world/story-1\"></head></html>";
        assertThat(run(relative, "https://news.example/world/story-1?utm=x").canonicalUrl())
                .isEqualTo("https://news.example/world/story-1");
        String uk = "<html><head><link rel=\"canonical\" href=\"https://m.paper.co.uk/news/1\"></head></html>";
        assertThat(run(uk, "https://www.paper.co.uk/news/1").canonicalUrl()).isEqualTo("https://m.paper.co.uk/news/1");
        assertThat(run(uk, "https://www.other.co.uk/news/1").canonicalUrl()).isNull();
    }

    @Test
    void languageIsNormalisedLowerCaseBcp47() {
        assertThat(run("<html lang=\"pt_BR\"><body></body></html>", "https://x.example/a").htmlLang())
                .isEqualTo("pt-br");
        assertThat(run("<html><head><meta property=\"og:locale\" content=\"ar_AR\"></head></html>",
                "https://x.example/a").htmlLang()).isEqualTo("ar-ar");
        assertThat(run("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"inLanguage\":\"EN\"}</script></head></html>", "https://x.example/a").htmlLang()).isEqualTo("en");
    }

    @Test
    void imageSectionAndKeywords() {
        String html = "<html><head><meta property=\"og:image\" content=\"/img/lead.jpg\">"
                + "<meta property=\"article:section\" content=\"Sport\">"
                + "<meta name=\"news_keywords\" content=\"Doha, football , Qatar\">"
                + "<meta name=\"keywords\" content=\"qatar; Asian Cup\">"
                + "<meta property=\"article:tag\" content=\"Football\"></head></html>";
        PageMetadata m = run(html, "https://news.example/sport/1");
        assertThat(m.leadImage()).isEqualTo("https://news.example/img/lead.jpg");
        assertThat(m.section()).isEqualTo("Sport");
        assertThat(m.keywords()).containsExactly("Doha", "football", "Qatar", "Asian Cup");
    }
}
