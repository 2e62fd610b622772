package newsflow.enrich.time.published;

import newsflow.enrich.time.vocab.TimeTextNormalizer;
import newsflow.enrich.time.vocab.MonthNames;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses machine-written date values (meta content, JSON-LD, {@code time@datetime}): ISO 8601 and its usual
 * variants ({@code 2018-09-06T01:52:00+03:00}, {@code 2018-09-06 01:52}, {@code 20180906}, {@code 2018/09/06},
 * fractions, {@code Z}, {@code +0300}, {@code UTC}), Unix epoch seconds or milliseconds, C's and Java's
 * {@code Date.toString()} ("Fri Apr 28 19:20:36 CEST 2023", zone abbreviations of {@link TextDateParser}), and otherwise the
 * human forms of {@link TextDateParser} (RFC 1123 "Thu, 06 Sep 2018 01:52:00 +0300", "September 6, 2018").
 * Thread-safe.
 */
public final class MachineDateParser {

    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})(?:([-/.]?)(\\d{2})(?:\\2(\\d{2})"
            + "(?:(?:t\\s*|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
            + "\\s*(z|[+-]\\d{2}(?::?\\d{2})?|utc|gmt)?)?)?)?(?=$|[^\\d])");
    /** C's and Java's {@code Date.toString()}: "Fri Apr 28 19:20:36 CEST 2023" (weekday, month, day, time, zone, year). */
    private static final Pattern UNIX_DATE = Pattern.compile(
            "^(?:[a-z]{3},?\\s+)?([a-z]{3})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
            + "(?:\\s+([a-z]{1,5}|[+-]\\d{4}))?\\s+(\\d{4})$");
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
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            DateParts d = iso(m);
            if (d != null) {
                return d;
            }
        }
        Matcher u = UNIX_DATE.matcher(s);
        if (u.matches()) {
            return unixDate(u);
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

    /** @return the value of a {@link #UNIX_DATE} match; an unknown zone abbreviation leaves it without offset */
    private static DateParts unixDate(Matcher m) {
        int month = MonthNames.month(m.group(1));
        if (month < 1) {
            return null;
        }
        String zone = m.group(6);
        ZoneOffset offset = zone == null ? null
                : zone.startsWith("+") || zone.startsWith("-") || zone.equals("utc") || zone.equals("gmt")
                || zone.equals("z") ? offset(zone) : TextDateParser.namedZone(zone);
        DatePrecision p = m.group(5) == null ? DatePrecision.MINUTE : DatePrecision.SECOND;
        return DateParts.ofTime(Integer.parseInt(m.group(7)), month, Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                m.group(5) == null ? 0 : Integer.parseInt(m.group(5)), 0, offset, p);
    }

    private static DateParts iso(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        if (m.group(3) == null) {
            return year >= 1000 ? new DateParts(year, 1, 1, 0, 0, 0, 0, null, DatePrecision.YEAR) : null;
        }
        int month = Integer.parseInt(m.group(3));
        if (m.group(4) == null) {
            return DateParts.ofMonth(year, month);
        }
        int day = Integer.parseInt(m.group(4));
        if (m.group(5) == null) {
            return DateParts.ofDay(year, month, day);
        }
        int hour = Integer.parseInt(m.group(5));
        int minute = Integer.parseInt(m.group(6));
        int second = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        int nanos = 0;
        if (m.group(8) != null) {
            String f = (m.group(8) + "000000000").substring(0, 9);
            nanos = Integer.parseInt(f);
        }
        ZoneOffset offset = offset(m.group(9));
        DatePrecision p = m.group(7) == null ? DatePrecision.MINUTE : DatePrecision.SECOND;
        return DateParts.ofTime(year, month, day, hour, minute, second, nanos, offset, p);
    }

    /**
     * @param z {@code z}, {@code utc}, {@code gmt}, {@code +03}, {@code +0300}, {@code +03:00} (folded), or null
     * @return the offset, or null
     */
    static ZoneOffset offset(String z) {
        if (z == null) {
            return null;
        }
        if (z.equals("z") || z.equals("utc") || z.equals("gmt")) {
            return ZoneOffset.UTC;
        }
        String digits = z.substring(1).replace(":", "");
        try {
            int h = Integer.parseInt(digits.substring(0, 2));
            int min = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
            int sign = z.charAt(0) == '-' ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * h, sign * min);
        } catch (NumberFormatException | DateTimeException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }
}
