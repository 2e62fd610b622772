package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static newsflow.enrich.time.mentions.TaggerAssertions.texts;
import static newsflow.enrich.time.mentions.TaggerAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #5: TIMEX3 conventions (TimeML 1.2.1 guidelines, TimeBank practice) for Arabic kinds: the elided
 * article after ل ("للعام الماضي"), the weekend (-WE), centuries written with digits, vague present and past
 * references, and fractions of a unit. Reference day Thursday 24 December 2015 (ISO week 2015-W52).
 */
class ArabicTimeMlKindsTest {

    private static final String REF = "2015-12-24";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // ل + العام is written للعام: the same relative year as "العام الماضي"
            "نشرت الهيئة أرقام الصادرات للعام الماضي أمام البرلمان|لعام الماضي|2014",
            "أعلنت الشركة نتائجها للعام الحالي في مؤتمر صحفي|لعام الحالي|2015",
            "خصصت الوزارة ميزانية للشهر المقبل لدعم المزارعين|لشهر المقبل|2016-01",
            "تعود هذه المخطوطات للقرن التاسع عشر حسب الخبراء|لقرن التاسع عشر|18",
            // the end of the week is the weekend
            "أقيم المهرجان نهاية الأسبوع الماضي في الرباط|نهاية الأسبوع الماضي|2015-W51-WE",
            "تنطلق البطولة في نهاية الأسبوع المقبل بمشاركة عشرة فرق|نهاية الأسبوع المقبل|2015-W53-WE",
            // centuries with digits: the 19th century is 18 (TIMEX3 century values count hundreds)
            "شيدت القلعة في القرن الـ19 على يد الحاكم|القرن الـ19|18",
            "تواجه الجامعات تحديات القرن 21 في التعليم|القرن 21|20",
            // vague references (TimeBank: "these days" PRESENT_REF, "several years ago" PAST_REF)
            "يعيش الكاتب في الوقت الحاضر في مدينة صلالة|في الوقت الحاضر|PRESENT_REF",
            "تشهد الأسواق هذه الأيام إقبالا كبيرا على الذهب|هذه الأيام|PRESENT_REF",
            "انتقلت الأسرة إلى مسقط منذ عدة سنوات بحثا عن العمل|منذ عدة سنوات|PAST_REF",
            "زار الوزير المصنع قبل بضعة أسابيع واطلع على سير العمل|قبل بضعة أسابيع|PAST_REF",
            // fractions of a unit: the amount in the next smaller unit
            "استمر الاجتماع نصف ساعة فقط|نصف ساعة|PT30M",
            "استغرقت الرحلة ساعة ونصف بالحافلة|ساعة ونصف|PT1H30M",
            "استمرت المحاضرة ثلاث ساعات ونصف دون توقف|ثلاث ساعات ونصف|PT3H30M",
            "قضى في المنفى ربع قرن قبل أن يعود|ربع قرن|P25Y",
            "عمل في التدريس نصف قرن كامل|نصف قرن|P50Y",
            "بقي المشروع متوقفا عاما ونصف بسبب التمويل|عاما ونصف|P18M",
            // quarters and halves of a relative year are one expression
            "يتوقع البنك تعافي النمو في الربع الأول من العام المقبل|الربع الأول من العام المقبل|2016-Q1",
            "تراجعت المبيعات في النصف الثاني من العام الماضي|النصف الثاني من العام الماضي|2014-H2",
            // a bare year after a spaced dash in a reference
            "استشهد الكاتب بكتاب (دي توكفيل - 1835 الديمقراطية في أمريكا) في مقاله|1835|1835",
    })
    void timemlValues(String sentence, String text, String value) {
        var found = tag(sentence, "ar", REF);
        assertThat(texts(found)).containsExactly(text);
        assertThat(values(found)).containsExactly(value);
    }

    @org.junit.jupiter.api.Test
    void theseCountedDaysAreADurationNotThePresent() {
        // "هذه الأيام" followed by a number is an anaphoric span of days (P3D), not "nowadays"
        assertThat(values(tag("خلال هذه الأيام الثلاثة تجري المنافسات", "ar", REF))).containsExactly("P3D");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a word starting with لل that is not ل + a unit
            "قدمت الجمعية الدعم للعائلات المحتاجة",
            // half of a month has no TIMEX3 value
            "ارتفعت المخالفات في النصف الثاني من شهر رمضان",
    })
    void notTheseKinds(String sentence) {
        assertThat(tag(sentence, "ar", REF)).isEmpty();
    }
}
