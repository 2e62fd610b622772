package newsflow.ingest.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import newsflow.common.model.FeedItem;
import newsflow.ingest.feed.ParsedFeed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Large, broken and cut sitemaps are read entry by entry (issue 12, items 3 and 4). */
class SitemapStreamTest {
    private static String urlset(int n, int broken) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><urlset "
                + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 0; i < n; i++) {
            b.append(i == broken ? "<url><loc>https://s.example/p/" + i + "</loc><lastmod>2024</lastmod><b></url>"
                    : "<url><loc>https://s.example/p/" + i + "</loc><lastmod>2024-03-05</lastmod></url>").append('\n');
        }
        return b.append("</urlset>").toString();
    }

    private static SitemapReader.Result read(byte[] body) throws Exception {
        return SitemapReader.read(body, "application/xml", "https://s.example/sitemap.xml");
    }

    @ParameterizedTest(name = "broken entry at {0}")
    @ValueSource(ints = {0, 2500, 4999})
    void aBrokenEntryLosesOnlyItself(int broken) throws Exception {
        SitemapReader.Result r = read(urlset(5000, broken).getBytes(StandardCharsets.UTF_8));
        assertThat(r.items()).hasSize(4999);
        assertThat(r.items()).extracting(FeedItem::url).doesNotContain("https://s.example/p/" + broken);
        assertThat(r.skipped()).containsEntry(ParsedFeed.MALFORMED, 1);
    }

    @ParameterizedTest(name = "cut at {0} of the document")
    @CsvSource({"0.3", "0.61", "0.999"})
    void aCutSitemapKeepsItsCompleteEntries(double share) throws Exception {
        byte[] whole = urlset(300, -1).getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, (int) (whole.length * share));
        String text = new String(cut, StandardCharsets.UTF_8);
        int complete = text.split("</url>", -1).length - 1;
        SitemapReader.Result r = read(cut);
        assertThat(r.items()).hasSize(complete);
        assertThat(r.truncated()).isTrue();
    }

    @ParameterizedTest(name = "index of {0} children")
    @ValueSource(ints = {1, 7, 1000})
    void aSitemapIndexListsItsChildren(int n) throws Exception {
        StringBuilder b = new StringBuilder("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < n; i++) {
            b.append("<sitemap><loc>https://s.example/sm-").append(i).append(".xml</loc></sitemap>");
        }
        SitemapReader.Result r = read(b.append("</sitemapindex>").toString().getBytes(StandardCharsets.UTF_8));
        assertThat(r.childSitemaps()).hasSize(n).startsWith("https://s.example/sm-0.xml");
        assertThat(r.items()).isEmpty();
    }
}
