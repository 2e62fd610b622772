package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.common.model.DateMention;
import org.junit.jupiter.api.Test;

/** Case C04: one source, one numeric order; ambiguous values flagged, never guessed per item. */
class NumericDateOrderTest {

    @Test
    void enGbSourceReadsEveryDateDayFirstAndFlagsTheAmbiguousOne() {
        String listing = "Posted 15/4/2019\nPosted 24/4/2019\nPosted 2/5/2019";
        List<DateMention> found = tag(listing, "en", "2019-06-01", "DMY");
        assertThat(found).extracting(DateMention::value).containsExactly("2019-04-15", "2019-04-24", "2019-05-02");
        assertThat(found.get(0).ambiguous()).isNull();
        assertThat(found.get(1).ambiguous()).isNull();
        assertThat(found.get(2).ambiguous()).isTrue();
        assertThat(found.get(2).resolvedBy()).isEqualTo("source_order");
    }

    @Test
    void enUsSourceReadsMonthFirst() {
        List<DateMention> found = tag("Posted 2/5/2019", "en", "2019-06-01", "MDY");
        assertThat(found).extracting(DateMention::value).containsExactly("2019-02-05");
        assertThat(found.get(0).ambiguous()).isTrue();
    }

    @Test
    void anImpossibleReadingFallsBackToTheOnlyValidOne() {
        assertThat(tag("Posted 4/15/2019", "en", "2019-06-01", "DMY")).extracting(DateMention::value)
                .containsExactly("2019-04-15");
    }

    @Test
    void withoutASourceOrderTheLanguageConventionIsUsedAndSaidSo() {
        List<DateMention> found = tag("Posted 2/5/2019", "en", "2019-06-01");
        assertThat(found).extracting(DateMention::value).containsExactly("2019-02-05");
        assertThat(found.get(0).resolvedBy()).isEqualTo("locale");
    }

    @Test
    void arabicNumericDatesAreDayFirst() {
        assertThat(tag("بتاريخ 11/7/2017م", "ar", "2018-09-06")).extracting(DateMention::text, DateMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("11/7/2017م", "2017-07-11"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            // an unambiguous date in the text proves day first for all its ambiguous dates
            "en|Filed 15/4/2019 and amended 2/5/2019.|2019-04-15,2019-05-02",
            "en|The deadline of 2/5/2019 follows the ruling of 24.4.2019.|2019-05-02,2019-04-24",
            "fr|Du 3/4/2019 au 28/4/2019.|2019-04-03,2019-04-28",
            "ar|صدر القرار في ١٥/٤/٢٠١٩ وعُدّل في ٢/٥/٢٠١٩.|2019-04-15,2019-05-02",
            // … or month first
            "en|Filed 4/15/2019 and amended 2/5/2019.|2019-04-15,2019-02-05",
            "ar|صدر القرار في 4/15/2019 وعدل في 2/5/2019.|2019-04-15,2019-02-05",
    })
    void oneOrderPerTextFromItsUnambiguousDates(String lang, String text, String values) {
        List<DateMention> found = tag(text, lang, "2019-06-01");
        assertThat(found).extracting(DateMention::value).containsExactly(values.split(","));
        DateMention ambiguous = found.stream().filter(d -> Boolean.TRUE.equals(d.ambiguous())).findFirst().orElseThrow();
        assertThat(ambiguous.resolvedBy()).isEqualTo("text_order");
    }

    @Test
    void theTextsOrderOverridesTheLocaleButNotTheSourcesConfiguredOrder() {
        String text = "Filed 15/4/2019 and amended 2/5/2019.";
        java.time.LocalDate day = java.time.LocalDate.parse("2019-06-01");
        List<DateMention> byLocale = TaggerAssertions.TAGGER.tag(text, "en",
                new DateReference(day, false, "MDY", DateReference.LOCALE, null, null));
        assertThat(byLocale).extracting(DateMention::value).containsExactly("2019-04-15", "2019-05-02");
        assertThat(byLocale.get(1).resolvedBy()).isEqualTo("text_order");
        List<DateMention> bySource = TaggerAssertions.TAGGER.tag(text, "en",
                new DateReference(day, false, "MDY", DateReference.SOURCE_ORDER, null, null));
        assertThat(bySource).extracting(DateMention::value).containsExactly("2019-04-15", "2019-02-05");
        assertThat(bySource.get(1).resolvedBy()).isEqualTo("source_order");
    }

    @Test
    void aTieOrNoEvidenceLeavesTheLocale() {
        List<DateMention> tie = tag("Filed 15/4/2019, 4/15/2019 and 2/5/2019.", "en", "2019-06-01");
        assertThat(tie.get(2).value()).isEqualTo("2019-02-05");
        assertThat(tie.get(2).resolvedBy()).isEqualTo("locale");
        List<DateMention> none = TaggerAssertions.TAGGER.tag("Filed 2/5/2019.", "en",
                new DateReference(java.time.LocalDate.parse("2019-06-01"), false, "DMY", DateReference.LOCALE,
                        null, null));
        assertThat(none).extracting(DateMention::value, DateMention::resolvedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2019-05-02", "locale"));
    }
}
