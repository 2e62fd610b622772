package newsflow.enrich.time.mentions;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;

/**
 * Hijri (Islamic lunar) to Gregorian conversion with {@link HijrahChronology#INSTANCE}, the Umm al-Qura
 * calendar of Saudi Arabia (JDK "Hijrah-umalqura" variant, valid 1300–1600 AH; see the JDK's
 * {@code hijrah-config-Hijrah-umalqura_islamic-umalqura.properties} and the Umm al-Qura tables published by
 * King Abdulaziz City for Science and Technology). Values outside that range give null.
 */
final class HijriConverter {

    private HijriConverter() {
    }

    /**
     * @param year  Hijri year (1300–1600)
     * @param month 1–12 (Muharram = 1)
     * @param day   1–30; day 30 of a month that Umm al-Qura counts 29 days is read as the day after the 29th,
     *              since calendars based on sighting the crescent (and the tabular Islamic calendar) often
     *              give that month 30 days: a page dated "30 صفر 1433" is right in its own calendar
     * @return the Gregorian day, or null when the Hijri date does not exist or is out of range
     */
    static LocalDate toGregorian(int year, int month, int day) {
        try {
            if (day == 30 && month >= 1 && month <= 12
                    && HijrahChronology.INSTANCE.date(year, month, 1).lengthOfMonth() == 29) {
                return LocalDate.from(HijrahChronology.INSTANCE.date(year, month, 29)).plusDays(1);
            }
            HijrahDate h = HijrahChronology.INSTANCE.date(year, month, day);
            return LocalDate.from(h);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A Hijri month as one Gregorian month: the month holding the Hijri month's 15th day (a Hijri month
     * straddles two Gregorian months; TIMEX3 has no Hijri value form).
     *
     * @return "YYYY-MM", or null when out of range
     */
    static String month(int year, int month) {
        LocalDate mid = toGregorian(year, month, 15);
        return mid == null ? null : Timex.month(mid.getYear(), mid.getMonthValue());
    }

    /**
     * A Hijri year written alone ("1439هـ", "عام 1439 هجري") as one TIMEX3 value. TIMEX3 has no Hijri year
     * form and a Hijri year of 354–355 days straddles two Gregorian years (1439 AH = 2017-09-21 … 2018-09-10),
     * so the convention here is the Gregorian year holding the Hijri year's middle, 1 Rajab (month 7): the
     * Gregorian year that shares most of its days with the Hijri one (1439 → "2018", 1440 → "2019"). The span
     * keeps the Hijri text, so a reader can still see the exact calendar year.
     *
     * @return "YYYY", or null when out of range
     */
    static String year(int year) {
        LocalDate mid = toGregorian(year, 7, 1);
        return mid == null ? null : Timex.year(mid.getYear());
    }
}
