package newsflow.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.enrich.app.EnrichConfig;
import newsflow.enrich.app.Enrichers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, item 6: ingest stores a text page longer than its cap cut at the cap ({@code truncated=true}), so the
 * html ends anywhere: inside a tag, an attribute, a word. Enrichment still yields the article's edition (it keeps
 * at most 512 KiB of text anyway), whatever the language and wherever the cut falls.
 */
class TruncatedPageTest {
    private static final Instant FETCHED = Instant.parse("2024-03-06T12:00:00Z");
    private static Enricher enricher;

    @BeforeAll
    static void load() {
        enricher = Enrichers.create(new EnrichConfig(Map.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|The harbour authority began dredging the northern channel on Monday, a project engineers expect to "
                + "take two years.|786432|<p class=\"lead",
        "ar|\u0628\u062f\u0623\u062a \u0647\u064a\u0626\u0629 \u0627\u0644\u0645\u064a\u0646\u0627\u0621 "
                + "\u062a\u0639\u0645\u064a\u0642 \u0627\u0644\u0642\u0646\u0627\u0629 \u0627\u0644\u0634\u0645"
                + "\u0627\u0644\u064a\u0629 \u064a\u0648\u0645 \u0627\u0644\u0627\u062b\u0646\u064a\u0646 \u0641"
                + "\u064a \u0645\u0634\u0631\u0648\u0639 \u064a\u0633\u062a\u063a\u0631\u0642 \u0639\u0627\u0645"
                + "\u064a\u0646.|614400|<p>\u0628\u062f\u0623\u062a \u0647\u064a",
        "fr|Le port a commenc\u00e9 lundi le dragage du chenal nord, un chantier de deux ans selon les "
                + "ing\u00e9nieurs.|716800|<a href=\"/suite?page=2&amp"})
    void aPageCutAnywhereStillYieldsItsEdition(String lang, String sentence, int size, String cutInside) {
        StringBuilder html = new StringBuilder("<html lang=\"" + lang + "\"><head><title>" + lang
                + "</title></head><body><article><h1>" + sentence.substring(0, 20) + "</h1>");
        for (int i = 1; html.length() < size; i++) {
            html.append("<p>").append(sentence).append(' ').append(i).append("</p>\n");
        }
        html.append(cutInside); // the cut: no closing tag, no </article>, </body> or </html>
        RawPage page = new RawPage("https://news.example/" + lang + "/1", "https://news.example/" + lang + "/1",
                "test", FETCHED, 200, "text/html", "UTF-8", html.toString(), SourceHints.NONE, null, null,
                List.of(), true);
        EnrichResult r = enricher.enrich(page);
        assertThat(r.editions()).singleElement().satisfies(e -> {
            assertThat(e.lang()).isEqualTo(lang);
            assertThat(e.paragraphs()).first().asString().startsWith(sentence);
            assertThat(e.textTruncated()).isTrue(); // more text than the edition keeps
        });
    }
}
