package newsflow.ingest.feed;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses item dates of feeds (case C10): RFC 822 / RFC 1123 as RSS 2.0 requires, ISO 8601 / W3C-DTF as Atom,
 * RSS 1.0 {@code dc:date} and JSON Feed use, and the lenient forms real feeds publish: month before day
 * ({@code Tue, Jan 23 2018 02:54:55 MST}), no space after the weekday ({@code WED,23 MAY 2012}), any case,
 * a missing zone, a zone abbreviation ({@link ZoneAbbreviations}), two-digit years (RFC 822: 00-49 → 20xx).
 * The weekday is ignored (it is often wrong). A date without a zone stays local (ISO without offset) unless the
 * source names a time zone. Anything else is unparseable: the caller keeps the raw string and a null date,
 * never the fetch time.
 */
public final class FeedDateParser {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern WEEKDAY = Pattern.compile("^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?\\s*,?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final String TIME = "(?:[\\sT,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?";
    private static final String ZONE = "\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|(?:GMT|UTC|UT)?[+-]\\d{1,2}(?::?\\d{2})?|[A-Za-z]{1,5})?";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?" + ZONE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})" + TIME + ZONE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + ZONE);
    /** ctime / java.util.Date#toString: {@code Jan 23 02:54:55 MST 2018} (weekday already removed). */
    private static final Pattern CTIME = Pattern.compile(
            "([A-Za-z]{3,9})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s+([A-Za-z]{1,5}\\s+)?(\\d{4})");
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
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return format(num(m, 1), num(m, 2), num(m, 3), m.group(4), m.group(5), m.group(6), m.group(7),
                        sourceZone);
            }
            s = WEEKDAY.matcher(s).replaceFirst("");
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.matches()) {
                return format(year(m.group(3)), month(m.group(2)), num(m, 1), m.group(4), m.group(5), m.group(6),
                        m.group(7), sourceZone);
            }
            m = MONTH_DAY_YEAR.matcher(s);
            if (m.matches()) {
                return format(year(m.group(3)), month(m.group(1)), num(m, 2), m.group(4), m.group(5), m.group(6),
                        m.group(7), sourceZone);
            }
            m = CTIME.matcher(s);
            if (m.matches()) {
                String zone = m.group(6) == null ? null : m.group(6).trim();
                return format(year(m.group(7)), month(m.group(1)), num(m, 2), m.group(3), m.group(4), m.group(5),
                        zone, sourceZone);
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
        return null;
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
        ZoneOffset named = ZoneAbbreviations.offsetOf(zone);
        if (named != null) {
            return named;
        }
        String z = zone.replaceFirst("^(?i)(GMT|UTC|UT)", "");
        if (z.matches("[+-]\\d{1,2}")) {
            return ZoneOffset.ofHours(Integer.parseInt(z));
        }
        if (z.matches("[+-]\\d{2}:?\\d{2}")) {
            String digits = z.replace(":", "");
            int sign = digits.charAt(0) == '-' ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(digits.substring(1, 3)),
                    sign * Integer.parseInt(digits.substring(3, 5)));
        }
        throw new IllegalArgumentException("unknown zone " + zone);
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
        String key = name.toLowerCase(Locale.ROOT);
        Integer m = key.length() >= 3 ? MONTHS.get(key.substring(0, 3)) : null;
        if (m == null) {
            throw new IllegalArgumentException("month " + name);
        }
        return m;
    }
}
