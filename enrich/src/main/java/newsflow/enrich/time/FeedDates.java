package newsflow.enrich.time;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import newsflow.common.model.DateValue;
import newsflow.common.model.FeedItem;

/**
 * The publication date an announcing feed or news sitemap gave a page ({@code pubDate}, {@code dc:date},
 * Atom {@code published}, {@code news:publication_date}; normalised by ingest, offset kept), used only when the
 * page itself gives none: page evidence always wins, and the feed date never replaces it. The same sanity rule
 * as for page candidates applies: a date whose calendar day is after that of the fetch time plus
 * {@link #FUTURE_SLACK} is refused. The
 * provenance is {@code feed}; the precision is read from the value's shape.
 */
public final class FeedDates {
    /** A feed date may be this much later than the fetch (time zones, clock skew). */
    public static final Duration FUTURE_SLACK = Duration.ofDays(1);
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MINUTE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern SECOND = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

    private FeedDates() {
    }

    /**
     * @param fromPage  the publication date the page gives, or null
     * @param item      the announcing feed or sitemap item, or null
     * @param fetchedAt when the page was fetched, or null
     * @return {@code fromPage} when present; else the item's date as a {@link DateValue} with source {@code feed};
     *         else null (no date, an unreadable one, or one after the fetch)
     */
    public static DateValue published(DateValue fromPage, FeedItem item, Instant fetchedAt) {
        if (fromPage != null || item == null || item.published() == null) {
            return fromPage;
        }
        String v = item.published().strip();
        String precision = SECOND.matcher(v).matches() ? "second" : MINUTE.matcher(v).matches() ? "minute"
                : DAY.matcher(v).matches() ? "day" : null;
        if (precision == null) {
            return null;
        }
        if (fetchedAt != null && isAfter(v, fetchedAt.plus(FUTURE_SLACK))) {
            return null;
        }
        return new DateValue(v, precision, "feed");
    }

    /** Whether the value's own calendar day falls after the limit's UTC day (an unreadable value does too). */
    private static boolean isAfter(String value, Instant limit) {
        java.time.LocalDate day = ReferenceDates.calendarDay(value);
        return day == null || day.isAfter(limit.atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }
}
