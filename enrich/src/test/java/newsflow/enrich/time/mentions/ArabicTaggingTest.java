package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static newsflow.enrich.time.mentions.TaggerAssertions.texts;
import static newsflow.enrich.time.mentions.TaggerAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.common.model.DateMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicTaggingTest {

    private static final String REF = "2018-09-06";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت المذكرة في 11 يوليو 2017 بالدوحة|11 يوليو 2017|2017-07-11",
            "اجتمع الوفدان في نوفمبر 2017 في واشنطن|نوفمبر 2017|2017-11",
            "خطة العمل للعام 2018م قيد التنفيذ|للعام 2018م|2018",
            "التحضير لكأس العالم 2022م مستمر|2022م|2022",
            "وقعت في شهر 7 من العام 2017 المذكرة|شهر 7 من العام 2017|2017-07",
            "افتتح المعرض في 5 جانفي 2019 بتونس|5 جانفي 2019|2019-01-05",
            "صدر القرار في 12 أوت 2018|12 أوت 2018|2018-08-12",
            "جرت الانتخابات في 20 جويلية 2018|20 جويلية 2018|2018-07-20",
            "تم ذلك في 3 أفريل 2018|3 أفريل 2018|2018-04-03",
    })
    void explicitDates(String sentence, String text, String value) {
        List<DateMention> found = tag(sentence, "ar", REF);
        assertThat(texts(found)).containsExactly(text);
        assertThat(values(found)).containsExactly(value);
    }

    /** Case C06: Levantine month names, long and short ("تشرين 1") forms. */
    @Test
    void levantineMonthNames() {
        String text = "نُشر في 3 تشرين 1 2023\nآخر تحديث: 14 كانون الثاني 2024\nالخميس 7 آذار 2024";
        List<DateMention> found = tag(text, "ar", "2024-03-10");
        assertThat(values(found)).containsExactly("2023-10-03", "2024-01-14", "2024-03-07");
        assertThat(found.get(2).text()).isEqualTo("الخميس 7 آذار 2024");
    }

    @Test
    void shortPairedFormsMapToTheRightMonths() {
        assertThat(values(tag("في 1 كانون 2 2020 و 2 كانون 1 2020 و 9 تشرين 2 2020", "ar", REF)))
                .containsExactly("2020-01-01", "2020-12-02", "2020-11-09");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وصل الوفد اليوم|اليوم|2018-09-06",
            "وصل الوفد أمس|أمس|2018-09-05",
            "يصل الوفد غداً|غداً|2018-09-07",
            "عقد الاجتماع الأسبوع الماضي|الأسبوع الماضي|2018-W35",
            "ارتفعت الصادرات العام الماضي|العام الماضي|2017",
            "تجرى الانتخابات الشهر المقبل|الشهر المقبل|2018-10",
            "عقد الاجتماع يوم الأربعاء في الدوحة|يوم الأربعاء|2018-09-05",
            "سيعقد الاجتماع يوم الأربعاء في الدوحة|يوم الأربعاء|2018-09-12",
            "سوف يصل الوفد الثلاثاء|الثلاثاء|2018-09-11",
            "استمرت المفاوضات 26 عاما|26 عاما|P26Y",
            "تعقد القمة كل عامين|كل عامين|P2Y",
            "ازدهر المسرح في الستينيات|الستينيات|196",
    })
    void relativeExpressions(String sentence, String text, String value) {
        List<DateMention> found = tag(sentence, "ar", REF);
        assertThat(texts(found)).containsExactly(text);
        assertThat(values(found)).containsExactly(value);
    }

    @Test
    void deicticWordNextToExplicitDateIsOneExpression() {
        List<DateMention> found = tag("ينعقد اليوم 5 سبتمبر 2018 الحوار الثاني", "ar", REF);
        assertThat(texts(found)).containsExactly("اليوم 5 سبتمبر 2018");
        assertThat(values(found)).containsExactly("2018-09-05");
    }

    @Test
    void countedSessionsAreNotDates() {
        assertThat(tag("تم خلال جلسات العمل الخمس استعراض التطورات", "ar", REF)).isEmpty();
    }

    @Test
    void arabicIndicAndPersianDigits() {
        assertThat(values(tag("في ١١ يوليو ٢٠١٧ وفي ۱۲ أغسطس ۲۰۱۸", "ar", REF)))
                .containsExactly("2017-07-11", "2018-08-12");
        assertThat(values(tag("بتاريخ ١١/٧/٢٠١٧م", "ar", REF))).containsExactly("2017-07-11");
    }

    @Test
    void bidiMarksDoNotBreakParsingAndStayCountedInOffsets() {
        String text = "بتاريخ \u200F11\u200F/7/2017م انتهى";
        List<DateMention> found = tag(text, "ar", REF);
        assertThat(values(found)).containsExactly("2017-07-11");
        DateMention m = found.get(0);
        assertThat(m.start()).isEqualTo(8);
        assertThat(m.text()).isEqualTo("11\u200F/7/2017م");
        assertThat(m.end()).isEqualTo(m.start() + m.text().codePointCount(0, m.text().length()));
    }

    @Test
    void hijriDatesAreConvertedAndKeepTheirText() {
        List<DateMention> found = tag("بدأ الصيام في 1 رمضان 1439 هـ", "ar", REF);
        assertThat(texts(found)).containsExactly("1 رمضان 1439 هـ");
        assertThat(values(found)).containsExactly("2018-05-16");
        assertThat(values(tag("في 14-09-1432 هـ", "ar", REF))).containsExactly("2011-08-14");
        assertThat(values(tag("موسم حج 1439هـ", "ar", REF))).containsExactly("2018");
    }
}
