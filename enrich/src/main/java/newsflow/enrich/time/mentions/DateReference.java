package newsflow.enrich.time.mentions;

import newsflow.enrich.time.calendar.CalendarSystem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * What relative expressions are resolved against.
 *
 * @param day           the reference calendar day (the publication date on the page's own calendar day)
 * @param fromFetchTime true when the page had no publication date and the fetch time stands in
 * @param dateOrder     numeric date order for the source: {@code DMY}, {@code MDY}, {@code YMD}, or null
 * @param orderFrom     where {@code dateOrder} came from: {@code source_order} (the source's configured order) or
 *                      {@code locale} (the page's declared locale); null when {@code dateOrder} is null
 * @param clock         the reference wall-clock time on {@code day} (the publication time at minute precision or
 *                      finer), or null when only the day is known: "2 hours ago" then resolves to the day
 * @param offset        the offset of {@code clock} as the page gives it, or null when the page gave none (the
 *                      values then carry no offset, ../shared/eval/README.md)
 * @param calendar      the calendar the text is declared to write its numeric dates in (a source dating in the
 *                      Hijri calendar, dateparser's {@code HijriCalendar}), or null for the language's usual ones
 */
public record DateReference(LocalDate day, boolean fromFetchTime, String dateOrder, String orderFrom,
                            LocalDateTime clock, ZoneOffset offset, CalendarSystem calendar) {

    /** Where a configured order comes from: the source's configuration. */
    public static final String SOURCE_ORDER = "source_order";
    /** Where a configured order comes from: the page's locale. */
    public static final String LOCALE = "locale";

    /**
     * A reference known to the day, its order (if any) taken as the source's configured one.
     *
     * @param day           the reference day
     * @param fromFetchTime true when the fetch time stands in for a publication date
     * @param dateOrder     {@code DMY}, {@code MDY}, {@code YMD}, or null
     */
    public DateReference(LocalDate day, boolean fromFetchTime, String dateOrder) {
        this(day, fromFetchTime, dateOrder, dateOrder == null ? null : SOURCE_ORDER, null, null, null);
    }

    /**
     * A reference known to the day, in a declared calendar.
     *
     * @param day           the reference day
     * @param fromFetchTime true when the fetch time stands in for a publication date
     * @param dateOrder     {@code DMY}, {@code MDY}, {@code YMD}, or null
     * @param calendar      the declared calendar of the text's numeric dates, or null
     */
    public DateReference(LocalDate day, boolean fromFetchTime, String dateOrder, CalendarSystem calendar) {
        this(day, fromFetchTime, dateOrder, dateOrder == null ? null : SOURCE_ORDER, null, null, calendar);
    }

    /**
     * A reference with its order's origin and clock, in the language's usual calendars.
     *
     * @param day           the reference day
     * @param fromFetchTime true when the fetch time stands in for a publication date
     * @param dateOrder     {@code DMY}, {@code MDY}, {@code YMD}, or null
     * @param orderFrom     {@code source_order}, {@code locale}, or null
     * @param clock         the reference wall-clock time, or null
     * @param offset        the offset of {@code clock}, or null
     */
    public DateReference(LocalDate day, boolean fromFetchTime, String dateOrder, String orderFrom,
                         LocalDateTime clock, ZoneOffset offset) {
        this(day, fromFetchTime, dateOrder, orderFrom, clock, offset, null);
    }
}
