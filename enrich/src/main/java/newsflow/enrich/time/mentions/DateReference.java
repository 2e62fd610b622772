package newsflow.enrich.time.mentions;

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
 */
public record DateReference(LocalDate day, boolean fromFetchTime, String dateOrder, String orderFrom,
                            LocalDateTime clock, ZoneOffset offset) {

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
        this(day, fromFetchTime, dateOrder, dateOrder == null ? null : SOURCE_ORDER, null, null);
    }
}
