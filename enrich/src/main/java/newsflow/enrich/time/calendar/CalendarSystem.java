package newsflow.enrich.time.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.temporal.JulianFields;

/**
 * The calendars a date in a news text may be written in, converted to the Gregorian calendar by well-kept libraries
 * rather than our own arithmetic. Identifiers are the calendar types of Unicode CLDR / BCP 47 {@code -u-ca-}
 * (UTS #35, "Calendar identifiers"), the values of {@code dates[].calendar} in editions.
 * <ul>
 *   <li>{@link #ISLAMIC_UMALQURA}: Hijri (Islamic lunar), Umm al-Qura, with {@link HijrahChronology#INSTANCE} (the
 *       JDK's "Hijrah-umalqura" variant, valid 1300–1600 AH, from the tables of King Abdulaziz City for Science and
 *       Technology). Countries that begin a month by sighting the crescent may be a day off: a Hijri date is only
 *       exact to ±1 day ({@link #toleranceDays()}).</li>
 *   <li>{@link #PERSIAN}: Solar Hijri (Jalali), Iran's and Afghanistan's civil calendar, with ICU4J's
 *       Persian calendar ({@code Calendar.getInstance} for the locale {@code @calendar=persian};
 *       com.ibm.icu:icu4j: the JDK has no Persian chronology; ICU is the reference implementation of CLDR's
 *       calendars and is maintained by the Unicode Consortium). Exact.</li>
 * </ul>
 * Thread-safe (each conversion uses its own ICU calendar object).
 */
public enum CalendarSystem {
    /** Hijri, Umm al-Qura tables. */
    ISLAMIC_UMALQURA("islamic-umalqura", 1),
    /** Solar Hijri (Jalali). */
    PERSIAN("persian", 0);

    /** ICU's calendar choice by locale keyword (UTS #35); its Persian class itself is ICU-internal. */
    private static final ULocale PERSIAN_LOCALE = new ULocale("@calendar=persian");

    private final String id;
    private final int toleranceDays;

    CalendarSystem(String id, int toleranceDays) {
        this.id = id;
        this.toleranceDays = toleranceDays;
    }

    /** @return the CLDR / BCP 47 calendar identifier ({@code islamic-umalqura}, {@code persian}) */
    public String id() {
        return id;
    }

    /** @return how many days a converted date may be off (1 for Hijri: the month may start a day apart), else 0 */
    public int toleranceDays() {
        return toleranceDays;
    }

    /**
     * @param year  year of this calendar (Hijri 1300–1600; Solar Hijri any positive year)
     * @param month 1–12 (Muharram or Farvardin = 1)
     * @param day   1–31; for Hijri, day 30 of a month that Umm al-Qura counts 29 days is read as the day after the
     *              29th, since calendars based on sighting the crescent (and the tabular Islamic calendar) often
     *              give that month 30 days: a page dated "30 صفر 1433" is right in its own calendar
     * @return the Gregorian day, or null when the date does not exist in this calendar or is out of range
     */
    public LocalDate toGregorian(int year, int month, int day) {
        return this == ISLAMIC_UMALQURA ? hijri(year, month, day) : persian(year, month, day);
    }

    /**
     * A month of this calendar as one Gregorian month: the one holding the month's 15th day (a Hijri or Jalali month
     * straddles two Gregorian months; TIMEX3 has no value form for other calendars).
     *
     * @return the Gregorian day of the month's 15th, or null when out of range
     */
    public LocalDate monthMiddle(int year, int month) {
        return toGregorian(year, month, 15);
    }

    /**
     * A year of this calendar written alone ("1439هـ", "سال ۱۴۰۲") as one Gregorian year: the one holding the
     * year's middle, the first day of month 7 (1 Rajab, 1 Mehr), which shares most of its days with it
     * (1439 AH = 2017-09-21 … 2018-09-10 → 2018; 1402 AP → 2023).
     *
     * @return the Gregorian day of the year's middle, or null when out of range
     */
    public LocalDate yearMiddle(int year) {
        return toGregorian(year, 7, 1);
    }

    /**
     * @return the date as written in this calendar, ISO 8601 shaped ({@code 1402-08-15}, {@code 1445-03},
     *         {@code 1439}); month and day may be null
     */
    public static String original(int year, Integer month, Integer day) {
        StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "%04d", year));
        if (month != null) {
            sb.append(String.format(java.util.Locale.ROOT, "-%02d", month));
            if (day != null) {
                sb.append(String.format(java.util.Locale.ROOT, "-%02d", day));
            }
        }
        return sb.toString();
    }

    private static LocalDate hijri(int year, int month, int day) {
        try {
            if (day == 30 && month >= 1 && month <= 12
                    && HijrahChronology.INSTANCE.date(year, month, 1).lengthOfMonth() == 29) {
                return LocalDate.from(HijrahChronology.INSTANCE.date(year, month, 29)).plusDays(1);
            }
            return LocalDate.from(HijrahChronology.INSTANCE.date(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate persian(int year, int month, int day) {
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        Calendar c = Calendar.getInstance(TimeZone.GMT_ZONE, PERSIAN_LOCALE);
        c.setLenient(false);
        c.clear();
        c.set(year, month - 1, day);
        try {
            int julianDay = c.get(Calendar.JULIAN_DAY);
            return LocalDate.MIN.with(JulianFields.JULIAN_DAY, julianDay);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
