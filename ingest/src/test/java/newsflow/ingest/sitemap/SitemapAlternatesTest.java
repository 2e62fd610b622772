package newsflow.ingest.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsflow.common.model.FeedItem;
import org.junit.jupiter.api.Test;

/** Sitemap hreflang alternates become items linked to their original (issue 12, item 4). */
class SitemapAlternatesTest {
    private static final String NS = "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
            + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"";
    private static final String B = "https://bilingual.example";

    private static Map<String, FeedItem> read(String xml) throws Exception {
        SitemapReader.Result r = SitemapReader.read(xml.getBytes(StandardCharsets.UTF_8), "application/xml",
                B + "/sitemap.xml");
        assertThat(r.items()).extracting(FeedItem::url).doesNotHaveDuplicates();
        return r.items().stream().collect(Collectors.toMap(FeedItem::url, Function.identity()));
    }

    private static String link(String lang, String href) {
        return "<xhtml:link rel=\"alternate\" hreflang=\"" + lang + "\" href=\"" + href + "\"/>";
    }

    @Test
    void alternatesListedOnlyUnderTheOriginalAreItemsOfTheirOwn() throws Exception {
        Map<String, FeedItem> items = read("<urlset " + NS + "><url><loc>" + B + "/en/budget</loc>"
                + "<lastmod>2024-03-05T10:00:00+03:00</lastmod>"
                + link("ar", B + "/ar/budget") + link("fr", B + "/fr/budget") + link("x-default", B + "/budget")
                + "</url></urlset>");
        assertThat(items).containsOnlyKeys(B + "/en/budget", B + "/ar/budget", B + "/fr/budget", B + "/budget");
        FeedItem ar = items.get(B + "/ar/budget");
        assertThat(ar.alternateOf()).isEqualTo(B + "/en/budget");
        assertThat(ar.hreflang()).isEqualTo("ar");
        assertThat(ar.published()).isEqualTo("2024-03-05T10:00:00+03:00");
        assertThat(items.get(B + "/budget").hreflang()).isEqualTo("x-default");
        assertThat(items.get(B + "/fr/budget").alternateOf()).isEqualTo(B + "/en/budget");
        assertThat(items.get(B + "/en/budget").alternateOf()).isNull();
    }

    @Test
    void aGroupListedUnderEveryMemberHasOneOriginalWhateverTheOrder() throws Exception {
        String group = link("en", B + "/en/1") + link("ar", B + "/ar/1") + link("fr", B + "/fr/1");
        Map<String, FeedItem> items = read("<urlset " + NS + ">"
                + "<url><loc>" + B + "/ar/1</loc><lastmod>2024-03-06</lastmod>" + group + "</url>"
                + "<url><loc>" + B + "/en/1</loc><lastmod>2024-03-05</lastmod>" + group + "</url>"
                + "<url><loc>" + B + "/fr/1</loc>" + group + "</url></urlset>");
        assertThat(items).hasSize(3);
        assertThat(items.get(B + "/ar/1").alternateOf()).isNull();
        assertThat(items.get(B + "/ar/1").hreflang()).isEqualTo("ar"); // it lists itself
        assertThat(items.get(B + "/en/1").alternateOf()).isEqualTo(B + "/ar/1");
        assertThat(items.get(B + "/en/1").published()).isEqualTo("2024-03-05T00:00:00Z"); // its own lastmod
        assertThat(items.get(B + "/fr/1").alternateOf()).isEqualTo(B + "/ar/1");
        assertThat(items.get(B + "/fr/1").hreflang()).isEqualTo("fr");
    }

    @Test
    void alternatesInAGoogleNewsSitemapKeepTheNewsDateAndLeaveTheTitleToTheOriginal() throws Exception {
        Map<String, FeedItem> items = read("<urlset " + NS
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>/fr/elections</loc>"
                + "<news:news><news:publication><news:name>Ex</news:name><news:language>fr</news:language>"
                + "</news:publication><news:publication_date>2024-03-05T09:15:00+01:00</news:publication_date>"
                + "<news:title>Les \u00e9lections</news:title></news:news>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"/ar/elections\"/>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"/fr/elections\"/></url></urlset>");
        assertThat(items).containsOnlyKeys(B + "/fr/elections", B + "/ar/elections");
        assertThat(items.get(B + "/fr/elections").title()).isEqualTo("Les \u00e9lections");
        assertThat(items.get(B + "/fr/elections").hreflang()).isEqualTo("fr");
        FeedItem ar = items.get(B + "/ar/elections");
        assertThat(ar.title()).isNull();
        assertThat(ar.published()).isEqualTo("2024-03-05T09:15:00+01:00");
        assertThat(ar.rawPubDate()).isEqualTo("2024-03-05T09:15:00+01:00");
        assertThat(ar.alternateOf()).isEqualTo(B + "/fr/elections");
    }

    @Test
    void anUndeclaredXhtmlPrefixAnotherNamespaceAndOtherLinksAreHandled() throws Exception {
        Map<String, FeedItem> items = read("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + B + "/b</loc><x:link xmlns:x=\"http://www.w3.org/TR/xhtml11/xhtml11_schema.html\""
                + " rel=\"alternate\" hreflang=\"fr\" href=\"" + B + "/fr/b\"/></url>"
                + "<url><loc>" + B + "/a</loc><xhtml:link rel=\"alternate\" hreflang=\"ar-QA\" href=\"" + B
                + "/qa/a\"/><xhtml:link rel=\"amphtml\" href=\"" + B + "/amp/a\"/></url></urlset>");
        assertThat(items).containsOnlyKeys(B + "/a", B + "/qa/a", B + "/b", B + "/fr/b");
        assertThat(items.get(B + "/fr/b").alternateOf()).isEqualTo(B + "/b");
        assertThat(items.get(B + "/qa/a").hreflang()).isEqualTo("ar-QA");
    }
}
