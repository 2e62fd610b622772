package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import newsflow.common.model.DateMention;
import newsflow.enrich.time.calendar.CalendarSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates written in the Hijri and Solar Hijri calendars: read in the text's own calendar, recorded with it
 * ({@code calendar}, {@code original}, a ±1 day note for Hijri), and one expression when the page gives the same
 * day in two calendars (issue 14, item 2).
 */
class CalendarMentionsTest {

    private static final String REF = "2023-11-08";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Persian text, Persian digits, slashes and dashes
        "این تصمیم در تاریخ ۱۴۰۲/۰۸/۱۵ اعلام شد|2023-11-06|1402-08-15",
        "این قانون در ۱۳۹۳-۰۲-۱۰ تصویب شد|2014-04-30|1393-02-10",
        // Persian text, Latin digits
        "این تصمیم در تاریخ 1402/08/15 اعلام شد|2023-11-06|1402-08-15",
        "گزارش 1399.12.30 منتشر شد|2021-03-20|1399-12-30",
        // Persian month names, both digit forms and an ordinal day word
        "این نشست ۱۵ آبان ۱۴۰۲ برگزار شد|2023-11-06|1402-08-15",
        "این نشست 15 آبان 1402 برگزار شد|2023-11-06|1402-08-15",
        "این نشست سوم شهریور ۱۳۹۴ برگزار شد|2015-08-25|1394-06-03"})
    void persianTextReadsFourDigitYearsAsJalali(String sentence, String value, String original) {
        assertRecorded(only(tag(sentence, "fa", REF)), value, "persian", original, null);
    }

    @Test
    void aLunarMarkInPersianTextIsTheHijriCalendar() {
        DateMention m = only(tag("این رویداد در ۱۴۴۵/۰۳/۱۲ ه.ق رخ داد", "fa", REF));
        assertThat(m.calendar()).isEqualTo("islamic-umalqura");
        assertThat(m.value()).isEqualTo("2023-09-27");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Arabic-Indic digits with the era sign هـ
        "صدر القرار في ١٢/٠٣/١٤٤٥هـ في الرياض|2023-09-27|1445-03-12",
        // Latin digits, هـ after a space
        "صدر القرار في 12-03-1445 هـ في الرياض|2023-09-27|1445-03-12",
        // Hijri month names
        "صدر القرار في 12 ربيع الأول 1445هـ في الرياض|2023-09-27|1445-03-12",
        "صدر القرار في 1 رمضان 1439 هـ في الرياض|2018-05-16|1439-09-01"})
    void hijriDatesKeepTheirCalendarAndADayOfTolerance(String sentence, String value, String original) {
        assertRecorded(only(tag(sentence, "ar", REF)), value, "islamic-umalqura", original, "±1 day");
    }

    @Test
    void gregorianDatesHaveNoCalendarFields() {
        assertRecorded(only(tag("صدر القرار في 27 سبتمبر 2023 في الرياض", "ar", REF)), "2023-09-27", null, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the two calendars agree
        "صدر القرار يوم 12 ربيع الأول 1445هـ الموافق 27 سبتمبر 2023م في الرياض",
        // they disagree by a day (the page's Hijri month began a day later): the Gregorian date is the value
        "صدر القرار يوم 13 ربيع الأول 1445هـ الموافق 27 سبتمبر 2023م في الرياض",
        "صدر القرار يوم 11/03/1445هـ - 27/09/2023م في الرياض",
        "صدر القرار يوم 27 سبتمبر 2023م (13 ربيع الأول 1445هـ) في الرياض"})
    void aDayInTwoCalendarsIsOneDateValuedByTheGregorianOne(String sentence) {
        DateMention m = only(tag(sentence, "ar", REF));
        assertThat(m.value()).isEqualTo("2023-09-27");
        assertThat(m.calendar()).isEqualTo("islamic-umalqura");
        assertThat(m.original()).startsWith("1445-03-1");
    }

    @Test
    void aJalaliAndGregorianPairIsOneDate() {
        DateMention m = only(tag("این نشست ۱۵ آبان ۱۴۰۲ برابر با ۶ نوامبر ۲۰۲۳ برگزار شد", "fa", REF));
        assertThat(m.value()).isEqualTo("2023-11-06");
        assertThat(m.original()).isEqualTo("1402-08-15");
    }

    @Test
    void twoCalendarsFarApartAreTwoDates() {
        List<DateMention> found = tag("صدر القرار يوم 12 ربيع الأول 1445هـ، ونفذ في 27 ديسمبر 2023م", "ar", REF);
        assertThat(found).hasSize(2);
    }

    @Test
    void aTextDeclaredHijriReadsUnmarkedNumericDatesInIt() {
        DateReference hijri = new DateReference(LocalDate.parse("2020-06-15"), false, null,
                CalendarSystem.ISLAMIC_UMALQURA);
        assertThat(new TemporalTagger().tag("30-02-33", "ar", hijri)).extracting(DateMention::value)
                .containsExactly("2012-01-24");
        assertThat(new TemporalTagger().tag("10-03-90", "ar", hijri)).extracting(DateMention::value)
                .containsExactly("1970-05-16");
        assertThat(new TemporalTagger().tag("14-09-1432", "ar", hijri)).extracting(DateMention::value)
                .containsExactly("2011-08-14");
    }

    private static void assertRecorded(DateMention m, String value, String calendar, String original, String note) {
        assertThat(m.value()).isEqualTo(value);
        assertThat(m.calendar()).isEqualTo(calendar);
        assertThat(m.original()).isEqualTo(original);
        assertThat(m.calendarNote()).isEqualTo(note);
    }

    private static DateMention only(List<DateMention> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
