package newsflow.enrich.time.mentions;

import newsflow.enrich.time.calendar.CalendarSystem;

import newsflow.enrich.time.vocab.TimeTextNormalizer;
import newsflow.enrich.time.vocab.ArabicCalendarWords;

import static newsflow.enrich.time.vocab.ArabicCalendarWords.GREGORIAN_RE;
import static newsflow.enrich.time.vocab.ArabicCalendarWords.HIJRI_RE;
import static newsflow.enrich.time.vocab.ArabicCalendarWords.WEEKDAY_RE;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arabic calendar dates with month names and years (Gregorian in every regional naming, and Hijri
 * converted by {@link CalendarSystem} while the span keeps the Hijri text). Rules, in order:
 * <ol>
 *   <li>day-month(-year), optionally after a weekday (itself after اليوم/أمس/غدًا: one expression with the
 *       explicit value, "أمس الأربعاء 5 سبتمبر 2018") and "شهر"/"من", with era suffix م or هـ:
 *       "5 سبتمبر 2018", "3 تشرين 1 2023", "الخميس 7 آذار 2024", "14 رمضان 1439هـ";</li>
 *   <li>month-year: "نوفمبر 2017", "شهر يونيو من عام 2016", "رمضان 1439";</li>
 *   <li>"شهر 7 من العام 2017" (month number + year);</li>
 *   <li>a month alone or with الماضي/المقبل/القادم/الجاري ("نوفمبر الماضي", "يونيو المقبل");</li>
 *   <li>years: after عام/العام/سنة/للعام…, with the suffix م (Gregorian) or هـ/هجري (Hijri), or bare in a
 *       date context ({@link ArabicYearContext}).</li>
 * </ol>
 * Arabic clitics (و، ف، ب، ل) may precede any word.
 */
final class ArabicDateGrammar implements DateGrammar {

    /** start of a word, allowing a one- or two-letter proclitic (و، ف، ب، ل، ك، وب، ول…) before it */
    static final String B0 = "(?<![\\p{L}\\p{N}])(?:[وف]?[بلك]?)??";
    static final String B1 = "(?![\\p{L}\\p{N}])";
    /**
     * the definite article, or what is left of it after the preposition ل: "ل" + "العام" is written "للعام"
     * (the alif of ال is dropped, standard Arabic orthography); with {@link #B0} taking the first ل, "للعام
     * الماضي" matches as "لعام الماضي"
     */
    static final String DEF = "(?:ال|(?<=ل)ل)";
    static final String YEAR_WORD = "(?:(?:من |في )?(?:عام|العام|سنة|السنة|لعام|للعام|لسنة|للسنة) )";
    /** era words after a year: م/ميلادي/للميلاد (Gregorian, "AD"), هـ/هجري/للهجرة (Hijri, "AH") */
    static final String ERA_WORDS = "(م|ه|هجري|هجرية|الهجري|الهجرية|للهجرة|ميلادي|ميلادية|الميلادي|الميلادية|للميلاد)";
    private static final String ERA = "(?: ?" + ERA_WORDS + B1 + ")?";
    private static final Pattern NAMED_AFTER = Pattern.compile(TimeTextNormalizer.plain(
            "(?:^|[^\\p{L}])[وبل]?(?:شارع|نهج|ميدان|ساحة|جسر|مدينة|حي|طريق|جامعة|مستشفى|ملعب|مطار|ثورة|انتفاضة|حركة) $"));
    /** a month modifier (الماضي، المقبل…, also the dual "القادمين" of two months) */
    static final String MOD = "(?: (الماضي|المنصرم|الفائت|الفارط|المنقضي|السابق|المقبل|القادم|الجاري|الحالي)(?:ين)?"
            + "(?![\\p{L}]))?";

    private static final Pattern DAY_MONTH = Pattern.compile(TimeTextNormalizer.plain(B0 + "(?<all>(?:(?:(?:اليوم|امس|الامس|"
            + "البارحة|غدا)[،,]? )?(?:يوم )?(?<wd>" + WEEKDAY_RE + ")[،,]? (?:الموافق )?)?(?<day>\\d{1,2}) ?(?:من )?(?:شهر )?"
            + "(?<month>" + GREGORIAN_RE + "|" + HIJRI_RE + ")(?:[،,]? ?" + YEAR_WORD + "?(?<year>\\d{4})(?!\\d)"
            + "(?: ?(?<era>" + ERA_WORDS + ")" + B1 + ")?|" + MOD.replace("(?: (", "(?: (?<mod>") + "))"));
    private static final Pattern MONTH_YEAR = Pattern.compile(TimeTextNormalizer.plain(B0 + "((?:شهر )?("
            + GREGORIAN_RE + "|" + HIJRI_RE + ")[،,]? ?" + YEAR_WORD + "?(\\d{4})(?!\\d)" + ERA + ")"));
    private static final Pattern MONTH_NUMBER_YEAR = Pattern.compile(TimeTextNormalizer.plain(B0
            + "(شهر (\\d{1,2}) (?:من )?" + YEAR_WORD + "?(\\d{4})(?!\\d)" + ERA + ")"));
    private static final Pattern MONTH_ALONE = Pattern.compile(TimeTextNormalizer.plain(B0
            + "((?:(?:مطلع|بداية|نهاية|منتصف|اواخر|اوائل|اواسط|خلال|اول) )?(?:شهر )?(" + GREGORIAN_RE + ")" + MOD + ")"
            + "(?! ?\\d)"));

    @Override
    public void find(String text, DateReference ref, List<Candidate> out) {
        LocalDate r = ref.day();
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group("day"));
            String name = m.group("month");
            boolean hijriName = ArabicCalendarWords.isHijri(name);
            boolean hijri = hijriName || isHijriEra(m.group("era"));
            if (m.group("year") != null) {
                int year = Integer.parseInt(m.group("year"));
                LocalDate d;
                if (hijri) {
                    d = hijriName ? CalendarSystem.ISLAMIC_UMALQURA.toGregorian(year, ArabicCalendarWords.hijri(name), day) : null;
                } else {
                    int month = ArabicCalendarWords.gregorian(name);
                    d = plausibleYear(year) && Timex.valid(year, month, day) ? LocalDate.of(year, month, day) : null;
                }
                if (d != null) {
                    Candidate c = Candidate.date(m.start("all"), m.end("all"), Timex.day(d), true);
                    out.add(hijri ? c.inCalendar(CalendarSystem.ISLAMIC_UMALQURA,
                            CalendarSystem.original(year, ArabicCalendarWords.hijri(name), day)) : c);
                }
            } else if (!hijriName && !isNamedAfterDate(text, m.start("all"))) {
                int month = ArabicCalendarWords.gregorian(name);
                String mod = m.group("mod");
                int year = mod != null && (mod.equals("الجاري") || mod.equals("الحالي")) ? r.getYear()
                        : RelativeDateResolver.yearFor(r, month, day, mod != null ? direction(mod) : tense(text, m));
                year = yearOfWeekday(year, month, day, m.group("wd"));
                if (Timex.valid(year, month, day)) {
                    out.add(Candidate.date(m.start("all"), m.end("all"), Timex.day(LocalDate.of(year, month, day)),
                            false));
                }
            }
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            String name = m.group(2).replaceAll("\\s+", " ");
            int year = Integer.parseInt(m.group(3));
            boolean hijriName = ArabicCalendarWords.isHijri(name);
            if (!hijriName && !plausibleYear(year)) {
                continue; // "موفى شهر ديسمبر 8867 طالب": a count after the month
            }
            LocalDate mid = hijriName ? CalendarSystem.ISLAMIC_UMALQURA.monthMiddle(year, ArabicCalendarWords.hijri(name)) : null;
            String v = hijriName ? (mid == null ? null : Timex.month(mid.getYear(), mid.getMonthValue()))
                    : Timex.month(year, ArabicCalendarWords.gregorian(name));
            if (v != null) {
                Candidate c = Candidate.date(m.start(1), m.end(1), v, true);
                out.add(hijriName ? c.inCalendar(CalendarSystem.ISLAMIC_UMALQURA,
                        CalendarSystem.original(year, ArabicCalendarWords.hijri(name), null)) : c);
            }
        }
        m = MONTH_NUMBER_YEAR.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12 && plausibleYear(Integer.parseInt(m.group(3)))) {
                out.add(Candidate.date(m.start(1), m.end(1), Timex.month(Integer.parseInt(m.group(3)), month), true));
            }
        }
        m = MONTH_ALONE.matcher(text);
        while (m.find()) {
            String name = m.group(2).replaceAll("\\s+", " ");
            if (ArabicCalendarWords.isAmbiguous(name) && m.group(3) == null
                    || m.start(1) > 1 && Character.isDigit(text.charAt(m.start(1) - 2))
                    || text.startsWith("بلاي ", Math.max(0, m.start(1) - 5))) { // "البلاي أوت": play-out
                continue; // a day number before it: rule 1 took the date, or refused a name ("شارع 5 أوت")
            }
            int month = ArabicCalendarWords.gregorian(name);
            String mod = m.group(3);
            int year = mod != null && (mod.equals("الجاري") || mod.equals("الحالي")) ? r.getYear()
                    : RelativeDateResolver.yearFor(r, month, 0, mod != null ? direction(mod) : tense(text, m));
            out.add(Candidate.date(m.start(1), m.end(1), Timex.month(year, month), false));
        }
        ArabicYearContext.findYears(text, out);
        ArabicDayPhrases.find(text, r, out);
    }

    /**
     * @return true when a place or event named after a day precedes the position ("شارع 26 يوليو", "ميدان 6
     *         أكتوبر", "نهج 18 جانفي", "ثورة 25 يناير"): without a year such a day is a name, not a date
     */
    static boolean isNamedAfterDate(String text, int start) {
        return NAMED_AFTER.matcher(text.substring(Math.max(0, start - 10), start)).find();
    }

    /**
     * A weekday written with a day and month but no year ("السبت 18 فيفري") decides the year when exactly one of
     * the guessed year and its neighbours puts the day on that weekday (a date falls on the same weekday only
     * every 5–11 years); otherwise the guess stands.
     */
    static int yearOfWeekday(int guess, int month, int day, String weekday) {
        if (weekday == null || !Timex.valid(guess, month, day)) {
            return guess;
        }
        java.time.DayOfWeek dow = ArabicCalendarWords.weekday(weekday);
        if (dow == null || LocalDate.of(guess, month, day).getDayOfWeek() == dow) {
            return guess;
        }
        int found = guess;
        int matches = 0;
        for (int y = guess - 1; y <= guess + 1; y += 2) {
            if (Timex.valid(y, month, day) && LocalDate.of(y, month, day).getDayOfWeek() == dow) {
                found = y;
                matches++;
            }
        }
        return matches == 1 ? found : guess;
    }

    /** @return true for a Gregorian year a news text names with a month (1000–2199) */
    static boolean plausibleYear(int year) {
        return year >= 1000 && year < 2200;
    }

    /** @return true for the Hijri era signs (هـ، هجري، للهجرة…), false for none or a Gregorian one */
    static boolean isHijriEra(String era) {
        return era != null && (era.startsWith("ه") || era.contains("هجر"));
    }

    /** A date without a year: the latest on or before the reference in a report, the next one in a future sentence. */
    static RelativeDateResolver.Direction tense(String text, Matcher m) {
        return FutureCue.isFuture(text, m.start(), m.end()) ? RelativeDateResolver.Direction.ON_OR_AFTER
                : RelativeDateResolver.Direction.ON_OR_BEFORE;
    }

    static RelativeDateResolver.Direction direction(String mod) {
        if (mod == null) {
            return null;
        }
        return switch (mod) {
            case "الماضي", "المنصرم", "الفائت", "الفارط", "المنقضي", "السابق" -> RelativeDateResolver.Direction.BEFORE;
            case "المقبل", "القادم" -> RelativeDateResolver.Direction.AFTER;
            default -> null;
        };
    }
}
