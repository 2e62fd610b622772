package newsflow.enrich.time.vocab;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time-zone designations read in running text, the one home of this table (issue 14 item 6): explicit
 * offsets {@code UTC±h}, {@code GMT±h[:mm]}, {@code UTC+0530}, and the abbreviations news wires use, each mapped
 * to one fixed offset. The table (offsets from the IANA tz database's abbreviations):
 * <pre>
 * UTC, GMT, Z, WET  +00:00   BST, CET, WAT, WEST     +01:00   CEST, EET, CAT, SAST, IST(Israel not used) +02:00
 * EEST, MSK, AST (Arabia), EAT, TRT  +03:00   GST (Gulf)  +04:00   PKT  +05:00   IST (India)  not read: ambiguous
 * EST -05:00  EDT -04:00  CST -06:00  CDT -05:00  MST -07:00  MDT -06:00  PST -08:00  PDT -07:00  AKST -09:00
 * HST -10:00  JST +09:00  KST +09:00  AEST +10:00  AEDT +11:00  SGT +08:00  HKT +08:00
 * </pre>
 * AST is read as Arabia Standard Time (+03:00), the meaning in the Arabic and Gulf news this project reads; the
 * Atlantic AST (−04:00) is written ADT/AST in Canadian sources, which are rare here. Abbreviations with several
 * equally common meanings (IST: India, Israel, Ireland) are not read.
 */
public final class TimeZoneAbbreviations {

    private static final Map<String, String> OFFSETS = Map.ofEntries(
            Map.entry("UTC", "+00:00"), Map.entry("GMT", "+00:00"), Map.entry("WET", "+00:00"),
            Map.entry("BST", "+01:00"), Map.entry("CET", "+01:00"), Map.entry("WAT", "+01:00"),
            Map.entry("WEST", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("EET", "+02:00"),
            Map.entry("CAT", "+02:00"), Map.entry("SAST", "+02:00"), Map.entry("EEST", "+03:00"),
            Map.entry("MSK", "+03:00"), Map.entry("AST", "+03:00"), Map.entry("EAT", "+03:00"),
            Map.entry("TRT", "+03:00"), Map.entry("GST", "+04:00"), Map.entry("PKT", "+05:00"),
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"),
            Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"),
            Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"), Map.entry("AKST", "-09:00"),
            Map.entry("HST", "-10:00"), Map.entry("JST", "+09:00"), Map.entry("KST", "+09:00"),
            Map.entry("AEST", "+10:00"), Map.entry("AEDT", "+11:00"), Map.entry("SGT", "+08:00"),
            Map.entry("HKT", "+08:00"));

    /**
     * A zone right after a clock time: group 1 the abbreviation or UTC/GMT, group 2 the sign, group 3 hours,
     * group 4 minutes (all but group 1 optional). Case-sensitive: "est" in French is not a zone.
     */
    public static final String RE = "(?:\\(?(" + String.join("|", OFFSETS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")(?:([+\u2212-])(\\d{1,2})(?::?(\\d{2}))?)?\\)?"
            + "(?![\\p{L}\\d]))";

    private static final Pattern ZONE = Pattern.compile(RE);

    private TimeZoneAbbreviations() {
    }

    /**
     * @param zone text matching {@link #RE} as a whole ("GMT+3", "UTC-4", "EDT", "UTC+05:30")
     * @return the ISO 8601 offset ({@code +03:00}, {@code -04:00}; {@code Z} for UTC itself), or null when the
     *         text is not a zone or the offset is out of range (beyond ±18:00)
     */
    public static String offset(String zone) {
        Matcher m = ZONE.matcher(zone.strip());
        if (!m.matches()) {
            return null;
        }
        String base = OFFSETS.get(m.group(1).toUpperCase(Locale.ROOT));
        if (m.group(2) == null) {
            return "+00:00".equals(base) ? "Z" : base;
        }
        if (!"+00:00".equals(base)) {
            return null; // "EST+2" is not a designation
        }
        int sign = m.group(2).equals("+") ? 1 : -1;
        int h = Integer.parseInt(m.group(3));
        int min = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (h > 18 || min > 59) {
            return null;
        }
        try {
            ZoneOffset o = ZoneOffset.ofHoursMinutes(sign * h, sign * min);
            return o.getId();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
