package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static newsflow.enrich.time.mentions.TaggerAssertions.texts;
import static newsflow.enrich.time.mentions.TaggerAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ArabicClockTimes}: clock times with digits, the part of the day deciding the 12-hour reading. */
class ArabicClockTimesTest {

    private static final String REF = "2018-09-06";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "تنطلق المباراة على الساعة 15:30 بملعب رادس|الساعة 15:30|2018-09-06T15:30",
            "وصل الوفد 10:30 مساء إلى المطار|10:30 مساء|2018-09-06T22:30",
            "وصل الوفد 9:05 صباحا إلى المطار|9:05 صباحا|2018-09-06T09:05",
            "تبدأ الجلسة الساعة 8:00 من صباح الغد|الساعة 8:00 من صباح الغد|2018-09-07T08:00",
    })
    void digitClockTimes(String sentence, String text, String value) {
        assertThat(texts(tag(sentence, "ar", REF))).containsExactly(text);
        assertThat(values(tag(sentence, "ar", REF))).containsExactly(value);
    }

    @Test
    void aDayJustBeforeTheClockTimeGivesItsDay() {
        assertThat(values(tag("تدور المقابلة يوم الأحد 16 سبتمبر 2018 بداية من الساعة 16:00 بملعب رادس", "ar", REF)))
                .containsExactly("2018-09-16", "2018-09-16T16:00");
    }

    @Test
    void partOfDayDecidesTheTwelveHourReading() {
        assertThat(ArabicClockTimes.twentyFourHour(10, "صباحا")).isEqualTo(10);
        assertThat(ArabicClockTimes.twentyFourHour(12, "صباحا")).isZero();
        assertThat(ArabicClockTimes.twentyFourHour(2, "ظهرا")).isEqualTo(14);
        assertThat(ArabicClockTimes.twentyFourHour(12, "ظهرا")).isEqualTo(12);
        assertThat(ArabicClockTimes.twentyFourHour(7, "مساء")).isEqualTo(19);
        assertThat(ArabicClockTimes.twentyFourHour(10, "ليلا")).isEqualTo(22);
        assertThat(ArabicClockTimes.twentyFourHour(2, "ليلا")).isEqualTo(2);
        assertThat(ArabicClockTimes.twentyFourHour(15, "مساء")).isEqualTo(15);
        assertThat(ArabicClockTimes.twentyFourHour(9, null)).isEqualTo(9);
    }

    @Test
    void decimalsAndScoresAreNotTimes() {
        assertThat(tag("ارتفعت الحرارة بنسبة 3.5 في الساعة الأخيرة", "ar", REF)).isEmpty();
        assertThat(tag("فاز الفريق بنتيجة 2:1 على منافسه", "ar", REF)).isEmpty();
    }
}
