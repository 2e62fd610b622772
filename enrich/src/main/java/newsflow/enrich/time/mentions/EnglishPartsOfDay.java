package newsflow.enrich.time.mentions;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Mid-afternoon", "midmorning", "mid-afternoon yesterday": a part of the day without a day name is the
 * reference day's, or the day of the deictic word that follows. TIMEX3 TIME with the TimeML part-of-day
 * suffixes {@code TMO} and {@code TAF} (TimeML Annotation Guidelines 1.2.1, section 2.2.1.2: "this morning" =
 * {@code 1998-02-06TMO}).
 */
final class EnglishPartsOfDay {

    private static final Pattern MID = Pattern.compile("(?<![\\p{L}\\p{N}])(mid[- ]?(morning|afternoon)"
            + "(?: (yesterday|today|tomorrow))?)(?![\\p{L}\\p{N}-])", Pattern.CASE_INSENSITIVE);

    private EnglishPartsOfDay() {
    }

    /** Adds a TIME candidate for every mid-morning or mid-afternoon. */
    static void find(String text, LocalDate r, List<Candidate> out) {
        Matcher m = MID.matcher(text);
        while (m.find()) {
            String day = m.group(3) == null ? "today" : m.group(3).toLowerCase(Locale.ROOT);
            LocalDate d = switch (day) {
                case "yesterday" -> r.minusDays(1);
                case "tomorrow" -> r.plusDays(1);
                default -> r;
            };
            String part = m.group(2).toLowerCase(Locale.ROOT).equals("morning") ? "TMO" : "TAF";
            out.add(Candidate.of(m.start(1), m.end(1), Timex.day(d) + part, "TIME"));
        }
    }
}
