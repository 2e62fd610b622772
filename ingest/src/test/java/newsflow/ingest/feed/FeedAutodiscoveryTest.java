package newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An HTML page where a feed was expected: said so, and its feed links listed (issue 12, item 3). */
class FeedAutodiscoveryTest {
    private static final String PAGE = "https://news.example/world/index.html";

    private static ParsedFeed parse(String html, String contentType) throws FeedParseException {
        return FeedParser.parse(html.getBytes(StandardCharsets.UTF_8), contentType, PAGE, null);
    }

    @Test
    void onePageOneRssLinkRelativeToThePage() throws Exception {
        ParsedFeed f = parse("<!DOCTYPE html><html><head><title>World</title>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"World\" href=\"rss.xml\">"
                + "</head><body><p>news</p></body></html>", "text/html; charset=utf-8");
        assertThat(f.html()).isTrue();
        assertThat(f.entries()).isEmpty();
        assertThat(f.feedLinks()).containsExactly("https://news.example/world/rss.xml");
    }

    @Test
    void twoLinksOfOtherTypesInPageOrderAgainstTheBaseHref() throws Exception {
        ParsedFeed f = parse("<html lang=\"ar\" dir=\"rtl\"><head><base href=\"https://cdn.news.example/ar/\">"
                + "<link rel=\"stylesheet\" href=\"/s.css\">"
                + "<link rel=\"Alternate\" type=\"application/atom+xml\" href=\"atom.xml\"/>"
                + "<link rel=\"alternate\" hreflang=\"fr\" href=\"/fr/\"/>"
                + "<link rel=\"alternate\" type=\"application/feed+json\" href=\"/feed.json\"/>"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"atom.xml\"/>"
                + "</head><body></body></html>", "application/rss+xml");
        assertThat(f.format()).isEqualTo(FeedFormat.HTML);
        assertThat(f.feedLinks()).containsExactly("https://cdn.news.example/ar/atom.xml",
                "https://cdn.news.example/feed.json");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<!doctype html><html><body><p>no feed here</p></body></html>",
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><link rel=\"alternate\" hreflang=\"en\" href=\"/en\"/>"
                + "</head><body/></html>",
        "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"\"></head></html>",
        "<!-- served by a CDN -->\n<HTML><HEAD><LINK REL=\"icon\" TYPE=\"image/png\" HREF=\"/f.png\"></HEAD></HTML>"})
    void aPageWithoutFeedLinksIsStillRecognisedAsHtml(String html) throws Exception {
        ParsedFeed f = parse(html, null);
        assertThat(f.html()).isTrue();
        assertThat(f.feedLinks()).isEmpty();
    }

    @Test
    void anHtmlContentTypeWithAFeedBodyIsReadAsTheFeed() throws Exception {
        ParsedFeed f = parse("<rss version=\"2.0\"><channel><item><link>https://news.example/a</link></item>"
                + "</channel></rss>", "text/html");
        assertThat(f.format()).isEqualTo(FeedFormat.RSS2);
        assertThat(f.entries()).hasSize(1);
    }
}
