package newsflow.enrich.time.mentions;

import newsflow.enrich.time.vocab.TimeTextNormalizer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All-numeric calendar dates: {@code 11/7/2017}, {@code 2017-07-11}, {@code 11.07.2017}, {@code 15-4-19},
 * with an optional Arabic era suffix ({@code م} Gregorian, {@code هـ} Hijri, converted by {@link HijriConverter}).
 * Year-first strings are always read Y-M-D (ISO 8601). Otherwise one order holds for the whole text (issue 14
 * item 3, case C04), taken from, in this order: the source's configured order; the unambiguous numeric dates of
 * the same text ({@link TextDateOrder}: 15/4/2019 proves day first); the page's locale
 * ({@link DateReference#dateOrder()} with {@code orderFrom=locale}); the language default (day first for Arabic and
 * the European languages, month first for English: CLDR short date patterns for en-US vs. ar/fr/es/de). When the
 * other order would also give a valid, different date, the mention is flagged {@code ambiguous=true} with
 * {@code resolvedBy} = {@code source_order}, {@code text_order} or {@code locale} (the language default counts as
 * locale); never guessed per item.
 */
final class NumericDateReader implements DateGrammar {

    static final String SOURCE_ORDER = "source_order";
    /** the order came from the language's convention because the source declared none */
    static final String LOCALE = "locale";
    /** the order came from an unambiguous numeric date of the same text */
    static final String TEXT_ORDER = "text_order";

    private static final Pattern NUMERIC = Pattern.compile(TimeTextNormalizer.plain(
            "(?<![\\p{N}./-])(\\d{1,4})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{1,2})(?![\\p{N}]|[./-]\\d)"
                    + "(\\s?(?:م|ه(?![\\p{L}])|هـ))?"));

    private final String defaultOrder;
    private final boolean arabicEra;

    /**
     * @param defaultOrder DMY, MDY or YMD when the source gives none
     * @param arabicEra    true to accept the Arabic era suffixes م / هـ
     */
    NumericDateReader(String defaultOrder, boolean arabicEra) {
        this.defaultOrder = defaultOrder;
        this.arabicEra = arabicEra;
    }

    @Override
    public void find(String text, DateReference ref, List<Candidate> out) {
        String order;
        String resolvedBy;
        String fromText = null;
        if (ref.dateOrder() != null && !LOCALE.equals(ref.orderFrom())) {
            order = ref.dateOrder().toUpperCase(Locale.ROOT);
            resolvedBy = SOURCE_ORDER;
        } else if ((fromText = TextDateOrder.of(text, NUMERIC)) != null) {
            order = fromText;
            resolvedBy = TEXT_ORDER;
        } else {
            order = ref.dateOrder() == null ? defaultOrder : ref.dateOrder().toUpperCase(Locale.ROOT);
            resolvedBy = LOCALE;
        }
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            String a = m.group(1);
            String b = m.group(3);
            String c = m.group(4);
            String era = m.group(5) == null ? "" : m.group(5).trim();
            int end = era.isEmpty() || !arabicEra ? m.end(4) : m.end();
            // a four-digit year 1300–1499 in an Arabic numeric date is a Hijri year written without its suffix
            boolean hijri = arabicEra && (era.startsWith("ه") || c.length() == 4 && c.compareTo("1300") >= 0
                    && c.compareTo("1500") < 0 || a.length() == 4 && a.compareTo("1300") >= 0 && a.compareTo("1500") < 0);
            if (a.length() == 3 || c.length() == 1 && a.length() != 4) {
                continue; // a one-digit last field is only a day, after a year ("1439/9/1هـ")
            }
            if (a.length() == 4) {
                add(out, m.start(), end, Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c), hijri,
                        null, null);
                continue;
            }
            if (m.group(2).equals(".") && c.length() == 2) {
                continue; // "1.5.20" is more often a version or a score than a date
            }
            int year = fullYear(Integer.parseInt(c), c.length(), ref.day(), hijri);
            int x = Integer.parseInt(a);
            int y = Integer.parseInt(b);
            boolean dayFirst = !order.startsWith("M");
            int day = dayFirst ? x : y;
            int month = dayFirst ? y : x;
            boolean thisValid = valid(year, month, day, hijri);
            boolean otherValid = valid(year, day, month, hijri);
            if (!thisValid && otherValid) {
                add(out, m.start(), end, year, day, month, hijri, null, null);
            } else if (thisValid) {
                boolean ambiguous = otherValid && x != y;
                add(out, m.start(), end, year, month, day, hijri, ambiguous ? Boolean.TRUE : null, resolvedBy);
            }
        }
    }

    private static int fullYear(int y, int digits, LocalDate ref, boolean hijri) {
        if (digits == 4) {
            return y;
        }
        if (hijri) {
            return 1400 + y > 1450 + 20 ? 1300 + y : 1400 + y;
        }
        int century = ref.getYear() / 100 * 100;
        return century + y > ref.getYear() + 10 ? century - 100 + y : century + y;
    }

    private static boolean valid(int year, int month, int day, boolean hijri) {
        if (hijri) {
            return HijriConverter.toGregorian(year, month, day) != null;
        }
        return Timex.valid(year, month, day);
    }

    private static void add(List<Candidate> out, int start, int end, int year, int month, int day, boolean hijri,
                            Boolean ambiguous, String resolvedBy) {
        String value;
        if (hijri) {
            LocalDate g = HijriConverter.toGregorian(year, month, day);
            if (g == null) {
                return;
            }
            value = Timex.day(g);
        } else {
            if (!Timex.valid(year, month, day)) {
                return;
            }
            value = Timex.day(LocalDate.of(year, month, day));
        }
        out.add(new Candidate(start, end, value, "DATE", true, ambiguous, ambiguous == null ? null : resolvedBy));
    }
}
