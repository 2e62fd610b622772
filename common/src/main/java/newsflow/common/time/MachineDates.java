package newsflow.common.time;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared reading of machine-written dates, used by ingest's feed item dates and by enrich's publication dates
 * ({@code time.published}), so that both read a value the same way:
 * <ul>
 *   <li>ISO 8601 / W3C-DTF / RFC 3339 and their usual variants ({@code 2018-09-06T01:52:00+03:00},
 *       {@code 2018-09-06 01:52}, {@code 20180906}, {@code 2018/09/06}, fractions of a second, a zone written
 *       {@code Z}, {@code +0300}, {@code +03:00}, {@code GMT+3} or as an abbreviation of {@link ZoneAbbreviations})
 *       — {@link #iso};</li>
 *   <li>C's {@code ctime} and Java's {@code Date.toString()}: {@code Fri Apr 28 19:20:36 CEST 2023} —
 *       {@link #ctime};</li>
 *   <li>the English month names of RFC 822 section 5.1 (first three letters, any case) — {@link #rfc822Month};</li>
 *   <li>zones: fixed offsets and abbreviations — {@link #offset}.</li>
 * </ul>
 * Each caller decides what it does with a partial value (a feed needs a day, a page may give a year). Thread-safe.
 */
public final class MachineDates {

    private static final String ZONE = "(z|[+-]\\d{2}(?::?\\d{2})?|(?:gmt|utc|ut)[+-]\\d{1,2}(?::?\\d{2})?|utc|gmt"
            + "|[a-z]{1,5}(?![a-z]))";
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})(?:([-/.]?)(\\d{2})(?:\\2(\\d{2})"
            + "(?:(?:t\\s*|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
            + "\\s*" + ZONE + "?)?)?)?(?=$|[^\\d])", Pattern.CASE_INSENSITIVE);
    private static final Pattern CTIME = Pattern.compile(
            "^(?:[a-z]{3}[a-z]*\\.?,?\\s+)?([a-z]{3,9})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
            + "(?:\\s+([a-z]{1,5}|[+-]\\d{4}))?\\s+(\\d{4})$", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private MachineDates() {
    }

    /**
     * The fields of a machine-written date; absent parts are null.
     *
     * @param year   four-digit year
     * @param month  1–12, or null (year only)
     * @param day    1–31 as written (not validated), or null
     * @param hour   0–23 as written, or null (no time)
     * @param minute minute, or null
     * @param second second, or null (minute precision)
     * @param nanos  fraction of the second in nanoseconds (0 when not written)
     * @param zone   the zone as written ({@code +03:00}, {@code Z}, {@code CEST}…), or null; read it with
     *               {@link #offset}
     * @param end    index in the input just after the value (ISO may be followed by other text)
     */
    public record Fields(int year, Integer month, Integer day, Integer hour, Integer minute, Integer second,
                         int nanos, String zone, int end) {
    }

    /**
     * @param s a value, trimmed
     * @return the ISO 8601 date at the start of {@code s} (not followed by a digit), or null
     */
    public static Fields iso(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.find()) {
            return null;
        }
        int nanos = m.group(8) == null ? 0 : Integer.parseInt((m.group(8) + "000000000").substring(0, 9));
        return new Fields(Integer.parseInt(m.group(1)), integer(m.group(3)), integer(m.group(4)), integer(m.group(5)),
                integer(m.group(6)), integer(m.group(7)), nanos, m.group(9), m.end());
    }

    /**
     * @param s a whole value, trimmed, an optional weekday first
     * @return the fields of a {@code ctime} / {@code Date.toString()} value ("Fri Apr 28 19:20:36 CEST 2023"), month
     *         read by {@link #rfc822Month} (null when it is no month), or null when {@code s} has not that shape
     */
    public static Fields ctime(String s) {
        Matcher m = CTIME.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int month = rfc822Month(m.group(1));
        if (month < 1) {
            return null;
        }
        return new Fields(Integer.parseInt(m.group(7)), month, Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), integer(m.group(5)), 0, m.group(6),
                s.length());
    }

    /**
     * @param name an English month name or abbreviation (RFC 822 section 5.1: its first three letters), any case
     * @return 1–12, or 0 when it is no month
     */
    public static int rfc822Month(String name) {
        if (name == null || name.length() < 3) {
            return 0;
        }
        return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
    }

    /**
     * @param zone {@code Z}, {@code UTC}, {@code GMT}, {@code +03}, {@code +0300}, {@code +03:00}, {@code GMT+3},
     *             {@code UTC-04:30} or an abbreviation of {@link ZoneAbbreviations}, any case; or null
     * @return its fixed offset, or null when null, unknown or out of range (beyond ±18 hours)
     */
    public static ZoneOffset offset(String zone) {
        if (zone == null || zone.isEmpty()) {
            return null;
        }
        ZoneOffset named = ZoneAbbreviations.offsetOf(zone);
        if (named != null) {
            return named;
        }
        String z = zone.replaceFirst("^(?i)(GMT|UTC|UT)", "");
        try {
            if (z.matches("[+-]\\d{1,2}")) {
                return ZoneOffset.ofHours(Integer.parseInt(z));
            }
            if (z.matches("[+-]\\d{2}:?\\d{2}")) {
                String digits = z.replace(":", "");
                int sign = digits.charAt(0) == '-' ? -1 : 1;
                return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(digits.substring(1, 3)),
                        sign * Integer.parseInt(digits.substring(3, 5)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static Integer integer(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }
}
