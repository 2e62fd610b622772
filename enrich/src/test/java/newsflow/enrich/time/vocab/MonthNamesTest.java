package newsflow.enrich.time.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One month table per language, read as written by mentions and folded by publication dates. */
class MonthNamesTest {

    @ParameterizedTest
    @CsvSource({"en,sept,9", "de,jänner,1", "de,okt,10", "fr,févr,2", "es,setiembre,9", "pt,março,3", "it,giu,6",
        "nl,maart,3", "sv,augusti,8", "pl,września,9", "tr,şubat,2", "ru,декабря,12", "ar,كانون الثاني,1"})
    void eachLanguageHasItsOwnNames(String lang, String name, int month) {
        assertThat(MonthNames.of(lang)).containsEntry(name, month);
        assertThat(MonthNames.month(TimeTextNormalizer.fold(name))).isEqualTo(month);
    }

    @Test
    void languagesKeepTheirNamesApart() {
        assertThat(MonthNames.of("es")).doesNotContainKey("okt");
        assertThat(MonthNames.of("de")).doesNotContainKey("enero");
        assertThat(MonthNames.of("fa")).isEmpty();
        assertThat(MonthNames.month("xyz")).isZero();
    }
}
