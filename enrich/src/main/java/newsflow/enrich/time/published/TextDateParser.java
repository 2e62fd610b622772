package newsflow.enrich.time.published;

import newsflow.enrich.time.vocab.TimeTextNormalizer;
import newsflow.enrich.time.vocab.MonthNames;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.common.time.MachineDates;

/**
 * Finds human-written dates in text already folded by {@link TimeTextNormalizer}: numeric dates (year first, or
 * day and month in the page's {@link DayMonthOrder}; dotted with spaces, {@code 4. 2. 2022}, day first), dates with month names in the languages of
 * {@link MonthNames} (day-month-year and month-day-year), CJK {@code 2024年4月24日}, each optionally followed by a
 * time ({@code 10:00}, {@code 1:52 am}, {@code 13.45 Uhr}, Arabic ص/م) and a zone ({@code +03:00}, {@code UTC},
 * {@code CET}, read by {@code common.time.MachineDates}). Years before {@link DateParts#MIN_YEAR} are ignored. Thread-safe.
 */
public final class TextDateParser {

    private static final String M = "(" + MonthNames.ALTERNATION + ")";
    private static final Pattern YMD = Pattern.compile(
            "(?<![\\d.])(\\d{4})\\s?([-/.年년])\\s?(\\d{1,2})\\s?[-/.月월]\\s?(\\d{1,2})(?![\\d])\\s?[日일]?");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.,/:])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d])");
    /** Dotted dates with a space after each dot (German DIN 5008 style "4. 2. 2022"): always day first. */
    private static final Pattern SPACED_DOTTED = Pattern.compile(
            "(?<![\\d.,/:])(\\d{1,2})\\. (\\d{1,2})\\. (\\d{4})(?![\\d])");
    private static final Pattern DAY_NAME_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|er|st|nd|rd|th|º)?[\\s-]*(?:de\\s+|of\\s+)?" + M
            + "\\.?[,\\s-]*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern NAME_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + M + "\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s*(\\d{4})(?!\\d)");
    private static final Pattern TIME = Pattern.compile(
            "^\\s*(?:[,|·•/@-]|at|um|à|a las|alle|kl\\.?|o)?\\s*(?:[,|·•–—-]\\s*)?"
            + "(\\d{1,2})[:h.](\\d{2})(?::(\\d{2}))?(?![\\d])(?:\\s*(a\\.?m\\.?|p\\.?m\\.?|uhr|ص|م)(?![\\p{L}]))?"
            + "(?:\\s*(z|utc|gmt|[+-]\\d{2}:?\\d{2}|cet|cest|mez|mesz|est|edt|cst|cdt|pst|pdt|bst|ast)(?![\\p{L}])"
            + "(?:\\s*([+-]\\d{1,2}(?::?\\d{2})?)(?!\\d))?)?");
    /**
     * @param folded text folded by {@link TimeTextNormalizer#fold}
     * @param order  order for ambiguous numeric dates
     * @return the dates found, in text order, non-overlapping
     */
    public List<TextDate> findAll(String folded, DayMonthOrder order) {
        List<TextDate> out = new ArrayList<>();
        if (folded.length() < 6 || !hasDigit(folded)) {
            return out;
        }
        if (hasFourDigits(folded)) {
            scan(YMD.matcher(folded), out, m -> DateParts.ofDay(year(m.group(1)), num(m.group(3)), num(m.group(4))),
                    m -> false);
            scan(DAY_NAME_YEAR.matcher(folded), out,
                    m -> DateParts.ofDay(year(m.group(3)), MonthNames.month(m.group(2)), num(m.group(1))), m -> false);
            scan(NAME_DAY_YEAR.matcher(folded), out,
                    m -> DateParts.ofDay(year(m.group(3)), MonthNames.month(m.group(1)), num(m.group(2))), m -> false);
            scan(SPACED_DOTTED.matcher(folded), out,
                    m -> DateParts.ofDay(year(m.group(3)), num(m.group(2)), num(m.group(1))), m -> false);
        }
        scan(NUMERIC.matcher(folded), out, m -> numeric(m, order), m -> num(m.group(1)) <= 12
                && num(m.group(3)) <= 12 && !m.group(1).equals(m.group(3)));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<TextDate> timed = new ArrayList<>(out.size());
        for (TextDate t : out) {
            timed.add(withTime(folded, t));
        }
        return timed;
    }

    /**
     * @return the first date of {@link #findAll}, or null
     */
    public DateParts first(String folded, DayMonthOrder order) {
        List<TextDate> all = findAll(folded, order);
        return all.isEmpty() ? null : all.get(0).date();
    }

    /** @return the first and second numbers of every numeric d/m/y date, for {@link DateOrderResolver} */
    public static List<int[]> numericPairs(String folded) {
        List<int[]> pairs = new ArrayList<>();
        Matcher m = NUMERIC.matcher(folded);
        while (m.find()) {
            pairs.add(new int[] {num(m.group(1)), num(m.group(3))});
        }
        return pairs;
    }

    private interface Maker {
        DateParts make(Matcher m);
    }

    private interface Test {
        boolean test(Matcher m);
    }

    private static void scan(Matcher m, List<TextDate> out, Maker maker, Test ambiguous) {
        while (m.find()) {
            if (overlaps(out, m.start(), m.end())) {
                continue;
            }
            DateParts d = maker.make(m);
            if (d != null && d.year() >= DateParts.MIN_YEAR) {
                out.add(new TextDate(d, m.start(), m.end(), ambiguous.test(m)));
            }
        }
    }

    private static boolean overlaps(List<TextDate> out, int s, int e) {
        for (TextDate t : out) {
            if (s < t.end() && e > t.start()) {
                return true;
            }
        }
        return false;
    }

    private static DateParts numeric(Matcher m, DayMonthOrder order) {
        int a = num(m.group(1));
        int b = num(m.group(3));
        int y = year(m.group(4));
        if (m.group(4).length() == 2 && m.group(2).equals("-")) {
            return null;
        }
        // dotted dates (05.03.2024) are written day first wherever they are used
        boolean monthFirst = order == DayMonthOrder.MDY && !m.group(2).equals(".");
        if (a > 12) {
            monthFirst = false;
        } else if (b > 12) {
            monthFirst = true;
        }
        return monthFirst ? DateParts.ofDay(y, a, b) : DateParts.ofDay(y, b, a);
    }

    private static TextDate withTime(String s, TextDate t) {
        Matcher m = TIME.matcher(s).region(t.end(), Math.min(s.length(), t.end() + 40));
        m.useAnchoringBounds(true);
        if (!m.find()) {
            return t;
        }
        int hour = num(m.group(1));
        int minute = num(m.group(2));
        String ampm = m.group(4);
        if (ampm != null) {
            boolean pm = ampm.startsWith("p") || ampm.equals("م");
            boolean am = ampm.startsWith("a") || ampm.equals("ص");
            if ((pm || am) && (hour < 1 || hour > 12)) {
                return t;
            }
            if (pm && hour < 12) {
                hour += 12;
            } else if (am && hour == 12) {
                hour = 0;
            }
        }
        ZoneOffset offset = null;
        if (m.group(5) != null) {
            offset = MachineDates.offset(m.group(5));
            if (m.group(6) != null && offset != null && offset.getTotalSeconds() == 0) {
                ZoneOffset extra = MachineDates.offset(pad(m.group(6)));
                offset = extra != null ? extra : offset;
            }
        }
        int second = m.group(3) == null ? 0 : num(m.group(3));
        DateParts d = t.date();
        DateParts timed = DateParts.ofTime(d.year(), d.month(), d.day(), hour, minute, second, 0, offset,
                m.group(3) == null ? DatePrecision.MINUTE : DatePrecision.SECOND);
        return timed == null ? t : new TextDate(timed, t.start(), m.end(), t.ambiguous());
    }

    private static String pad(String z) {
        String digits = z.substring(1);
        if (digits.length() == 1) {
            digits = "0" + digits;
        }
        return z.charAt(0) + digits;
    }

    /**
     * @param folded folded text
     * @return false when the text cannot hold a date (too short, or no digit): a cheap test before the patterns
     */
    static boolean mayHoldDate(String folded) {
        return folded.length() >= 6 && hasDigit(folded);
    }

    /** Every pattern but the numeric one needs a four-digit year: a cheap test before the month-name patterns. */
    private static boolean hasFourDigits(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static int year(String s) {
        int y = Integer.parseInt(s);
        if (s.length() == 2) {
            return y <= 50 ? 2000 + y : 1900 + y;
        }
        return y;
    }
}
