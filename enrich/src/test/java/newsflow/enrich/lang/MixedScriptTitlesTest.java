package newsflow.enrich.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.enrich.extract.Block;
import newsflow.enrich.extract.BlockKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13: a short title mixing a few Latin loanwords into Arabic, Persian or Urdu is in that language, not English
 * ("كأس العالم highlights" was {@code en}); an English title with one word of another script stays English.
 */
class MixedScriptTitlesTest {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "كأس العالم highlights | ar",
            "Highlights: كأس العالم | ar",
            "Apple يطلق iPhone جديد | ar",
            "جام جهانی highlights | fa",
            "ورلڈ کپ highlights | ur",
            "World Cup highlights: Messi scores twice | en",
            "Ramadan Kareem: رمضان celebrations across the city | en"
    })
    void aShortMixedTitleIsInItsMarkedScript(String title, String lang) {
        assertThat(IDENTIFIER.detect(title).lang()).isEqualTo(lang);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "كأس العالم highlights | ar",
            "ملخص مباراة الأمس video | ar"
    })
    void anArabicPageKeepsItsHalfEnglishTitleInOneEdition(String title, String lang) {
        List<EditionDraft> editions = new EditionSplitter().split(title, List.of(
                new Block(BlockKind.PARAGRAPH, "سجل المنتخب هدفين في الشوط الثاني وتأهل إلى الدور المقبل من البطولة."),
                new Block(BlockKind.PARAGRAPH, "وقال المدرب إن اللاعبين قدموا مباراة كبيرة أمام جمهور غفير.")), "ar");
        assertThat(editions).hasSize(1);
        assertThat(editions.get(0).lang()).isEqualTo(lang);
        assertThat(editions.get(0).title()).isEqualTo(title);
    }
}
