package newsflow.enrich.time.published;

import newsflow.enrich.time.vocab.TimeTextNormalizer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import newsflow.common.time.MachineDates;

/**
 * Parses machine-written date values (meta content, JSON-LD, {@code time@datetime}): ISO 8601 and its usual
 * variants ({@code 2018-09-06T01:52:00+03:00}, {@code 2018-09-06 01:52}, {@code 20180906}, {@code 2018/09/06},
 * fractions, {@code Z}, {@code +0300}, {@code UTC}) and C's and Java's {@code Date.toString()} ("Fri Apr 28
 * 19:20:36 CEST 2023") as {@code common.time.MachineDates} reads them for feeds too, Unix epoch seconds or
 * milliseconds, and otherwise the
 * human forms of {@link TextDateParser} (RFC 1123 "Thu, 06 Sep 2018 01:52:00 +0300", "September 6, 2018").
 * Thread-safe.
 */
public final class MachineDateParser {

    private static final Pattern EPOCH = Pattern.compile("^\\d{10}(\\d{3})?$");
    /** Epoch values outside [2000, 2100) are not taken as timestamps. */
    private static final long EPOCH_MIN = 946_684_800L;
    private static final long EPOCH_MAX = 4_102_444_800L;

    private final TextDateParser textParser;

    /** @param textParser parser for human-written fallbacks */
    public MachineDateParser(TextDateParser textParser) {
        this.textParser = textParser;
    }

    /**
     * @param raw the attribute value, or null
     * @param order day/month order for a human-written fallback
     * @return the parsed value, or null when none is recognised
     */
    public DateParts parse(String raw, DayMonthOrder order) {
        if (raw == null) {
            return null;
        }
        String s = TimeTextNormalizer.fold(raw);
        if (s.isEmpty()) {
            return null;
        }
        if (EPOCH.matcher(s).matches()) {
            return epoch(s);
        }
        MachineDates.Fields iso = MachineDates.iso(s);
        if (iso != null) {
            DateParts d = iso(iso);
            if (d != null) {
                return d;
            }
        }
        MachineDates.Fields ctime = MachineDates.ctime(s);
        if (ctime != null) {
            return ctime(ctime);
        }
        return textParser.first(s, order);
    }

    private static DateParts epoch(String s) {
        long v = Long.parseLong(s);
        long secs = s.length() == 13 ? v / 1000 : v;
        if (secs < EPOCH_MIN || secs >= EPOCH_MAX) {
            return null;
        }
        OffsetDateTime t = Instant.ofEpochSecond(secs).atOffset(ZoneOffset.UTC);
        return DateParts.ofTime(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), 0, ZoneOffset.UTC, DatePrecision.SECOND);
    }

    /** @return the value of a {@code ctime} / {@code Date.toString()}; an unknown zone leaves it without offset */
    private static DateParts ctime(MachineDates.Fields f) {
        DatePrecision p = f.second() == null ? DatePrecision.MINUTE : DatePrecision.SECOND;
        return DateParts.ofTime(f.year(), f.month(), f.day(), f.hour(), f.minute(),
                f.second() == null ? 0 : f.second(), 0, MachineDates.offset(f.zone()), p);
    }

    private static DateParts iso(MachineDates.Fields f) {
        int year = f.year();
        if (f.month() == null) {
            return year >= 1000 ? new DateParts(year, 1, 1, 0, 0, 0, 0, null, DatePrecision.YEAR) : null;
        }
        if (f.day() == null) {
            return DateParts.ofMonth(year, f.month());
        }
        if (f.hour() == null) {
            return DateParts.ofDay(year, f.month(), f.day());
        }
        DatePrecision p = f.second() == null ? DatePrecision.MINUTE : DatePrecision.SECOND;
        return DateParts.ofTime(year, f.month(), f.day(), f.hour(), f.minute(), f.second() == null ? 0 : f.second(),
                f.nanos(), MachineDates.offset(f.zone()), p);
    }
}
