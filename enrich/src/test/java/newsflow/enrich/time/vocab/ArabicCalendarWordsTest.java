package newsflow.enrich.time.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one list of Arabic month names serves the three readers: mentions, publication dates and datelines. */
class ArabicCalendarWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "يناير|1", "كانون الثاني|1", "جانفي|1", "ينير|1",
        "آذار|3", "أبريل|4", "نيسان|4", "أفريل|4",
        "تشرين الأول|10", "تشرين 1|10", "تشرين اول|10",
        "يونيه|6", "جويلية|7", "يوليوز|7", "دجنبر|12"})
    void everyRegionalFormIsOneMonthForMentionsAndPublicationDates(String written, int month) {
        assertThat(ArabicCalendarWords.gregorian(written)).isEqualTo(month);
        assertThat(MonthNames.month(TimeTextNormalizer.fold(written))).isEqualTo(month);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"آب|true", "اب|true", "الأول|true", "الاول|true", "تشرين|true",
        "الإثنين|true", "الاثنين|true", "الأربعاء|true", "شتنبر|true", "رمضان|false", "الحكومة|false", "خميس|false"})
    void datelineWordsAreTheMonthAndDefiniteWeekdayWordsInAnySpelling(String word, boolean expected) {
        assertThat(ArabicCalendarWords.isDatelineWord(word)).isEqualTo(expected);
    }
}
