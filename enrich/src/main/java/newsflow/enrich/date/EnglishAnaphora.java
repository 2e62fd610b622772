package newsflow.enrich.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English anaphoric expressions, anchored to the last date mentioned before them rather than to the
 * reference day: "that year", "later that year", "earlier that day", "that same day", "the following month",
 * "the next morning", "the previous Friday". TimeML Annotation Guidelines 1.2.1 (section 2.2.3,
 * {@code anchorTimeID}): such a TIMEX3 is computed from a temporal expression in the text, not from the
 * document creation time; like HeidelTime's narrative strategy, the anchor is the closest preceding date of
 * fine enough granularity. Without one, "that …" is left untagged and "the following/previous …" keeps the
 * reading against the reference day that {@link EnglishRelativeGrammar} already gave it.
 */
final class EnglishAnaphora {

    private static final String B0 = "(?<![\\p{L}\\p{N}])";
    private static final String B1 = "(?![\\p{L}\\p{N}])";
    private static final Pattern THAT = Pattern.compile(B0 + "((?:(?:earlier|later|early|late) )?that (?:same |very )?"
            + "(day|morning|afternoon|evening|night|week|month|year|quarter))" + B1, Pattern.CASE_INSENSITIVE);
    private static final Pattern SHIFTED = Pattern.compile(B0 + "(the (following|next|previous|prior) (day|morning|"
            + "afternoon|evening|night|week|month|year|quarter|" + EnglishLexicon.WEEKDAY_RE + "))" + B1
            + "(?! (?:few|two|three|several|or so|and))", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})(?:-\\d{2}.*)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-.*)?");
    /** how far back (UTF-16 chars) an anchor may lie: about two paragraphs of news text */
    static final int MAX_DISTANCE = 1500;

    private EnglishAnaphora() {
    }

    /**
     * Adds a candidate for every anaphoric expression with an anchor among the candidates already found,
     * replacing a candidate of the same extent that was resolved against the reference day.
     *
     * @param text the normalised text
     * @param out  candidates found so far by the English grammars (anchors are read from it)
     */
    static void find(String text, List<Candidate> out) {
        Matcher m = THAT.matcher(text);
        while (m.find()) {
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            String v = resolve(out, m.start(), unit, 0);
            if (v != null) {
                replace(out, Candidate.of(m.start(1), m.end(1), v, v.contains("T") ? "TIME" : "DATE"));
            }
        }
        m = SHIFTED.matcher(text);
        while (m.find()) {
            String dir = m.group(2).toLowerCase(Locale.ROOT);
            if (dir.equals("next") && !m.group(3).toLowerCase(Locale.ROOT).matches("day|morning|afternoon|evening|night")) {
                continue; // "the next month/year" is mostly a duration from now ("over the next year")
            }
            int shift = dir.equals("previous") || dir.equals("prior") ? -1 : 1;
            DayOfWeek dow = EnglishLexicon.weekday(m.group(3));
            String v = dow != null ? weekday(out, m.start(), dow, shift)
                    : resolve(out, m.start(), m.group(3).toLowerCase(Locale.ROOT), shift);
            if (v != null) {
                replace(out, Candidate.of(m.start(1), m.end(1), v, v.contains("T") ? "TIME" : "DATE"));
            }
        }
    }

    private static void replace(List<Candidate> out, Candidate c) {
        out.removeIf(o -> o.start() == c.start() && o.end() == c.end());
        out.add(c);
    }

    /** The closest date-valued candidate ending before {@code pos} whose value matches {@code granularity}. */
    private static Matcher anchor(List<Candidate> out, int pos, Pattern granularity) {
        Candidate best = null;
        Matcher bestMatch = null;
        for (Candidate c : out) {
            if (c.end() > pos || pos - c.end() > MAX_DISTANCE || !"DATE".equals(c.type()) && !"TIME".equals(c.type())) {
                continue;
            }
            Matcher g = granularity.matcher(c.value());
            if (g.matches() && (best == null || c.end() > best.end() || c.end() == best.end() && c.length() > best.length())) {
                best = c;
                bestMatch = g;
            }
        }
        return bestMatch;
    }

    private static String resolve(List<Candidate> out, int pos, String unit, int shift) {
        switch (unit) {
            case "day", "morning", "afternoon", "evening", "night" -> {
                Matcher a = anchor(out, pos, DAY);
                if (a == null) {
                    return null;
                }
                LocalDate d = LocalDate.of(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)),
                        Integer.parseInt(a.group(3))).plusDays(shift);
                String part = switch (unit) {
                    case "morning" -> "TMO";
                    case "afternoon" -> "TAF";
                    case "evening" -> "TEV";
                    case "night" -> "TNI";
                    default -> "";
                };
                return Timex.day(d) + part;
            }
            case "week" -> {
                Matcher a = anchor(out, pos, DAY);
                return a == null ? null : Timex.week(LocalDate.of(Integer.parseInt(a.group(1)),
                        Integer.parseInt(a.group(2)), Integer.parseInt(a.group(3))).plusWeeks(shift));
            }
            case "month" -> {
                Matcher a = anchor(out, pos, MONTH);
                if (a == null) {
                    return null;
                }
                LocalDate d = LocalDate.of(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)), 1).plusMonths(shift);
                return Timex.month(d.getYear(), d.getMonthValue());
            }
            case "quarter" -> {
                Matcher a = anchor(out, pos, QUARTER);
                if (a != null) {
                    int q = Integer.parseInt(a.group(1)) * 4 + Integer.parseInt(a.group(2)) - 1 + shift;
                    return Timex.quarter(q / 4, q % 4 + 1);
                }
                Matcher mo = anchor(out, pos, MONTH);
                if (mo == null) {
                    return null;
                }
                LocalDate d = LocalDate.of(Integer.parseInt(mo.group(1)), Integer.parseInt(mo.group(2)), 1)
                        .plusMonths(3L * shift);
                return Timex.quarter(d.getYear(), Timex.quarterOf(d));
            }
            default -> {
                Matcher a = anchor(out, pos, YEAR);
                return a == null ? null : Timex.year(Integer.parseInt(a.group(1)) + shift);
            }
        }
    }

    private static String weekday(List<Candidate> out, int pos, DayOfWeek dow, int shift) {
        Matcher a = anchor(out, pos, DAY);
        if (a == null) {
            return null;
        }
        LocalDate d = LocalDate.of(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)),
                Integer.parseInt(a.group(3)));
        return Timex.day(RelativeDateResolver.weekday(d, dow, shift < 0 ? RelativeDateResolver.Direction.BEFORE
                : RelativeDateResolver.Direction.AFTER));
    }
}
