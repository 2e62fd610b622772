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
 * Issue #5: Gregorian month names in every regional set (Egyptian/Gulf, Levantine/Iraqi, Maghreb), their
 * spelling variants (hamza and alef forms, ة/ه, ى/ي), the optional "شهر" and the paired forms of pan-Arab media.
 */
class ArabicMonthFormsTest {

    private static final String REF = "2018-09-06";

    @ParameterizedTest(name = "{0} = month {1}")
    @CsvSource(delimiter = '|', value = {
            // Egyptian / Gulf
            "يناير|01", "فبراير|02", "مارس|03", "أبريل|04", "مايو|05", "يونيو|06", "يوليو|07", "أغسطس|08",
            "سبتمبر|09", "أكتوبر|10", "نوفمبر|11", "ديسمبر|12", "يونيه|06", "يوليه|07",
            // Levantine / Iraqi, long and short paired forms (case C06)
            "كانون الثاني|01", "شباط|02", "آذار|03", "نيسان|04", "أيار|05", "حزيران|06", "تموز|07", "آب|08",
            "أيلول|09", "تشرين الأول|10", "تشرين الثاني|11", "كانون الأول|12", "تشرين 1|10", "تشرين 2|11",
            "كانون 1|12", "كانون 2|01",
            // Maghreb
            "جانفي|01", "فيفري|02", "أفريل|04", "ماي|05", "جوان|06", "جويلية|07", "أوت|08",
            // spelling variants: hamza / madda / bare alef, ة or ه
            "ابريل|04", "إبريل|04", "اغسطس|08", "اكتوبر|10", "اذار|03", "ايار|05", "اب|08",
            "ايلول|09", "تشرين الاول|10", "كانون الاول|12", "افريل|04", "اوت|08", "جويليه|07",
            // alef maqsura for a final ya
            "جانفى|01", "فيفرى|02", "ماى|05",
    })
    void everyRegionalNameWithDayAndYear(String month, String number) {
        List<DateMention> found = tag("وقعت الاتفاقية في 5 " + month + " 2019 بحضور الوزراء", "ar", REF);
        assertThat(texts(found)).containsExactly("5 " + month + " 2019");
        assertThat(values(found)).containsExactly("2019-" + number + "-05");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "صدر التقرير في شهر فبراير 2017|شهر فبراير 2017|2017-02",
            "صدر التقرير في شهر شباط 2017|شهر شباط 2017|2017-02",
            "افتتح المعرض في 9 شهر نيسان 2016|9 شهر نيسان 2016|2016-04-09",
            "افتتح المعرض في 9 من شهر أفريل 2016|9 من شهر أفريل 2016|2016-04-09",
            "أجريت الانتخابات في مايو 2014|مايو 2014|2014-05",
            "أجريت الانتخابات في ماي 2014|ماي 2014|2014-05",
    })
    void monthWithYearAndOptionalShahr(String sentence, String text, String value) {
        List<DateMention> found = tag(sentence, "ar", REF);
        assertThat(texts(found)).containsExactly(text);
        assertThat(values(found)).containsExactly(value);
    }

    /** Al Jazeera / BBC Arabic style: both names, the second after a slash or in brackets. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وقع الاتفاق في 5 مارس/آذار 2019 بالدوحة|5 مارس/آذار 2019|2019-03-05",
            "وقع الاتفاق في 5 آذار (مارس) 2019 بالدوحة|5 آذار (مارس) 2019|2019-03-05",
            "وصل الوفد في أكتوبر/تشرين الأول 2018 إلى بغداد|أكتوبر/تشرين الأول 2018|2018-10",
            "جرت الانتخابات في آب/أغسطس الماضي|آب/أغسطس الماضي|2018-08",
    })
    void pairedMonthNames(String sentence, String text, String value) {
        List<DateMention> found = tag(sentence, "ar", REF);
        assertThat(texts(found)).containsExactly(text);
        assertThat(values(found)).containsExactly(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // "آب" is also "father" and "ماي" a loan word: alone they are not months
            "قال الآب إن الكنيسة مفتوحة",
            "شرب كوب ماي بارد",
    })
    void ambiguousNamesAloneAreNotMonths(String sentence) {
        assertThat(tag(sentence, "ar", REF)).isEmpty();
    }
}
