package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.assertTagged;
import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static newsflow.enrich.time.mentions.TaggerAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arabic forms of news text (issue 14, item 5): clock times with hour words or an hour without minutes and a
 * part of the day (Latin and Arabic-Indic digits), colloquial day words, ordinal day words with or without a
 * weekday. Reference Thursday 2018-09-06.
 */
class ArabicNewsFormsTest {

    private static final String REF = "2018-09-06";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "يبدأ الاجتماع الساعة التاسعة صباحاً في مقر الوزارة|2018-09-06T09:00",
            "يبدأ الاجتماع الساعة الثامنة مساءً في مقر الوزارة|2018-09-06T20:00",
            "يبدأ الاجتماع الساعة العاشرة والنصف صباحاً في مقر الوزارة|2018-09-06T10:30",
            "يبدأ الاجتماع الساعة 9 صباحاً في مقر الوزارة|2018-09-06T09:00",
            "يبدأ الاجتماع الساعة ٩ صباحاً في مقر الوزارة|2018-09-06T09:00",
            "يبدأ الاجتماع الساعة ۷ مساءً في مقر الوزارة|2018-09-06T19:00",
            "تنطلق المسيرة 1 ظهراً من ساحة التحرير|2018-09-06T13:00",
            "تنطلق المسيرة ١ ظهراً من ساحة التحرير|2018-09-06T13:00",
            "تنطلق المسيرة 4 عصراً من ساحة التحرير|2018-09-06T16:00",
            "يبث البرنامج الساعة 11.15 صباحا على القناة الأولى|2018-09-06T11:15",
            "يبث البرنامج الساعة 8.30 مساء على القناة الأولى|2018-09-06T20:30",
            "يبث البرنامج الساعة ١١.١٥ صباحا على القناة الأولى|2018-09-06T11:15",
    })
    void clockTimesWithHourWordsAndPartsOfTheDay(String sentence, String value) {
        assertThat(values(tag(sentence, "ar", REF))).containsExactly(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "فاز الفريق 3 مرات في الساعة 9 الماضية",
            "يبعد المطار 5 كم عن المدينة",
            "سجل الفريق الساعة 9 هدفين",
            "بلغت النسبة 3,15 صباحا في السوق",
    })
    void numbersThatAreNotClockTimes(String sentence) {
        assertThat(tag(sentence, "ar", REF)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "قال الوزير امبارح إن الأسعار سترتفع|امبارح|2018-09-05",
            "قال الوزير إمبارح إن الأسعار سترتفع|إمبارح|2018-09-05",
            "حصل ذلك أول امبارح في القاهرة|أول امبارح|2018-09-04",
            "قال الوزير النهارده إن الأسعار سترتفع|النهارده|2018-09-06",
            "يصل الوفد بكرة إلى القاهرة|بكرة|2018-09-07",
            "يصل الوفد بكره إلى القاهرة|بكره|2018-09-07",
            "يصل الوفد بعد بكرة إلى القاهرة|بعد بكرة|2018-09-08",
    })
    void colloquialDayWords(String sentence, String text, String value) {
        assertTagged(sentence, "ar", REF, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "خرج أهل القرية عن بكرة أبيهم",
            "خرج أهل القرية عن بكرة ابيهم للاستقبال",
    })
    void theIdiomIsNotTomorrow(String sentence) {
        assertThat(tag(sentence, "ar", REF)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وقع الاتفاق في الثالث عشر من فبراير 2018|2018-02-13",
            "وقع الاتفاق في الحادي والعشرين من مارس 2018|2018-03-21",
            "وقع الاتفاق في الخامس من سبتمبر 2018|2018-09-05",
            "وقع الاتفاق يوم الثلاثاء الثالث عشر من فبراير 2018|2018-02-13",
            "وقع الاتفاق الأحد الحادي عشر من مارس 2018|2018-03-11",
            "وقع الاتفاق يوم الأربعاء الخامس من سبتمبر|2018-09-05",
    })
    void ordinalDayWords(String sentence, String value) {
        assertThat(values(tag(sentence, "ar", REF))).containsExactly(value);
    }
}
