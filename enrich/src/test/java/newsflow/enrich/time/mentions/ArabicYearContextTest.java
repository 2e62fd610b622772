package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static newsflow.enrich.time.mentions.TaggerAssertions.texts;
import static newsflow.enrich.time.mentions.TaggerAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue #5: a four-digit number is a year only where the context makes it a date. */
class ArabicYearContextTest {

    private static final String REF = "2018-09-06";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "تم خلال 5 جلسات استعراض التطورات",
            "شارك 300 ألف طالب في الامتحانات",
            "شارك 2000 ألف طالب في الامتحانات",
            "وفق المادة 2022 من القانون",
            "صدر القرار رقم 2019 بشأن التعليم",
            "ارتفع عدد المسجلين إلى 2019 طالبا",
            "بلغ عدد الضحايا 1850 شخصا",
            "ارتفع المؤشر إلى 1900 نقطة، بزيادة 3%",
            "بلغ عدد طالبي الشغل إلى موفى شهر ديسمبر 8867 طالب شغل",
    })
    void numbersThatAreNotYears(String sentence) {
        assertThat(tag(sentence, "ar", REF)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "تراجع النمو في 2019 بسبب الأزمة|2019|2019",
            "لم يتغير شيء منذ 2011 في البلاد|2011|2011",
            "تراجع النمو عام 2019 بسبب الأزمة|عام 2019|2019",
            "تراجع النمو خلال العام 2019 بسبب الأزمة|العام 2019|2019",
            "تستضيف قطر كأس العالم 2022.|2022|2022",
    })
    void yearsInADateContext(String sentence, String text, String value) {
        assertThat(texts(tag(sentence, "ar", REF))).containsExactly(text);
        assertThat(values(tag(sentence, "ar", REF))).containsExactly(value);
    }

    @Test
    void twoJoinedYearsAreBothYears() {
        assertThat(values(tag("خلال الموسم الدراسي 2016/2017 وفي المخطط 2016-2020", "ar", REF)))
                .containsExactly("2016", "2017", "2016", "2020");
    }
}
