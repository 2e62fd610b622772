package newsflow.enrich.time.mentions;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * English calendar vocabulary: month names and their newspaper abbreviations (AP Stylebook: Jan., Feb., Aug.,
 * Sept., Oct., Nov., Dec.), weekday names, cardinal number words and duration units. Lookups are
 * case-insensitive; patterns built from it list capitalised and upper-case forms only, since a lower-case
 * "may" or "march" is a verb in running text.
 */
final class EnglishLexicon {

    static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
    static final Map<String, DayOfWeek> WEEKDAYS = new LinkedHashMap<>();
    static final Map<String, Integer> NUMBERS = new LinkedHashMap<>();
    static final Map<String, String> UNITS = new LinkedHashMap<>();

    static {
        String[][] months = {
                {"January", "Jan"}, {"February", "Feb"}, {"March", "Mar"}, {"April", "Apr"}, {"May", "May"},
                {"June", "Jun"}, {"July", "Jul"}, {"August", "Aug"}, {"September", "Sept", "Sep"},
                {"October", "Oct"}, {"November", "Nov"}, {"December", "Dec"}};
        for (int i = 0; i < months.length; i++) {
            for (String m : months[i]) {
                MONTHS.put(m.toLowerCase(Locale.ROOT), i + 1);
            }
        }
        String[][] days = {{"Monday", "Mon"}, {"Tuesday", "Tue", "Tues"}, {"Wednesday", "Wed"},
                {"Thursday", "Thu", "Thur", "Thurs"}, {"Friday", "Fri"}, {"Saturday", "Sat"}, {"Sunday", "Sun"}};
        for (int i = 0; i < days.length; i++) {
            for (String d : days[i]) {
                WEEKDAYS.put(d.toLowerCase(Locale.ROOT), DayOfWeek.of(i + 1));
            }
        }
        String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen"};
        for (int i = 0; i < ones.length; i++) {
            NUMBERS.put(ones[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            NUMBERS.put(tens[i], (i + 2) * 10);
        }
        NUMBERS.put("a", 1);
        NUMBERS.put("an", 1);
        NUMBERS.put("a dozen", 12);
        NUMBERS.put("a hundred", 100);
        NUMBERS.put("one hundred", 100);
        NUMBERS.put("half a", -2);
        String[][] units = {{"year", "Y"}, {"month", "M"}, {"week", "W"}, {"day", "D"}, {"hour", "H"},
                {"minute", "MIN"}, {"second", "S"}, {"quarter", "Q"}, {"decade", "DE"}, {"century", "CE"},
                {"centurie", "CE"}, {"yr", "Y"}, {"hr", "H"}, {"min", "MIN"}};
        for (String[] u : units) {
            UNITS.put(u[0], u[1]);
        }
    }

    /** Month alternation for patterns: full names and abbreviations (with optional period), capitalised or upper. */
    static final String MONTH_RE = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
            + "|DECEMBER|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP"
            + "|OCT|NOV|DEC)\\.?(?![\\p{L}]))";

    /** Weekday alternation: full names, capitalised or upper; abbreviations only with a period. */
    static final String WEEKDAY_RE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY"
            + "|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.)";

    /** Cardinal numbers 1–99 in words ("twenty four", "twenty-four"), digits, or a/an. */
    static final String NUMBER_RE = "(?:\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen"
            + "|one hundred|a hundred|an?)";

    static final String UNIT_RE = "(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|quarters?|decades?"
            + "|centuries|century|yrs?|hrs?)";

    static int month(String token) {
        String k = token.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(k);
        if (m == null) {
            throw new IllegalArgumentException("not a month: " + token);
        }
        return m;
    }

    static DayOfWeek weekday(String token) {
        return WEEKDAYS.get(token.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /**
     * @param words a number in digits or words, e.g. "twenty four", "twenty-four", "12", "a"
     * @return its value, or null when it is not a whole number
     */
    static Integer number(String words) {
        String w = words.toLowerCase(Locale.ROOT).trim().replace('-', ' ');
        if (w.matches("\\d+")) {
            return w.length() > 6 ? null : Integer.parseInt(w);
        }
        if (w.matches("\\d+\\.\\d+")) {
            return null;
        }
        Integer direct = NUMBERS.get(w);
        if (direct != null) {
            return direct;
        }
        String[] parts = w.split(" ");
        if (parts.length == 2 && NUMBERS.containsKey(parts[0]) && NUMBERS.containsKey(parts[1])) {
            return NUMBERS.get(parts[0]) + NUMBERS.get(parts[1]);
        }
        return null;
    }

    /** @return the TIMEX3 unit letter for an English unit word (singular or plural), or null */
    static String unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
        }
        return UNITS.get(w);
    }
}
