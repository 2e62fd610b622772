package newsflow.enrich.time.mentions;

import newsflow.enrich.time.calendar.CalendarSystem;

import java.time.LocalDate;

/**
 * What relative expressions are resolved against.
 *
 * @param day           the reference calendar day (the publication date on the page's own calendar day)
 * @param fromFetchTime true when the page had no publication date and the fetch time stands in
 * @param dateOrder     numeric date order for the source: {@code DMY}, {@code MDY}, {@code YMD}, or null
 * @param calendar      the calendar the text is declared to write its numeric dates in (a source dating in the
 *                      Hijri calendar, dateparser's {@code HijriCalendar}), or null for the language's usual ones
 */
public record DateReference(LocalDate day, boolean fromFetchTime, String dateOrder, CalendarSystem calendar) {

    /**
     * @param day           the reference calendar day
     * @param fromFetchTime true when the fetch time stands in for a publication date
     * @param dateOrder     numeric date order for the source, or null
     */
    public DateReference(LocalDate day, boolean fromFetchTime, String dateOrder) {
        this(day, fromFetchTime, dateOrder, null);
    }
}
