package newsflow.ingest.feed;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.common.time.MachineDates;
import newsflow.common.time.ZoneAbbreviations;

/**
 * Parses item dates of feeds (case C10): RFC 822 / RFC 1123 as RSS 2.0 requires, ISO 8601 / W3C-DTF as Atom,
 * RSS 1.0 {@code dc:date} and JSON Feed use, and the lenient forms real feeds publish: month before day
 * ({@code Tue, Jan 23 2018 02:54:55 MST}), no space after the weekday ({@code WED,23 MAY 2012}), any case,
 * a missing zone, a zone abbreviation ({@link ZoneAbbreviations}), two-digit years (RFC 822: 00-49 → 20xx).
 * The weekday is ignored (it is often wrong). A date without a zone stays local (ISO without offset) unless the
 * source names a time zone. Anything else is unparseable: the caller keeps the raw string and a null date,
 * never the fetch time. ISO values, {@code ctime} values, month names and zones are read by {@link MachineDates} of
 * {@code common.time}, the reading enrich's publication dates use too.
 */
public final class FeedDateParser {
    private static final Pattern WEEKDAY = Pattern.compile("^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?\\s*,?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final String TIME = "(?:[\\sT,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?";
    private static final String ZONE = "\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|(?:GMT|UTC|UT)?[+-]\\d{1,2}(?::?\\d{2})?|[A-Za-z]{1,5})?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})" + TIME + ZONE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + ZONE);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private FeedDateParser() {
    }

    /**
     * @param raw      the date text of the feed (trimmed inside), or null
     * @param sourceZone the source's time zone for dates without a zone, or null to keep them local
     * @return ISO 8601: {@code 2018-01-23T02:54:55-07:00} with an offset, {@code 2012-05-23T02:23:01} without
     *         one; null when {@code raw} is null, blank or unparseable
     */
    public static String parse(String raw, ZoneId sourceZone) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim().replaceAll("\\s+", " ");
        try {
            MachineDates.Fields iso = MachineDates.iso(s);
            if (iso != null) {
                return iso.end() == s.length() && iso.day() != null ? format(iso, sourceZone) : null;
            }
            MachineDates.Fields ctime = MachineDates.ctime(s);
            if (ctime != null) {
                return format(ctime, sourceZone);
            }
            s = WEEKDAY.matcher(s).replaceFirst("");
            Matcher m = DAY_MONTH_YEAR.matcher(s);
            if (m.matches()) {
                return format(year(m.group(3)), month(m.group(2)), num(m, 1), m.group(4), m.group(5), m.group(6),
                        m.group(7), sourceZone);
            }
            m = MONTH_DAY_YEAR.matcher(s);
            if (m.matches()) {
                return format(year(m.group(3)), month(m.group(1)), num(m, 2), m.group(4), m.group(5), m.group(6),
                        m.group(7), sourceZone);
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static String format(MachineDates.Fields f, ZoneId sourceZone) {
        return format(f.year(), f.month(), f.day(), text(f.hour()), text(f.minute()), text(f.second()), f.zone(),
                sourceZone);
    }

    private static String text(Integer n) {
        return n == null ? null : n.toString();
    }

    private static String format(int year, int month, int day, String hh, String mm, String ss, String zone,
                                 ZoneId sourceZone) {
        LocalDateTime local = LocalDateTime.of(year, month, day,
                hh == null ? 0 : Integer.parseInt(hh), mm == null ? 0 : Integer.parseInt(mm),
                ss == null ? 0 : Integer.parseInt(ss));
        if (zone == null || zone.isEmpty()) {
            return sourceZone == null ? LOCAL.format(local) : OFFSET.format(local.atZone(sourceZone));
        }
        return OFFSET.format(OffsetDateTime.of(local, offset(zone)));
    }

    private static ZoneOffset offset(String zone) {
        ZoneOffset offset = MachineDates.offset(zone);
        if (offset == null) {
            throw new IllegalArgumentException("unknown zone " + zone);
        }
        return offset;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        if (y.length() == 2) {
            return v < 50 ? 2000 + v : 1900 + v;
        }
        if (y.length() != 4) {
            throw new IllegalArgumentException("year " + y);
        }
        return v;
    }

    private static int month(String name) {
        int m = MachineDates.rfc822Month(name);
        if (m < 1) {
            throw new IllegalArgumentException("month " + name);
        }
        return m;
    }
}
