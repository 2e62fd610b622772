package newsflow.enrich.time.mentions;

import newsflow.enrich.time.calendar.CalendarSystem;

import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static newsflow.enrich.time.mentions.TaggerAssertions.texts;
import static newsflow.enrich.time.mentions.TaggerAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import newsflow.common.model.DateMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #5: era suffixes (م، هـ، ميلادي، هجري، للميلاد، للهجرة), Hijri dates converted with the Umm al-Qura
 * calendar (java.time HijrahChronology) while the span keeps the Hijri text, and the convention for a Hijri year
 * alone (the Gregorian year holding its middle, see {@link HijriConverter#year(int)}). Known days: 1 Muharram
 * 1440 = 11 September 2018, 1 Ramadan 1439 = 16 May 2018 (Umm al-Qura).
 */
class ArabicEraAndHijriTest {

    private static final String REF = "2018-09-06";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "أقرت الخطة للعام 2018م كاملة|للعام 2018م|2018",
            "أقرت الخطة في 2018 م كاملة|2018 م|2018",
            "أقرت الخطة عام 2018 ميلادي كاملة|عام 2018 ميلادي|2018",
            "بني المسجد سنة 1200 للميلاد تقريبا|سنة 1200 للميلاد|1200",
            "ولد في 11/7/2017م في الدوحة|11/7/2017م|2017-07-11",
            "ولد في 3/1/2018 م في الدوحة|3/1/2018 م|2018-01-03",
    })
    void gregorianEraSuffixes(String sentence, String text, String value) {
        List<DateMention> found = tag(sentence, "ar", REF);
        assertThat(texts(found)).containsExactly(text);
        assertThat(values(found)).containsExactly(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "بدأ العام الدراسي في 1 محرم 1440 هـ رسميا|1 محرم 1440 هـ|2018-09-11",
            "بدأ العام الدراسي في 1 محرم 1440هـ رسميا|1 محرم 1440هـ|2018-09-11",
            "أعلن في 14 رمضان 1439هـ عن المبادرة|14 رمضان 1439هـ|2018-05-29",
            "أعلن في 14 رمضان 1439 هجري عن المبادرة|14 رمضان 1439 هجري|2018-05-29",
            "أعلن في 14 رمضان 1439 للهجرة عن المبادرة|14 رمضان 1439 للهجرة|2018-05-29",
            "أعلن في 10 ذي الحجة 1439هـ عن المبادرة|10 ذي الحجة 1439هـ|2018-08-21",
            "أعلن في 10 ذو الحجه 1439هـ عن المبادرة|10 ذو الحجه 1439هـ|2018-08-21",
            "أعلن في 10 ذى الحجة 1439هـ عن المبادرة|10 ذى الحجة 1439هـ|2018-08-21",
            "صدر القرار بتاريخ 1439/9/1هـ في الرياض|1439/9/1هـ|2018-05-16",
            "صدر القرار بتاريخ 1-9-1439هـ في الرياض|1-9-1439هـ|2018-05-16",
            "تقرر ذلك في شهر رمضان 1439هـ كما أعلن|شهر رمضان 1439هـ|2018-05",
    })
    void hijriDatesKeepTheirTextAndGetTheGregorianValue(String sentence, String text, String value) {
        List<DateMention> found = tag(sentence, "ar", REF);
        assertThat(texts(found)).containsExactly(text);
        assertThat(values(found)).containsExactly(value);
    }

    /** Convention: a Hijri year alone is the Gregorian year holding its middle (1 Rajab); 1439 AH ran 2017-09-21 … 2018-09-10. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "خطة موسم حج 1439هـ جاهزة|1439هـ|2018",
            "خطة عام 1439 هـ جاهزة|عام 1439 هـ|2018",
            "خطة سنة 1439 هجرية جاهزة|سنة 1439 هجرية|2018",
            "خطة عام 1440 للهجرة جاهزة|عام 1440 للهجرة|2019",
    })
    void hijriYearAloneIsTheGregorianYearOfItsMiddle(String sentence, String text, String value) {
        List<DateMention> found = tag(sentence, "ar", REF);
        assertThat(texts(found)).containsExactly(text);
        assertThat(values(found)).containsExactly(value);
    }

    /** Every Hijri month name and its usual variants (ى/ي, ة/ه, hamza) maps to its month number. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "محرم|1", "صفر|2", "ربيع الأول|3", "ربيع الاول|3", "ربيع الثاني|4", "ربيع الآخر|4", "جمادى الأولى|5",
            "جمادي الاولي|5", "جمادى الآخرة|6", "جمادى الثانية|6", "رجب|7", "شعبان|8", "رمضان|9", "شوال|10",
            "ذو القعدة|11", "ذي القعده|11", "ذو الحجة|12", "ذى الحجة|12",
    })
    void hijriMonthNames(String name, int month) {
        List<DateMention> found = tag("صدر القرار في 5 " + name + " 1440هـ بالرياض", "ar", REF);
        assertThat(texts(found)).containsExactly("5 " + name + " 1440هـ");
        assertThat(values(found)).containsExactly(CalendarSystem.ISLAMIC_UMALQURA.toGregorian(1440, month, 5).toString());
    }

    @Test
    void hijriYearConventionMatchesTheCalendar() {
        LocalDate start = CalendarSystem.ISLAMIC_UMALQURA.toGregorian(1439, 1, 1);
        LocalDate next = CalendarSystem.ISLAMIC_UMALQURA.toGregorian(1440, 1, 1);
        LocalDate middle = start.plusDays((next.toEpochDay() - start.toEpochDay()) / 2);
        assertThat(String.valueOf(CalendarSystem.ISLAMIC_UMALQURA.yearMiddle(1439).getYear())).isEqualTo(String.valueOf(middle.getYear()));
    }

    @Test
    void dayThirtyOfATwentyNineDayMonthIsTheDayAfterTheTwentyNinth() {
        // Safar 1433 has 29 days in Umm al-Qura; sighting-based calendars that count 30 give "30 صفر"
        assertThat(CalendarSystem.ISLAMIC_UMALQURA.toGregorian(1433, 2, 30))
                .isEqualTo(CalendarSystem.ISLAMIC_UMALQURA.toGregorian(1433, 2, 29).plusDays(1))
                .isEqualTo(CalendarSystem.ISLAMIC_UMALQURA.toGregorian(1433, 3, 1));
        assertThat(CalendarSystem.ISLAMIC_UMALQURA.toGregorian(1433, 2, 31)).isNull();
    }
}
