package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.EnglishLexicon.NUMBER_RE;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English durations with a half: "2 1/2 years", "two and a half years", "a year and a half", "half an hour".
 * TIMEX3 durations take whole numbers of each unit, so the half is written in the next smaller unit (TimeML
 * Annotation Guidelines 1.2.1, section 2.2.1.3, and the TimeBank corpus: "2 1/2 years" = P2Y6M, "a minute and
 * a half" = PT1M30S). Units without an exact half in a smaller unit (weeks) are left to the plain duration
 * rule. The longer match wins over the plain duration in {@link MentionMerger}.
 */
final class EnglishHalfDurations {

    private static final String B0 = "(?<![\\p{L}\\p{N}])";
    private static final String B1 = "(?![\\p{L}\\p{N}])";
    private static final String UNIT = "(years?|months?|days?|hours?|minutes?)";
    /** "2 1/2 years", "two and a half years", "2½ hours" */
    private static final Pattern AND_A_HALF_BEFORE = Pattern.compile(B0 + "(" + NUMBER_RE
            + ")(?: and a half| 1/2|\u00BD| \u00BD)[ -]" + UNIT + B1, Pattern.CASE_INSENSITIVE);
    /** "a year and a half", "one hour and a half" */
    private static final Pattern AND_A_HALF_AFTER = Pattern.compile(B0 + "(" + NUMBER_RE + ") " + UNIT
            + " and a half" + B1, Pattern.CASE_INSENSITIVE);
    /** "half an hour", "half a day", "a half-hour" */
    private static final Pattern HALF = Pattern.compile(B0 + "(?:half an?|an? half)[ -](year|month|day|hour|minute)"
            + B1, Pattern.CASE_INSENSITIVE);

    private EnglishHalfDurations() {
    }

    /** Adds a DURATION candidate for every duration with a half. */
    static void find(String text, List<Candidate> out) {
        Matcher m = AND_A_HALF_BEFORE.matcher(text);
        while (m.find()) {
            add(m, EnglishLexicon.number(m.group(1)), m.group(2), out);
        }
        m = AND_A_HALF_AFTER.matcher(text);
        while (m.find()) {
            add(m, EnglishLexicon.number(m.group(1)), m.group(2), out);
        }
        m = HALF.matcher(text);
        while (m.find()) {
            add(m, 0, m.group(1), out);
        }
    }

    private static void add(Matcher m, Integer n, String unitWord, List<Candidate> out) {
        if (n == null || n < 0) {
            return;
        }
        String v = value(n, EnglishLexicon.unit(unitWord.toLowerCase(Locale.ROOT)));
        if (v != null) {
            out.add(Candidate.of(m.start(), m.end(), v, "DURATION"));
        }
    }

    /**
     * @param whole the whole units before the half (0 for "half an hour")
     * @param unit  Y, M, D, H or MIN
     * @return the TIMEX3 duration of whole + 1/2 units, e.g. P2Y6M, PT5H30M, P1DT12H; null for other units
     */
    static String value(int whole, String unit) {
        String w = whole == 0 ? "" : Integer.toString(whole);
        return switch (unit) {
            case "Y" -> "P" + (whole == 0 ? "" : w + "Y") + "6M";
            case "M" -> "P" + (whole == 0 ? "" : w + "M") + "15D";
            case "D" -> "P" + (whole == 0 ? "" : w + "D") + "T12H";
            case "H" -> "PT" + (whole == 0 ? "" : w + "H") + "30M";
            case "MIN" -> "PT" + (whole == 0 ? "" : w + "M") + "30S";
            default -> null;
        };
    }
}
