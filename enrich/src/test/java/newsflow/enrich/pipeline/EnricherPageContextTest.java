package newsflow.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import newsflow.common.model.DateValue;
import newsflow.common.model.FeedItem;
import newsflow.common.model.PageKind;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.enrich.app.EnrichConfig;
import newsflow.enrich.app.Enrichers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the enricher takes from around the page: the announcing feed's date when the page has none, and, for a
 * page read alone (batch commands), a continuation page enriched as an article of its own text.
 */
class EnricherPageContextTest {
    private static final Instant FETCHED = Instant.parse("2024-03-06T12:00:00Z");
    private static final String TEXT = "The harbour authority began dredging the northern channel on Monday, a "
            + "project that engineers say will take the better part of two years to finish.";
    private static Enricher enricher;

    @BeforeAll
    static void load() {
        enricher = Enrichers.create(new EnrichConfig(Map.of()));
    }

    private static RawPage page(String url, String html, FeedItem item) {
        return new RawPage(url, url, "test", FETCHED, 200, "text/html", "UTF-8", html, SourceHints.NONE,
                item == null ? null : "https://news.example/feed.rdf", item);
    }

    @Test
    void anUndatedPageTakesItsFeedItemsDateAndADatedPageKeepsItsOwn() {
        FeedItem item = new FeedItem("https://news.example/a1", "A1", "2024-03-05T08:15:00Z",
                "2024-03-05T09:15:00+01:00", false);
        String undated = "<html lang=\"en\"><body><article><h1>Dredging begins</h1><p>" + TEXT
                + "</p></article></body></html>";
        EnrichResult r = enricher.enrich(page("https://news.example/a1", undated, item));
        assertThat(r.editions()).isNotEmpty().allSatisfy(e ->
                assertThat(e.published()).isEqualTo(new DateValue("2024-03-05T08:15:00Z", "second", "feed")));

        String dated = "<html lang=\"en\"><head><meta property=\"article:published_time\" "
                + "content=\"2024-03-04T07:00:00Z\"></head><body><article><h1>Dredging begins</h1><p>" + TEXT
                + "</p></article></body></html>";
        EnrichResult d = enricher.enrich(page("https://news.example/a2", dated, item));
        assertThat(d.editions()).isNotEmpty().allSatisfy(e ->
                assertThat(e.published().value()).isEqualTo("2024-03-04T07:00:00Z"));
    }

    @Test
    void aContinuationPageReadAloneIsAnArticleOfItsOwnText() {
        String second = "https://news.example/feature/42?page=2";
        String html = "<html lang=\"en\"><head><link rel=\"canonical\" href=\"https://news.example/feature/42\">"
                + "<link rel=\"prev\" href=\"https://news.example/feature/42\"></head><body><article>"
                + "<h1>Dredging begins</h1><p>" + TEXT + "</p></article></body></html>";
        assertThat(enricher.enrich(page(second, html, null)).kind()).isEqualTo(PageKind.CONTINUATION);
        EnrichResult alone = enricher.enrichAlone(page(second, html, null));
        assertThat(alone.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(alone.editions()).singleElement().satisfies(e -> assertThat(e.paragraphs()).containsExactly(TEXT));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "ko|항만청은 어제 북쪽 수로의 준설 작업을 시작했으며, 기술자들은 공사를 마치는 데 거의 2년이 걸릴 것이라고 말했다.",
            "ja|港湾当局は昨日、北側水路のしゅんせつ工事を始めた。技術者によると、完了までに二年近くかかる見通しだという。",
            "hi|बंदरगाह प्राधिकरण ने कल उत्तरी चैनल की खुदाई शुरू की, इंजीनियरों का कहना है कि इसे पूरा होने में लगभग दो साल लगेंगे।",
    })
    void anEditionInALanguageWithoutADateGrammarSaysSo(String lang, String text) {
        String html = "<html lang=\"" + lang + "\"><body><article><h1>" + text.substring(0, 12) + "</h1><p>" + text
                + "</p><p>" + text + "</p></article></body></html>";
        EnrichResult r = enricher.enrich(page("https://news.example/" + lang, html, null));
        assertThat(r.editions()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.lang()).isEqualTo(lang);
            assertThat(e.datesNote()).contains("no date grammar for " + lang);
        });
        String english = "<html lang=\"en\"><body><article><h1>Dredging begins</h1><p>" + TEXT
                + "</p></article></body></html>";
        assertThat(enricher.enrich(page("https://news.example/en-" + lang, english, null)).editions())
                .isNotEmpty().allSatisfy(e -> assertThat(e.datesNote()).isNull());
    }
}
