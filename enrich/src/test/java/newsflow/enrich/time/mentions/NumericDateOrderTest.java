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
}
