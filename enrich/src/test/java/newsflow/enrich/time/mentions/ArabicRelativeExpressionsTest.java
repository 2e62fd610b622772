package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static newsflow.enrich.time.mentions.TaggerAssertions.texts;
import static newsflow.enrich.time.mentions.TaggerAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.common.model.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #5: relative expressions resolved against the reference day, Thursday 6 September 2018 (ISO week
 * 2018-W36), and weekdays anchored as the contract says (latest on or before, the next one in a future
 * sentence: سوف، سـ، القادم، المقبل).
 */
class ArabicRelativeExpressionsTest {

    private static final String REF = "2018-09-06";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "أعلنت الوزارة اليوم النتائج|اليوم|2018-09-06",
            "أعلنت الوزارة أمس النتائج|أمس|2018-09-05",
            "أعلنت الوزارة يوم أمس النتائج|يوم أمس|2018-09-05",
            "أعلنت الوزارة البارحة النتائج|البارحة|2018-09-05",
            "أعلنت الوزارة البارحه النتائج|البارحه|2018-09-05",
            "تعلن الوزارة غدا النتائج|غدا|2018-09-07",
            "تعلن الوزارة غداً النتائج|غداً|2018-09-07",
            "تعلن الوزارة يوم غد النتائج|يوم غد|2018-09-07",
            "أعلنت الوزارة أول أمس النتائج|أول أمس|2018-09-04",
            "تعلن الوزارة بعد غد النتائج|بعد غد|2018-09-08",
            "وصل الوفد مساء أمس إلى الدوحة|مساء أمس|2018-09-05TNI",
            "يصل الوفد صباح غد إلى الدوحة|صباح غد|2018-09-07TMO",
            "تقام المباراة عشية اليوم في رادس|عشية اليوم|2018-09-06TEV",
            // "اليوم" before a noun is today; before an adjective or "17 من" it is a named or counted day
            "احتفلت البلاد اليوم الوطني للمرأة ثم عادت|—|—",
            "ارتفعت الأسعار في اليوم 17 من رمضان بشدة|—|—",
    })
    void deicticDays(String sentence, String text, String value) {
        assertOne(sentence, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "عقد الاجتماع الأسبوع الماضي في عمان|الأسبوع الماضي|2018-W35",
            "يعقد الاجتماع الأسبوع المقبل في عمان|الأسبوع المقبل|2018-W37",
            "يعقد الاجتماع الأسبوع القادم في عمان|الأسبوع القادم|2018-W37",
            "تراجعت الأسعار الشهر الماضي بشدة|الشهر الماضي|2018-08",
            "ترتفع الأسعار الشهر المقبل بشدة|الشهر المقبل|2018-10",
            "تراجعت الأسعار العام الماضي بشدة|العام الماضي|2017",
            "تراجعت الأسعار السنة الماضية بشدة|السنة الماضية|2017",
            "تراجعت الأسعار السنه الماضيه بشدة|السنه الماضيه|2017",
            "ترتفع الأسعار العام المقبل بشدة|العام المقبل|2019",
            "ترتفع الأسعار السنة المقبلة بشدة|السنة المقبلة|2019",
            "ترتفع الأسعار العام القادم بشدة|العام القادم|2019",
            // the preposition stays outside the extent
            "يعقد الاجتماع خلال الأسبوع المقبل في عمان|الأسبوع المقبل|2018-W37",
            "تراجعت الأسعار خلال السنة الماضية بشدة|السنة الماضية|P1Y",
            // Tunisian usage: الفارط / المنقضي for "last"
            "تراجعت الأسعار السنة الفارطة بشدة|السنة الفارطة|2017",
            "عقدت الجلسة يوم الثلاثاء الفارط بتونس|يوم الثلاثاء الفارط|2018-09-04",
            "صدر القرار في شهر مارس المنقضي بتونس|شهر مارس المنقضي|2018-03",
            "تسلمته السلطات الليلة الماضية من ألمانيا|الليلة الماضية|2018-09-05TNI",
    })
    void calendarUnitsWithModifiers(String sentence, String text, String value) {
        assertOne(sentence, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وصل الوفد منذ ثلاثة أيام إلى الدوحة|منذ ثلاثة أيام|2018-09-03",
            "وصل الوفد منذ 3 أيام إلى الدوحة|منذ 3 أيام|2018-09-03",
            "غادر الوفد قبل أسبوعين إلى الدوحة|قبل أسبوعين|2018-W34",
            "غادر الوفد قبل شهرين إلى الدوحة|قبل شهرين|2018-07",
            "تأسست الشركة منذ خمس سنوات في الدوحة|منذ خمس سنوات|2013",
            "غادر الوفد منذ أسبوع إلى الدوحة|منذ أسبوع|2018-W35",
            "غادر الوفد قبل سنة إلى الدوحة|قبل سنة|2017",
            "يعود الوفد بعد يومين إلى الدوحة|بعد يومين|2018-09-08",
            "يعود الوفد بعد ثلاثة أشهر إلى الدوحة|بعد ثلاثة أشهر|2018-12",
            // counted from another event, not from the reference: an amount of time
            "انتهت المفاوضات بعد عامين من الحرب|بعد عامين|P2Y",
            "استمرت المفاوضات ثلاثة أيام متتالية|ثلاثة أيام|P3D",
            "أقام في المدينة عاما كاملا|عاما|P1Y",
            // "عامًا" after an indefinite noun is the adjective "general"
            "انتخب المؤتمر نور الدين أمينا عاما للاتحاد|—|—",
            "تم إمضاء 796 عقدا مع الشركات|—|—",
            "يعتقد أنه في الأربعينيات من العمر|—|—",
            "برمجت الشركة رحلتين كل أيام الاثنين|كل أيام الاثنين|XXXX-WXX-1",
    })
    void amountsBeforeOrAfterTheReference(String sentence, String text, String value) {
        assertOne(sentence, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a report: the latest such day on or before Thursday 6 September
            "عقد الاجتماع يوم الأربعاء في الدوحة|يوم الأربعاء|2018-09-05",
            "عقد الاجتماع الخميس في الدوحة|الخميس|2018-09-06",
            "عقد الاجتماع يوم الجمعة في الدوحة|يوم الجمعة|2018-08-31",
            "عقد الاجتماع الجمعة الماضية في الدوحة|الجمعة الماضية|2018-08-31",
            // a future sentence: the next one
            "سيعقد الاجتماع يوم الأربعاء في الدوحة|يوم الأربعاء|2018-09-12",
            "سوف يعقد الاجتماع الأحد في الدوحة|الأحد|2018-09-09",
            "يعقد الاجتماع الأحد القادم في الدوحة|الأحد القادم|2018-09-09",
            "يعقد الاجتماع الخميس المقبل في الدوحة|الخميس المقبل|2018-09-13",
            "ستنطلق البطولة يوم السبت في الدوحة|يوم السبت|2018-09-08",
            // nouns that look like سـ + verb are not future cues
            "عرض يوم الأحد فيلم قديم في سينما الحمراء|يوم الأحد|2018-09-02",
    })
    void weekdays(String sentence, String text, String value) {
        assertOne(sentence, text, value);
    }

    @org.junit.jupiter.api.Test
    void aFutureCueInALaterCoordinatedClauseDoesNotMoveAnEarlierWeekday() {
        // "the port opened on Tuesday and will close next Friday" (reference Thursday 6 September 2018)
        assertThat(values(tag("افتتح الميناء يوم الثلاثاء وسيغلق يوم الجمعة المقبل", "ar", REF)))
                .containsExactly("2018-09-04", "2018-09-07");
        // an adjective a few words after the weekday still qualifies it
        assertThat(values(tag("يعقد الاجتماع يوم الثلاثاء من الأسبوع المقبل", "ar", REF)))
                .first().isEqualTo("2018-09-11");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ينعقد اليوم 5 سبتمبر 2018 الحوار الثاني|اليوم 5 سبتمبر 2018|2018-09-05",
            "ينعقد اليوم، 5 سبتمبر 2018، الحوار الثاني|اليوم، 5 سبتمبر 2018|2018-09-05",
            "انعقد أمس الأربعاء 5 سبتمبر 2018 الحوار الثاني|أمس الأربعاء 5 سبتمبر 2018|2018-09-05",
            "انعقد يوم الثلاثاء 4 أيلول 2018 الحوار الثاني|يوم الثلاثاء 4 أيلول 2018|2018-09-04",
            "وقعت المذكرة يوم الأربعاء الموافق 11 يوليو 2017 في الدوحة|يوم الأربعاء الموافق 11 يوليو 2017|2017-07-11",
    })
    void deicticWordNextToAnExplicitDateIsOneExpressionWithTheExplicitValue(String sentence, String text, String value) {
        assertOne(sentence, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a period before an Arabic word ends the sentence: the future verb of the next one does not count
            "وأوضحت الوكالة الأحد أن القرار نهائي. وستعلن الحكومة التفاصيل لاحقا|الأحد|2018-09-02",
            // "بعد 12 سنة منذ": counted from another event
            "عاد إلى الجامعة بعد 12 سنة منذ تخرجه|بعد 12 سنة|P12Y",
    })
    void sentenceAndAnchorBoundaries(String sentence, String text, String value) {
        assertOne(sentence, text, value);
    }

    @org.junit.jupiter.api.Test
    void againstAFetchTimeTheNamedWeekdayWinsOverADeicticWord() {
        // fetched on Tuesday 11 September; the page says "yesterday, Sunday": Sunday 9 September
        List<DateMention> found = TaggerAssertions.TAGGER.tag("أعلنت الوزارة أمس الأحد عن النتائج", "ar",
                new DateReference(java.time.LocalDate.parse("2018-09-11"), true, null));
        assertThat(values(found)).containsExactly("2018-09-09");
        // against a publication date, the deictic word is resolved as the contract says
        assertThat(values(tag("أعلنت الوزارة أمس الأحد عن النتائج", "ar", "2018-09-11"))).containsExactly("2018-09-10");
    }

    private static void assertOne(String sentence, String text, String value) {
        List<DateMention> found = tag(sentence, "ar", REF);
        if ("—".equals(text)) {
            assertThat(found).isEmpty();
            return;
        }
        assertThat(texts(found)).containsExactly(text);
        assertThat(values(found)).containsExactly(value);
    }
}
