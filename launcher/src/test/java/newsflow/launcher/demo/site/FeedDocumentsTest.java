package newsflow.launcher.demo.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class FeedDocumentsTest {
    private static final FeedDocuments.Channel CHANNEL = new FeedDocuments.Channel("Site & Co", "News <daily>",
            "http://127.0.0.1:1/", "http://127.0.0.1:1/feeds/rss.xml");
    private static final OffsetDateTime OLDER = OffsetDateTime.parse("2025-03-03T18:20:00+03:00");
    private static final OffsetDateTime NEWER = OffsetDateTime.parse("2025-03-04T10:15:00Z");
    private static final List<FeedEntry> ENTRIES = List.of(
            new FeedEntry("http://127.0.0.1:1/a?x=1&y=2", "Rates & <prices>", "Summary", "A. Writer", OLDER),
            new FeedEntry("http://127.0.0.1:1/b", "صادرات التمور", null, null, NEWER),
            new FeedEntry("http://127.0.0.1:1/c", "Undated", null, null, null));

    @Test
    void rssEscapesMarkupListsNewestFirstAndKeepsTheItemOffset() throws Exception {
        String xml = FeedDocuments.rss(CHANNEL, ENTRIES, NEWER);
        Document doc = FeedXml.parse(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(FeedXml.rssLinks(doc)).containsExactly("http://127.0.0.1:1/b", "http://127.0.0.1:1/a?x=1&y=2",
                "http://127.0.0.1:1/c");
        assertThat(doc.getElementsByTagName("title").item(2).getTextContent()).isEqualTo("Rates & <prices>");
        assertThat(xml).contains("<pubDate>Mon, 3 Mar 2025 18:20:00 +0300</pubDate>")
                .contains("<pubDate>Tue, 4 Mar 2025 10:15:00 GMT</pubDate>");
        assertThat(doc.getElementsByTagName("pubDate").getLength()).isEqualTo(2);
    }

    @Test
    void atomGivesEveryEntryAnUpdatedDateButOnlyDatedEntriesAPublishedOne() throws Exception {
        Document doc = FeedXml.parse(FeedDocuments.atom(CHANNEL, ENTRIES, NEWER).getBytes(StandardCharsets.UTF_8));

        assertThat(FeedXml.atomLinks(doc)).hasSize(3);
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "published").getLength()).isEqualTo(2);
        // three entries plus the feed itself
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").getLength()).isEqualTo(4);
    }

    @Test
    void sitemapListsEveryLocAndLastmodOnlyWhenKnown() throws Exception {
        String xml = FeedDocuments.sitemap(ENTRIES);
        Document doc = FeedXml.parse(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(FeedXml.sitemapLocs(doc)).hasSize(3).contains("http://127.0.0.1:1/a?x=1&y=2");
        assertThat(xml).contains("<lastmod>2025-03-03T18:20:00+03:00</lastmod>");
        assertThat(doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "lastmod").getLength())
                .isEqualTo(2);
    }
}
