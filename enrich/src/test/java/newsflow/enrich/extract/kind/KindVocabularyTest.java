package newsflow.enrich.extract.kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import newsflow.enrich.extract.kind.KindVocabulary.Category;
import org.junit.jupiter.api.Test;

/** The page-kind vocabularies: every language loads, and text is compared in one normal form. */
class KindVocabularyTest {

    private final KindVocabulary v = KindVocabulary.DEFAULT;

    @Test
    void everyLanguageHasEveryCategory() {
        for (String lang : KindVocabulary.LANGUAGES) {
            KindVocabulary one = KindVocabulary.load(List.of(lang));
            for (Category c : List.of(Category.CONSENT, Category.NOT_FOUND, Category.PAYWALL)) {
                assertThat(one.size(c)).as(lang + " " + c).isGreaterThanOrEqualTo(3);
            }
        }
        assertThatThrownBy(() -> KindVocabulary.load(List.of("xx"))).hasMessageContaining("/newsflow/kind/xx.tsv");
    }

    @Test
    void digitsSpacesApostrophesAndArabicLettersAreNormalised() {
        assertThat(KindVocabulary.normalize("Il vous reste 85\u00a0% de cet ARTICLE")).isEqualTo(
                "il vous reste # % de cet article");
        assertThat(KindVocabulary.normalize("We can\u2019t find  the page")).isEqualTo("we can't find the page");
        assertThat(KindVocabulary.normalize("خطأ ٤٠٤")).isEqualTo("خطا #");
        assertThat(KindVocabulary.normalize("إنتهى الـوقت")).isEqualTo("انتهى الوقت");
    }

    @Test
    void phrasesMatchInEachLanguageAndOrdinarySentencesDoNot() {
        assertThat(v.matches(Category.NOT_FOUND, "Fehler 404 – Seite nicht gefunden")).isTrue();
        assertThat(v.matches(Category.NOT_FOUND, "Página no encontrada")).isTrue();
        assertThat(v.matches(Category.NOT_FOUND, "عذراً، الصفحة التي تبحث عنها غير موجودة")).isTrue();
        assertThat(v.matches(Category.CONSENT, "Questo sito utilizza cookie tecnici")).isTrue();
        assertThat(v.matches(Category.PAYWALL, "You\u2019ve reached your free article limit")).isTrue();
        assertThat(v.matches(Category.PAYWALL, "The service is for Strava subscribers only.")).isFalse();
        assertThat(v.matches(Category.CONSENT, "The regulator fined the firm over cookies.")).isFalse();
    }
}
