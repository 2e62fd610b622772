package newsflow.enrich.time.mentions;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fiscal quarters, halves and seasons (TIMEX3 {@code YYYY-Qn}, {@code YYYY-Hn}, {@code YYYY-SP|SU|FA|WI}).
 * A quarter named without a year belongs to the reference year when it has started by the reference day
 * (or when the sentence speaks of the future), otherwise to the year before: in February, "the fourth
 * quarter" is the one just reported. "The quarter" / "the latest quarter" in a news report is the last
 * completed quarter (the period under report in earnings news, TimeBank/WSJ convention).
 */
final class QuarterRules {

    /**
     * "the 1988 quarter": in an earnings report, the quarter under report in that year (the
     * last completed quarter's number), as TimeBank annotates the comparison periods of WSJ earnings news
     */
    private static final Pattern YEAR_PERIOD = Pattern.compile("(?<![\\p{L}\\p{N}])((?i:the) ((?:19|20)\\d\\d) "
            + "quarter)(?![\\p{L}\\p{N}])");

    private QuarterRules() {
    }

    static void find(String text, LocalDate r, List<Candidate> out, Pattern quarter, Pattern yearFirst,
                     Pattern theQuarter) {
        Matcher m = quarter.matcher(text);
        while (m.find()) {
            int n = ordinal(m.group(2));
            boolean half = m.group(3).toLowerCase(Locale.ROOT).equals("half");
            String lead = m.group(1).toLowerCase(Locale.ROOT);
            int year = m.group(4) != null ? Integer.parseInt(m.group(4).replaceAll("\\D", ""))
                    : lead.startsWith("next year") ? r.getYear() + 1 : lead.startsWith("last year") ? r.getYear() - 1
                    : lead.startsWith("this year") ? r.getYear() : defaultYear(text, m.start(), m.end(), r, n, half);
            if (n < 1 || half && n > 2) {
                continue;
            }
            out.add(Candidate.of(m.start(1), m.end(1), Timex.year(year) + (half ? "-H" : "-Q") + n, "DATE"));
        }
        m = yearFirst.matcher(text);
        while (m.find()) {
            int n = ordinal(m.group(3));
            boolean half = m.group(4).toLowerCase(Locale.ROOT).equals("half");
            if (n < 1 || half && n > 2) {
                continue;
            }
            out.add(Candidate.of(m.start(1), m.end(1), m.group(2) + (half ? "-H" : "-Q") + n, "DATE"));
        }
        m = YEAR_PERIOD.matcher(text);
        while (m.find()) {
            int q = Integer.parseInt(RelativeDateResolver.lastCompletedQuarter(r).substring(6));
            out.add(Candidate.of(m.start(1), m.end(1), Timex.quarter(Integer.parseInt(m.group(2)), q), "DATE"));
        }
        m = theQuarter.matcher(text);
        while (m.find()) {
            out.add(Candidate.of(m.start(1), m.end(1), RelativeDateResolver.lastCompletedQuarter(r), "DATE"));
        }
    }

    private static int defaultYear(String text, int start, int end, LocalDate r, int n, boolean half) {
        int current = half ? (r.getMonthValue() <= 6 ? 1 : 2) : Timex.quarterOf(r);
        int finalN = n == 4 && half ? 2 : n;
        if (finalN <= current || FutureCue.isFuture(text, start, end)) {
            return r.getYear();
        }
        return r.getYear() - 1;
    }

    private static int ordinal(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th", "final" -> 4;
            default -> -1;
        };
    }

    /**
     * @param season SP, SU, FA or WI
     * @param mod    last, this, next, early, late or null
     * @return the year of the season instance meant, relative to the reference day
     */
    static int seasonYear(LocalDate r, String season, String mod) {
        int startMonth = switch (season) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        int y = r.getYear();
        int month = r.getMonthValue();
        boolean started = month >= startMonth || season.equals("WI") && month <= 2;
        int currentInstance = season.equals("WI") && month <= 2 ? y - 1 : y;
        if (mod == null) {
            return currentInstance;
        }
        return switch (mod) {
            case "last", "past", "previous", "prior" -> started && !endedBefore(r, season) ? currentInstance - 1
                    : (started ? currentInstance : currentInstance - 1);
            case "next", "coming", "following" -> started ? currentInstance + 1 : currentInstance;
            default -> currentInstance;
        };
    }

    private static boolean endedBefore(LocalDate r, String season) {
        int endMonth = switch (season) {
            case "SP" -> 5;
            case "SU" -> 8;
            case "FA" -> 11;
            default -> 2;
        };
        return season.equals("WI") ? r.getMonthValue() > 2 && r.getMonthValue() < 12 : r.getMonthValue() > endMonth;
    }
}
