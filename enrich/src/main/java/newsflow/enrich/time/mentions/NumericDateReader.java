package newsflow.enrich.time.mentions;

import newsflow.enrich.time.vocab.TimeTextNormalizer;

import java.time.LocalDate;
import newsflow.enrich.time.calendar.CalendarSystem;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All-numeric calendar dates: {@code 11/7/2017}, {@code 2017-07-11}, {@code 11.07.2017}, {@code 15-4-19},
 * with an optional Arabic era suffix ({@code م} Gregorian, {@code هـ} Hijri). A four-digit year 1300–1499 (or an era
 * suffix هـ) is a year of the language's own calendar: Hijri (Umm al-Qura) in Arabic, Solar Hijri (Jalali) in
 * Persian, where {@code ه.ق} / {@code ق} after the year marks the lunar Hijri one; a text declared to be in another
 * calendar ({@link DateReference#calendar()}) reads every numeric date in it. Conversions by {@link CalendarSystem};
 * the mention keeps its calendar and its date there.
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

    private static final Pattern LUNAR_MARK = Pattern.compile("^\\s?\\.?\\s?ق(?![\\p{L}])");

    private final String defaultOrder;
    private final boolean arabicEra;
    private final CalendarSystem ownCalendar;

    /**
     * @param defaultOrder DMY, MDY or YMD when the source gives none
     * @param arabicEra    true to accept the Arabic era suffixes م / هـ
     */
    NumericDateReader(String defaultOrder, boolean arabicEra) {
        this(defaultOrder, arabicEra, CalendarSystem.ISLAMIC_UMALQURA);
    }

    /**
     * @param defaultOrder DMY, MDY or YMD when the source gives none
     * @param arabicEra    true to accept the Arabic era suffixes م / هـ
     * @param ownCalendar  the calendar of years 1300–1499 and of the suffix هـ (Hijri in Arabic, Jalali in Persian)
     */
    NumericDateReader(String defaultOrder, boolean arabicEra, CalendarSystem ownCalendar) {
        this.defaultOrder = defaultOrder;
        this.arabicEra = arabicEra;
        this.ownCalendar = ownCalendar;
    }

    private CalendarSystem calendar(String text, Matcher m, String era, DateReference ref) {
        if (ref.calendar() != null) {
            return ref.calendar();
        }
        String a = m.group(1);
        String c = m.group(4);
        boolean ownYear = arabicEra && (era.startsWith("ه") || c.length() == 4 && c.compareTo("1300") >= 0
                && c.compareTo("1500") < 0 || a.length() == 4 && a.compareTo("1300") >= 0 && a.compareTo("1500") < 0);
        if (!ownYear) {
            return null;
        }
        boolean lunar = ownCalendar == CalendarSystem.PERSIAN && era.startsWith("ه")
                && LUNAR_MARK.matcher(text.substring(m.end())).find();
        return lunar ? CalendarSystem.ISLAMIC_UMALQURA : ownCalendar;
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
            // a four-digit year 1300–1499 is a year of the language's own calendar written without its suffix
            CalendarSystem hijri = calendar(text, m, era, ref);
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

    private static int fullYear(int y, int digits, LocalDate ref, CalendarSystem calendar) {
        if (digits == 4) {
            return y;
        }
        if (calendar == CalendarSystem.ISLAMIC_UMALQURA) {
            return 1400 + y > 1450 + 20 ? 1300 + y : 1400 + y;
        }
        if (calendar == CalendarSystem.PERSIAN) {
            return y < 50 ? 1400 + y : 1300 + y; // as PersianDateGrammar: 02 → 1402, 94 → 1394
        }
        int century = ref.getYear() / 100 * 100;
        return century + y > ref.getYear() + 10 ? century - 100 + y : century + y;
    }

    private static boolean valid(int year, int month, int day, CalendarSystem calendar) {
        if (calendar != null) {
            return calendar.toGregorian(year, month, day) != null;
        }
        return Timex.valid(year, month, day);
    }

    private static void add(List<Candidate> out, int start, int end, int year, int month, int day,
                            CalendarSystem calendar, Boolean ambiguous, String resolvedBy) {
        String value;
        if (calendar != null) {
            LocalDate g = calendar.toGregorian(year, month, day);
            if (g == null) {
                return;
            }
            out.add(new Candidate(start, end, Timex.day(g), "DATE", true, ambiguous,
                    ambiguous == null ? null : resolvedBy, calendar, CalendarSystem.original(year, month, day)));
            return;
        } else {
            if (!Timex.valid(year, month, day)) {
                return;
            }
            value = Timex.day(LocalDate.of(year, month, day));
        }
        out.add(new Candidate(start, end, value, "DATE", true, ambiguous, ambiguous == null ? null : resolvedBy));
    }
}
