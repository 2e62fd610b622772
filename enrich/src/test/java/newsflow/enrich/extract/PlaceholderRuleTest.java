package newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import newsflow.common.model.SourceHints;
import org.junit.jupiter.api.Test;

/** Issue 13, item 2: placeholders, e-mail credits and promos leave the body, by shape, in any language. */
class PlaceholderRuleTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private String body(String inner) {
        Extraction e = extractor.extract(new PageInput("https://news.example/a/3", "<html><body><article>"
                + "<h1>Headline of the day</h1>" + inner + "</article></body></html>",
                Instant.parse("2025-08-10T00:00:00Z"), SourceHints.NONE));
        return String.join("\n\n", e.blocks().stream().map(Block::text).toList());
    }

    @Test
    void templateTokensAreCutFromAnyText() {
        assertThat(body("<p>The council met on Monday and approved the plan by a wide margin.</p><p>$$ARTICLEAD$$</p>"
                + "<p>Work starts in May {{ad}} and should end before the winter, officials said.</p>"))
                .isEqualTo("The council met on Monday and approved the plan by a wide margin.\n\nWork starts in"
                        + " May and should end before the winter, officials said.");
        assertThat(PlaceholderRule.stripTokens("وقال الوزير %%INREAD%% إن الخطة ستبدأ قريبا."))
                .isEqualTo("وقال الوزير إن الخطة ستبدأ قريبا.");
        assertThat(PlaceholderRule.stripTokens("Der Plan {{ widget.related }} gilt ab Mai. [[TEADS]]"))
                .isEqualTo("Der Plan gilt ab Mai.");
        assertThat(PlaceholderRule.stripTokens("Prices rose 5% in May, and {braces} stay.")).isEqualTo(
                "Prices rose 5% in May, and {braces} stay.");
    }

    @Test
    void promosWithABracketedLabelGo() {
        assertThat(PlaceholderRule.isPromo("[PR] Save 30% on garden furniture this weekend only!")).isTrue();
        assertThat(PlaceholderRule.isPromo("[AD] Découvrez nos offres de printemps")).isTrue();
        assertThat(PlaceholderRule.isPromo("[Anzeige] Jetzt testen: das neue Girokonto")).isTrue();
        assertThat(PlaceholderRule.isPromo("[إعلان] احصل على خصم خاص اليوم")).isTrue();
        assertThat(PlaceholderRule.isPromo("[1] Smith, J. (2020). A study of bridges.")).isFalse();
        assertThat(PlaceholderRule.isPromo("[Update] The minister has since resigned, officials confirmed.")).isFalse();
        assertThat(body("<p>The council met on Monday and approved the plan by a wide margin.</p>"
                + "<p>[PR] Save 30% on garden furniture this weekend only!</p>"))
                .isEqualTo("The council met on Monday and approved the plan by a wide margin.");
    }

    @Test
    void eMailCreditLinesGoButSentencesWithAnAddressStay() {
        assertThat(PlaceholderRule.isEmailCredit("jane.doe@news.example")).isTrue();
        assertThat(PlaceholderRule.isEmailCredit("Contact the reporter: jdoe@news.example")).isTrue();
        assertThat(PlaceholderRule.isEmailCredit("Par Jean Dupont, jdupont@journal.example")).isTrue();
        assertThat(PlaceholderRule.isEmailCredit("كتب: محمد علي - m.ali@news.example")).isTrue();
        assertThat(PlaceholderRule.isEmailCredit("Readers who saw the accident are asked to write to the police"
                + " at witness@police.example before Friday.")).isFalse();
        assertThat(body("<p>The council met on Monday and approved the plan by a wide margin.</p>"
                + "<p>Von Anna Schmidt, anna.schmidt@zeitung.example</p>"))
                .isEqualTo("The council met on Monday and approved the plan by a wide margin.");
    }
}
