package newsflow.enrich.date;

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
     * @param day   1–30
     * @return the Gregorian day, or null when the Hijri date does not exist or is out of range
     */
    static LocalDate toGregorian(int year, int month, int day) {
        try {
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
     * A Hijri year as one Gregorian year: the year holding the Hijri year's middle (15 Rajab), since a
     * Hijri year of 354–355 days straddles two Gregorian years.
     *
     * @return "YYYY", or null when out of range
     */
    static String year(int year) {
        LocalDate mid = toGregorian(year, 7, 1);
        return mid == null ? null : Timex.year(mid.getYear());
    }
}
