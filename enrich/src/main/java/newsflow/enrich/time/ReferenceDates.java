package newsflow.enrich.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import newsflow.common.model.DateValue;
import newsflow.common.model.SourceHints;
import newsflow.enrich.time.mentions.DateReference;

/**
 * The reference date of an edition's relative expressions (../shared/eval/README.md): the publication date on
 * the page's own calendar day (its own offset), or, when the page gives no day, the fetch day in the source's
 * time zone (UTC when none is configured), marked as such.
 */
public final class ReferenceDates {
    private ReferenceDates() {
    }

    /**
     * @param published the publication date, or null
     * @param fetchedAt the fetch time, or null (then today in UTC)
     * @param hints     source hints (time zone, date order)
     * @return the reference
     */
    public static DateReference of(DateValue published, Instant fetchedAt, SourceHints hints) {
        return of(published, fetchedAt, hints, hints.dateOrder() == null ? null : DateReference.SOURCE_ORDER);
    }

    /**
     * @param published the publication date, or null
     * @param fetchedAt the fetch time, or null (then today in UTC)
     * @param hints     source hints (time zone, date order)
     * @param orderFrom where {@code hints.dateOrder()} came from: {@link DateReference#SOURCE_ORDER} or
     *                  {@link DateReference#LOCALE}
     * @return the reference, with the publication's wall-clock time and offset when the page gives them
     */
    public static DateReference of(DateValue published, Instant fetchedAt, SourceHints hints, String orderFrom) {
        String order = hints.dateOrder();
        String from = order == null ? null : orderFrom;
        LocalDate day = published == null ? null : calendarDay(published.value());
        if (day != null) {
            String v = published.value();
            LocalDateTime clock = null;
            ZoneOffset offset = null;
            if (v.length() > 10) {
                try {
                    OffsetDateTime odt = OffsetDateTime.parse(v);
                    clock = odt.toLocalDateTime();
                    offset = odt.getOffset();
                } catch (DateTimeParseException e) {
                    try {
                        clock = LocalDateTime.parse(v);
                    } catch (DateTimeParseException e2) {
                        clock = null;
                    }
                }
            }
            return new DateReference(day, false, order, from, clock, offset);
        }
        ZoneId zone = ZoneOffset.UTC;
        if (hints.timeZone() != null) {
            try {
                zone = ZoneId.of(hints.timeZone());
            } catch (java.time.DateTimeException e) {
                zone = ZoneOffset.UTC;
            }
        }
        Instant at = fetchedAt == null ? Instant.now() : fetchedAt;
        return new DateReference(at.atZone(zone).toLocalDate(), true, order, from, null, null);
    }

    /**
     * @param value an ISO 8601 value at any precision
     * @return its calendar day in its own offset, or null when it has no day (year or month precision) or
     *         cannot be read
     */
    static LocalDate calendarDay(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
            try {
                return OffsetDateTime.parse(value).toLocalDate();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(value).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
