package newsflow.enrich.time.mentions;

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
            + "(?! (?:few|two|three|several|or so))", Pattern.CASE_INSENSITIVE);
    /** "a year earlier", "three days later": an offset from the time the narrative is at */
    private static final Pattern OFFSET = Pattern.compile(B0 + "((" + EnglishLexicon.NUMBER_RE + ") (year|quarter|month|"
            + "week|day)s? (earlier|later))" + B1, Pattern.CASE_INSENSITIVE);
    /** how far back (UTF-16 chars) the anchor of an offset may lie: the same or the previous sentence or two */
    static final int OFFSET_DISTANCE = 400;
    /** anchors of an offset: a quarter, a month or a year under report (a single day is an event, not a period) */
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(?:-Q[1-4]|-\\d{2})?");
    /** an expression that is itself a comparison period ("a year ago", "year-earlier") is no anchor */
    private static final Pattern COMPARISON = Pattern.compile("(?i)ago|earlier|later|year-|previous|prior|last");
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
        offsets(text, out);
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

    /**
     * "a year earlier" after "the third quarter" is the third quarter a year before: the anchor keeps its
     * granularity (day, month or quarter) and moves by the offset; a year anchor moves by whole years.
     */
    private static void offsets(String text, List<Candidate> out) {
        Matcher m = OFFSET.matcher(text);
        while (m.find()) {
            Integer n = EnglishLexicon.number(m.group(2));
            if (n == null || n < 1) {
                continue;
            }
            int sign = m.group(4).equalsIgnoreCase("earlier") ? -1 : 1;
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            Candidate a = nearest(text, out, m.start(), OFFSET_DISTANCE);
            String v = a == null ? null : offset(a.value(), unit, sign * n);
            if (v != null) {
                replace(out, Candidate.of(m.start(1), m.end(1), v, "DATE"));
            }
        }
    }

    private static Candidate nearest(String text, List<Candidate> out, int pos, int distance) {
        Candidate best = null;
        for (Candidate c : out) {
            if (c.end() <= pos && pos - c.end() <= distance && "DATE".equals(c.type())
                    && PERIOD.matcher(c.value()).matches() && !COMPARISON.matcher(text.substring(c.start(), c.end())).find()
                    && (best == null || c.end() > best.end()
                    || c.end() == best.end() && c.length() > best.length())) {
                best = c;
            }
        }
        return best;
    }

    /** @return the anchor value moved by {@code n} units at the anchor's granularity, or null when it cannot be */
    static String offset(String anchor, String unit, int n) {
        Matcher d = DAY.matcher(anchor);
        if (d.matches() && anchor.length() == 10) {
            LocalDate day = LocalDate.parse(anchor);
            return Timex.day(switch (unit) {
                case "year" -> day.plusYears(n);
                case "quarter" -> day.plusMonths(3L * n);
                case "month" -> day.plusMonths(n);
                case "week" -> day.plusWeeks(n);
                default -> day.plusDays(n);
            });
        }
        Matcher q = QUARTER.matcher(anchor);
        if (q.matches() && (unit.equals("year") || unit.equals("quarter"))) {
            int k = Integer.parseInt(q.group(1)) * 4 + Integer.parseInt(q.group(2)) - 1 + (unit.equals("year") ? 4 * n : n);
            return Timex.quarter(k / 4, k % 4 + 1);
        }
        Matcher mo = Pattern.compile("(\\d{4})-(\\d{2})").matcher(anchor);
        if (mo.matches() && (unit.equals("year") || unit.equals("month"))) {
            LocalDate f = LocalDate.of(Integer.parseInt(mo.group(1)), Integer.parseInt(mo.group(2)), 1)
                    .plusMonths(unit.equals("year") ? 12L * n : n);
            return Timex.month(f.getYear(), f.getMonthValue());
        }
        if (anchor.matches("\\d{4}") && unit.equals("year")) {
            return Timex.year(Integer.parseInt(anchor) + n);
        }
        return null;
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
