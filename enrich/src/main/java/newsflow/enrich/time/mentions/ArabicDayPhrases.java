package newsflow.enrich.time.mentions;

import newsflow.enrich.time.calendar.CalendarSystem;

import newsflow.enrich.time.vocab.TimeTextNormalizer;
import newsflow.enrich.time.vocab.ArabicCalendarWords;

import static newsflow.enrich.time.mentions.ArabicDateGrammar.B0;
import static newsflow.enrich.time.mentions.ArabicDateGrammar.B1;
import static newsflow.enrich.time.vocab.ArabicCalendarWords.GREGORIAN_RE;
import static newsflow.enrich.time.vocab.ArabicCalendarWords.HIJRI_RE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arabic day phrases that {@link ArabicDateGrammar}'s digit-and-month rules leave out. Rules, in order:
 * <ol>
 *   <li>ordinal days (the usual news style "الخامس من سبتمبر 2018", "الحادي عشر من سبتمبر", "العشرين من
 *       رمضان 1439هـ"), ordinal words 1–31 in the masculine ("اليوم" understood), after the Arabic grammar
 *       tradition of ordinal numbers (العدد الترتيبي);</li>
 *   <li>a day and month with a relative year: "31 مارس من العام الماضي", "الأول من يناير من العام المقبل",
 *       "5 مايو من هذا العام" → the day in the year before/after/of the reference;</li>
 *   <li>a day of a relative month: "العاشر من الشهر الجاري", "5 من الشهر الماضي" → that day of the month
 *       before/of/after the reference's month;</li>
 *   <li>a month with a relative year: "يناير من العام المقبل" → that month in the year after the reference;</li>
 *   <li>a season with a year: "ربيع 2019" → 2019-SP, "صيف عام 2018" → 2018-SU (TIMEX3 season codes);</li>
 *   <li>coordinated or ranged days sharing one month: "يومي 10 و11 أبريل 2016", "من 3 إلى 9 يونيو 2019",
 *       "بين 5 و7 مايو": the first day takes the month and year of the full date that follows (TimeML marks
 *       each day as its own DATE); likewise months sharing a year: "شهري أكتوبر ونوفمبر 2016" (the year
 *       before when the first month comes later in the year: "ديسمبر ويناير 2017").</li>
 * </ol>
 * An ordinal after a unit noun is not a day ("الأسبوع الأول من مارس" is a week). Text in {@link TimeTextNormalizer} orthography. Thread-safe (stateless).
 */
final class ArabicDayPhrases {

    private static final Map<String, Integer> ORDINALS = new LinkedHashMap<>();

    static {
        String[] units = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"};
        String[] compound = {"الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"};
        for (int i = 0; i < units.length; i++) {
            ORDINALS.put(units[i], i + 1);
            ORDINALS.put(compound[i] + " عشر", 11 + i);
            ORDINALS.put(compound[i] + " والعشرين", 21 + i);
            ORDINALS.put(compound[i] + " و العشرين", 21 + i);
        }
        ORDINALS.put("العاشر", 10);
        ORDINALS.put("العشرين", 20);
        ORDINALS.put("العشرون", 20);
        ORDINALS.put("الثلاثين", 30);
        ORDINALS.put("الثلاثون", 30);
        ORDINALS.put("الحادي والثلاثين", 31);
        ORDINALS.put("الحادي و الثلاثين", 31);
    }

    private static final String ORDINAL_RE = "(?:" + String.join("|", ORDINALS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")";
    private static final String REL = "(الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة|الفارط|الفارطة|المنقضي|"
            + "المنقضية|السابق|السابقة|المقبل|"
            + "المقبلة|القادم|القادمة|التالي|التالية|الجاري|الجارية|الحالي|الحالية)";
    private static final String DAY = "(?:يوم )?(?<day>\\d{1,2}|" + ORDINAL_RE + ")";

    /** day (digits or ordinal) + month name + explicit year, relative year, month modifier, or nothing */
    private static final Pattern DAY_MONTH = Pattern.compile(TimeTextNormalizer.plain(B0 + "(?<all>" + DAY
            + " (?:من )?(?:شهر )?(?<month>" + GREGORIAN_RE + "|" + HIJRI_RE + ")(?:(?: من)? (?:(?:العام|السنة|عام|سنة) "
            + "(?<rel>" + REL.substring(1) + "|(?<this>هذا العام|هذه السنة))|[،,]? ?" + ArabicDateGrammar.YEAR_WORD
            + "?(?<year>\\d{4})(?!\\d)(?: ?(?<era>" + ArabicDateGrammar.ERA_WORDS + ")" + B1 + ")?|"
            + ArabicDateGrammar.MOD.replace("(?: (", "(?: (?<mod>") + "))" + B1));
    /** day + الشهر الجاري/الماضي/المقبل or هذا الشهر */
    private static final Pattern DAY_OF_MONTH = Pattern.compile(TimeTextNormalizer.plain(B0 + "(?<all>" + DAY
            + " (?:من )?(?:(?:الشهر|شهر) (?<rel>" + REL.substring(1) + "|(?<this>هذا الشهر)))" + B1));
    /** month + relative year */
    private static final Pattern MONTH_REL_YEAR = Pattern.compile(TimeTextNormalizer.plain(B0 + "(?<all>(?:شهر )?(?<month>"
            + GREGORIAN_RE + ") (?:من )?(?:(?:العام|السنة|عام|سنة) (?<rel>" + REL.substring(1) + "|(?<this>هذا العام|هذه السنة)))"
            + B1));
    /** season + year */
    private static final Pattern SEASON_YEAR = Pattern.compile(TimeTextNormalizer.plain(B0 + "(?<all>(?:فصل )?(?<season>"
            + "ربيع|صيف|خريف|شتاء) (?:من )?(?:عام |العام |سنة )?(?<year>\\d{4})(?!\\d)(?: ?م" + B1 + ")?)"));
    private static final Map<String, String> SEASON_CODE = Map.of("ربيع", "SP", "صيف", "SU", "خريف", "FA",
            "شتاء", "WI");
    /** a unit noun right before an ordinal: the ordinal counts weeks, quarters… not days */
    private static final Pattern UNIT_BEFORE = Pattern.compile(TimeTextNormalizer.plain(
            "(?:الاسبوع|الاسابيع|الشهر|الاشهر|الربع|النصف|الثلث|العام|السنة|العقد|القرن|الجولة|المرحلة|الدور) $"));
    /** a day number joined to the next by و / - / إلى / حتى / أو */
    private static final Pattern DAY_LIST = Pattern.compile(TimeTextNormalizer.plain(
            "(?<![\\p{L}\\p{N}/.-])(?<first>\\d{1,2}|" + ORDINAL_RE + ") ?(?:و|-|–|الى|إلى|حتى|او) ?(?=(?<second>\\d{1,2}|"
                    + ORDINAL_RE + ") )"));

    /** a month name joined to the next by و / - / إلى / حتى / أو */
    private static final Pattern MONTH_LIST = Pattern.compile(TimeTextNormalizer.plain(B0 + "(?<first>" + GREGORIAN_RE
            + ") ?(?:و|-|–|الى|إلى|حتى|او) ?(?=(?:شهر )?(?<second>" + GREGORIAN_RE + "))"));

    private ArabicDayPhrases() {
    }

    static void find(String text, LocalDate r, List<Candidate> out) {
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            boolean digits = Character.isDigit(m.group("day").charAt(0));
            boolean relativeYear = m.group("rel") != null || m.group("this") != null;
            if (digits && !relativeYear) {
                continue; // digits with a year, a modifier or nothing: ArabicDateGrammar's rule 1
            }
            if (!digits && UNIT_BEFORE.matcher(text.substring(Math.max(0, m.start("all") - 12), m.start("all"))).find()) {
                continue;
            }
            Integer day = day(m.group("day"));
            String name = m.group("month");
            boolean hijriName = ArabicCalendarWords.isHijri(name);
            LocalDate d = null;
            String original = null;
            boolean explicit = m.group("year") != null;
            if (explicit) {
                int year = Integer.parseInt(m.group("year"));
                if (hijriName || ArabicDateGrammar.isHijriEra(m.group("era"))) {
                    d = hijriName ? CalendarSystem.ISLAMIC_UMALQURA.toGregorian(year, ArabicCalendarWords.hijri(name), day) : null;
                    original = hijriName ? CalendarSystem.original(year, ArabicCalendarWords.hijri(name), day) : null;
                } else {
                    d = ArabicDateGrammar.plausibleYear(year) ? date(year, ArabicCalendarWords.gregorian(name), day) : null;
                }
            } else if (!hijriName && !ArabicDateGrammar.isNamedAfterDate(text, m.start("all"))) {
                int month = ArabicCalendarWords.gregorian(name);
                if (relativeYear) {
                    int shift = m.group("this") != null ? 0 : ArabicRelativeGrammar.shift(m.group("rel"));
                    d = date(r.getYear() + shift, month, day);
                } else {
                    String mod = m.group("mod");
                    int year = mod != null && (mod.equals("الجاري") || mod.equals("الحالي")) ? r.getYear()
                            : RelativeDateResolver.yearFor(r, month, day, mod != null
                            ? ArabicDateGrammar.direction(mod) : ArabicDateGrammar.tense(text, m));
                    d = date(year, month, day);
                }
            }
            if (d != null) {
                Candidate c = Candidate.date(m.start("all"), m.end("all"), Timex.day(d), explicit);
                out.add(original == null ? c : c.inCalendar(CalendarSystem.ISLAMIC_UMALQURA, original));
            }
        }
        m = DAY_OF_MONTH.matcher(text);
        while (m.find()) {
            int shift = m.group("this") != null ? 0 : ArabicRelativeGrammar.shift(m.group("rel"));
            LocalDate month = r.withDayOfMonth(1).plusMonths(shift);
            LocalDate d = date(month.getYear(), month.getMonthValue(), day(m.group("day")));
            if (d != null) {
                out.add(Candidate.date(m.start("all"), m.end("all"), Timex.day(d), false));
            }
        }
        m = MONTH_REL_YEAR.matcher(text);
        while (m.find()) {
            int shift = m.group("this") != null ? 0 : ArabicRelativeGrammar.shift(m.group("rel"));
            out.add(Candidate.date(m.start("all"), m.end("all"),
                    Timex.month(r.getYear() + shift, ArabicCalendarWords.gregorian(m.group("month"))), false));
        }
        m = SEASON_YEAR.matcher(text);
        while (m.find()) {
            out.add(Candidate.date(m.start("all"), m.end("all"), m.group("year") + "-"
                    + SEASON_CODE.get(m.group("season")), true));
        }
        coordinatedDays(text, out);
        coordinatedMonths(text, out);
    }

    /** Rule 6, months: "أكتوبر ونوفمبر 2016" → the first month takes the year of the second (or the one before). */
    private static void coordinatedMonths(String text, List<Candidate> out) {
        List<Candidate> added = new ArrayList<>();
        Matcher m = MONTH_LIST.matcher(text);
        while (m.find()) {
            for (Candidate c : out) {
                if (c.start() == m.start("second") && "DATE".equals(c.type()) && c.value().length() == 7
                        && c.value().charAt(4) == '-') {
                    int first = ArabicCalendarWords.gregorian(m.group("first"));
                    int year = Integer.parseInt(c.value().substring(0, 4));
                    int second = Integer.parseInt(c.value().substring(5));
                    added.add(Candidate.date(m.start("first"), m.end("first"),
                            Timex.month(first > second ? year - 1 : year, first), c.explicit()));
                    break;
                }
            }
        }
        out.addAll(added);
    }

    /** Rule 6: the first of two joined days takes the month of the full date that starts at the second. */
    private static void coordinatedDays(String text, List<Candidate> out) {
        List<Candidate> added = new ArrayList<>();
        Matcher m = DAY_LIST.matcher(text);
        while (m.find()) {
            int first = day(m.group("first"));
            int second = day(m.group("second"));
            for (Candidate c : out) {
                if (c.start() == m.start("second") && "DATE".equals(c.type()) && c.value().length() == 10
                        && c.value().charAt(4) == '-' && first < second) {
                    LocalDate d = LocalDate.parse(c.value()).minusDays(second - first);
                    added.add(new Candidate(m.start("first"), m.end("first"), Timex.day(d), "DATE", c.explicit(),
                            null, null));
                    break;
                }
            }
        }
        out.addAll(added);
    }

    private static int day(String word) {
        if (Character.isDigit(word.charAt(0))) {
            return Integer.parseInt(word);
        }
        Integer d = ORDINALS.get(word.replaceAll("\\s+", " "));
        return d == null ? 0 : d;
    }

    private static LocalDate date(int year, int month, int day) {
        return Timex.valid(year, month, day) ? LocalDate.of(year, month, day) : null;
    }
}
