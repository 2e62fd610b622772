package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static newsflow.enrich.time.mentions.TaggerAssertions.texts;
import static newsflow.enrich.time.mentions.TaggerAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ArabicDayPhrases}: ordinal days, relative years and months, coordinated days, seasons with a year. */
class ArabicDayPhrasesTest {

    private static final String REF = "2018-09-06";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "قال في الخامس من سبتمبر 2018 إن الاتفاق قائم|الخامس من سبتمبر 2018|2018-09-05",
            "وقعت هجمات الحادي عشر من سبتمبر 2001 في نيويورك|الحادي عشر من سبتمبر 2001|2001-09-11",
            "تنتهي المهلة في الحادي والثلاثين من ديسمبر 2018|الحادي والثلاثين من ديسمبر 2018|2018-12-31",
            "بدأ الصيام في الأول من رمضان 1439هـ|الأول من رمضان 1439هـ|2018-05-16",
            "ارتفعت الأسعار منذ 31 مارس من العام الماضي|31 مارس من العام الماضي|2017-03-31",
            "تنتهي المهلة في الأول من يناير من العام المقبل|الأول من يناير من العام المقبل|2019-01-01",
            "يبدأ العمل بالقانون في يناير من العام المقبل|يناير من العام المقبل|2019-01",
            "صدر القرار في العاشر من الشهر الجاري|العاشر من الشهر الجاري|2018-09-10",
            "صدر القرار في 5 من الشهر الماضي|5 من الشهر الماضي|2018-08-05",
            "ازدهرت السياحة في صيف 2017 بشكل لافت|صيف 2017|2017-SU",
    })
    void dayPhrases(String sentence, String text, String value) {
        assertThat(texts(tag(sentence, "ar", REF))).containsExactly(text);
        assertThat(values(tag(sentence, "ar", REF))).containsExactly(value);
    }

    @Test
    void coordinatedDaysShareTheMonthOfTheFullDate() {
        assertThat(values(tag("يعقد الملتقى يومي 10 و11 أبريل 2016 في الكويت", "ar", REF)))
                .contains("2016-04-10", "2016-04-11");
        assertThat(values(tag("تقام الدورة من 3 إلى 9 يونيو 2019 في تونس", "ar", REF)))
                .containsExactly("2019-06-03", "2019-06-09");
    }

    @Test
    void coordinatedMonthsShareTheYear() {
        assertThat(values(tag("ارتفعت السرقات خلال شهري أكتوبر ونوفمبر 2016 بالعاصمة", "ar", REF)))
                .containsExactly("2016-10", "2016-11");
        assertThat(values(tag("ارتفعت السرقات بين ديسمبر ويناير 2017 بالعاصمة", "ar", REF)))
                .containsExactly("2016-12", "2017-01");
    }

    @Test
    void aWeekdayPicksTheYearOfADayAndMonth() {
        // 18 February was a Saturday in 2017, not in 2016 or 2018
        assertThat(values(tag("تجرى مقابلة الإياب يوم السبت 18 فيفري بسوسة", "ar", "2017-03-20")))
                .containsExactly("2017-02-18");
        assertThat(values(tag("تجرى مقابلة الإياب يوم السبت 18 فيفري بسوسة", "ar", "2018-01-05")))
                .containsExactly("2017-02-18");
    }

    @Test
    void placesNamedAfterADayAreNotDates() {
        assertThat(tag("جابت الحملة شارع 5 أوت وساحة 14 جانفي بالعاصمة", "ar", REF)).isEmpty();
        assertThat(tag("تظاهر الآلاف في ميدان 6 أكتوبر", "ar", REF)).isEmpty();
    }

    @Test
    void spacingAndGluedYears() {
        assertThat(values(tag("تمكن الأعوان يوم السبت 14ماي 2016 من ضبط الشحنة", "ar", REF)))
                .containsExactly("2016-05-14");
        assertThat(texts(tag("وصل إلى المدينة في 16  سبتمبر 2015 مع عائلته", "ar", REF)))
                .containsExactly("16  سبتمبر 2015");
        assertThat(values(tag("استقرت الأسعار بين شهري فيفري2017 وجانفي 2017", "ar", REF)))
                .containsExactly("2017-02", "2017-01");
    }

    @Test
    void anOrdinalAfterAUnitNounIsNotADay() {
        assertThat(values(tag("في الأسبوع الأول من مارس 2019 بدأت الحملة", "ar", REF))).doesNotContain("2019-03-01");
    }
}
