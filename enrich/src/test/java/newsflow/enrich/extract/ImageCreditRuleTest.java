package newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import newsflow.common.model.SourceHints;
import org.junit.jupiter.api.Test;

/**
 * Image credits, placeholders, promotion lines and dated author lines are boilerplate; captions and sentences are
 * text.
 */
class ImageCreditRuleTest {

    private final BoilerplatePhrases phrases = new BoilerplatePhrases();

    @Test
    void creditLinesAndPlaceholdersAreBoilerplate() {
        assertThat(phrases.isBoilerplate("Foto: Jan Novák, Deník Příklad")).isTrue();
        assertThat(phrases.isBoilerplate("Foto [M]: Bildagentur")).isTrue();
        assertThat(phrases.isBoilerplate("Bild: Stadtarchiv")).isTrue();
        assertThat(phrases.isBoilerplate("© Max Muster / Agentur")).isTrue();
        assertThat(phrases.isBoilerplate("Getty Images")).isTrue();
        assertThat(phrases.isBoilerplate("Jane Roe Photography | Moment | Getty Images")).isTrue();
        assertThat(phrases.isBoilerplate("imago images/Muster")).isTrue();
        assertThat(phrases.isBoilerplate("Placeholder image-3")).isTrue();
    }

    @Test
    void promotionLinesAreBoilerplate() {
        assertThat(phrases.isBoilerplate("Jetzt weiterlesen! !")).isTrue();
        assertThat(phrases.isBoilerplate("Mehr Geschichten aus der Stadt? Dann sind Sie beim täglichen "
                + "Stadt-Newsletter richtig – hier entlang.")).isTrue();
        assertThat(phrases.isBoilerplate("Read more travel stories by signing up to our free weekly newsletter"))
                .isTrue();
    }

    @Test
    void sentencesAndCaptionsMentioningPicturesAreText() {
        assertThat(phrases.isBoilerplate("The agency Getty Images said it had withdrawn the altered picture.")).isFalse();
        assertThat(phrases.isBoilerplate("Fotografen warteten stundenlang vor dem Gericht.")).isFalse();
        assertThat(phrases.isBoilerplate("The actor arrived at the premiere in Paris on Thursday evening.")).isFalse();
    }

    @Test
    void authorNameWithADateIsABylineLine() {
        java.util.Set<String> authors = java.util.Set.of("eva muster-frau");
        assertThat(DatelineBylineRule.isCreditLine("do 25.04.24 | 14:07 uhr | von eva muster-frau", authors)).isTrue();
        assertThat(DatelineBylineRule.isCreditLine("publisert: 05.08.24 kl. 14:47 av eva muster-frau", authors))
                .isTrue();
        assertThat(DatelineBylineRule.isCreditLine("eva muster-frau sagte am 25.04.24, das theater sei voll",
                authors)).isFalse();
        assertThat(DatelineBylineRule.isCreditLine("do 25.04.24 | 14:07 uhr", authors)).isFalse();
    }

    @Test
    void creditUnderAPictureIsNotInTheBody() {
        String html = "<html><head><title>Harbour wall rebuilt after the winter storm | Gazette</title></head><body>"
                + "<article><h1>Harbour wall rebuilt after the winter storm</h1><figure><img src=\"a.jpg\">"
                + "<p>Getty Images</p></figure>"
                + "<p>Builders finished the new harbour wall on Friday after three months of work on the quay.</p>"
                + "<p>Foto: Max Muster</p>"
                + "<p>The old wall had stood for a century before the winter storm broke it in two places.</p>"
                + "</article></body></html>";
        Extraction e = new ArticleExtractor().extract(new PageInput("https://gazette.example/harbour", html,
                Instant.parse("2024-05-01T00:00:00Z"), SourceHints.NONE));
        assertThat(e.blocks()).extracting(Block::text).containsExactly(
                "Builders finished the new harbour wall on Friday after three months of work on the quay.",
                "The old wall had stood for a century before the winter storm broke it in two places.");
    }
}
