package newsflow.enrich.time.mentions;

import newsflow.enrich.time.calendar.CalendarSystem;

import newsflow.enrich.time.vocab.TimeTextNormalizer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persian (fa) expressions beside {@link PersianDateGrammar}'s full Jalali dates, vocabulary after CLDR fa
 * ("months/format/wide" for the gregorian and persian calendars, "fields" relative-time patterns). Rules, in order:
 * <ol>
 *   <li>deictic days: امروز، دیروز، فردا، پریروز، پس‌فردا;</li>
 *   <li>a unit with last/this/next: "هفته گذشته", "ماه آینده", "سال جاری", امسال (this year), پارسال (last year);</li>
 *   <li>an amount back or ahead: "سه روز پیش", "دو هفته قبل", "دو سال دیگر" → a DATE at the unit's granularity
 *       ("یک روز بعد", one day later, counts from the narrated event and is left out);</li>
 *   <li>Gregorian dates with Persian month names: "۵ سپتامبر ۲۰۱۸", "ژانویه ۲۰۲۰";</li>
 *   <li>a Jalali month or year alone: "مهر ۱۴۰۲" → the Gregorian month holding its 15th day, "سال ۱۴۰۲" → the
 *       Gregorian year holding its middle (1 Mehr), the convention of {@link CalendarSystem#yearMiddle(int)};</li>
 *   <li>weekdays (شنبه … جمعه), with گذشته/آینده or else the latest on or before the reference.</li>
 * </ol>
 * Text in {@link TimeTextNormalizer} orthography (Arabic ya/kaf, no ZWNJ, final ه read as ة): every pattern and
 * key goes through {@link TimeTextNormalizer#plain(String)}. Thread-safe (stateless).
 */
final class PersianRelativeGrammar {

    private static final String B0 = "(?<![\\p{L}\\p{N}])";
    private static final String B1 = "(?![\\p{L}\\p{N}])";
    private static final Map<String, Integer> DEICTIC = new HashMap<>();
    private static final Map<String, Integer> NUMBERS = new HashMap<>();
    private static final Map<String, Integer> GREGORIAN = new HashMap<>();
    private static final Map<String, Integer> JALALI = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        put(DEICTIC, new String[][] {{"پریروز"}, {"دیروز"}, {"امروز"}, {"فردا"}, {"پس‌فردا", "پس فردا"}}, -2);
        put(NUMBERS, new String[][] {{"یک"}, {"دو"}, {"سه"}, {"چهار"}, {"پنج"}, {"شش"}, {"هفت"}, {"هشت"}, {"نه"},
                {"ده"}}, 1);
        put(GREGORIAN, new String[][] {{"ژانویه"}, {"فوریه"}, {"مارس"}, {"آوریل"}, {"مه", "می"}, {"ژوئن"},
                {"ژوئیه", "جولای"}, {"اوت", "آگوست"}, {"سپتامبر"}, {"اکتبر"}, {"نوامبر"}, {"دسامبر"}}, 1);
        put(JALALI, new String[][] {{"فروردین"}, {"اردیبهشت"}, {"خرداد"}, {"تیر"}, {"مرداد"}, {"شهریور"}, {"مهر"},
                {"آبان"}, {"آذر"}, {"دی"}, {"بهمن"}, {"اسفند"}}, 1);
        String[][] days = {{"دوشنبه"}, {"سه‌شنبه", "سه شنبه"}, {"چهارشنبه", "چهار شنبه"}, {"پنجشنبه", "پنج‌شنبه",
                "پنج شنبه"}, {"جمعه"}, {"شنبه"}, {"یکشنبه", "یک‌شنبه", "یک شنبه"}};
        for (int i = 0; i < days.length; i++) {
            for (String d : days[i]) {
                WEEKDAYS.put(TimeTextNormalizer.plain(d), DayOfWeek.of(i + 1));
            }
        }
    }

    private static void put(Map<String, Integer> map, String[][] words, int first) {
        for (int i = 0; i < words.length; i++) {
            for (String w : words[i]) {
                map.put(TimeTextNormalizer.plain(w), first + i);
            }
        }
    }

    private static String alt(Map<String, ?> map) {
        return "(" + String.join("|", map.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")";
    }

    private static final String LAST = "گذشته|پیش|قبل|پارسال";
    /** ahead of the reference; "بعد" (later, the following) is left out: it counts from the narrated event */
    private static final String NEXT = "آینده|دیگر|آتی";
    private static final String UNIT = "(روز|هفته|ماه|سال)";
    private static final Pattern DEICTIC_RE = p(B0 + alt(DEICTIC) + B1);
    private static final Pattern UNIT_MOD = p(B0 + "(" + UNIT + "(?: ?ی)? (" + LAST + "|" + NEXT + "|جاری|اخیر)|امسال|پارسال)"
            + B1);
    private static final Pattern AMOUNT = p(B0 + "((\\d{1,3}|" + alt(NUMBERS).substring(1, alt(NUMBERS).length() - 1)
            + ") " + UNIT + " (" + LAST + "|" + NEXT + "))" + B1);
    private static final Pattern GREGORIAN_DATE = p(B0 + "((?:(\\d{1,2}) )?" + alt(GREGORIAN) + " (\\d{4}))" + B1);
    private static final Pattern JALALI_MONTH = p(B0 + "((?:ماه )?" + alt(JALALI) + " (?:ماه )?(?:سال )?(1[2-4]\\d\\d))" + B1);
    private static final Pattern JALALI_YEAR = p(B0 + "(سال (1[34]\\d\\d))" + B1);
    private static final Pattern WEEKDAY = p(B0 + "((?:روز )?" + alt(WEEKDAYS) + "(?: (" + LAST + "|" + NEXT + "))?)" + B1);

    private static Pattern p(String regex) {
        return Pattern.compile(TimeTextNormalizer.plain(regex));
    }

    private PersianRelativeGrammar() {
    }

    static void find(String text, LocalDate r, List<Candidate> out) {
        Matcher m = DEICTIC_RE.matcher(text);
        while (m.find()) {
            out.add(Candidate.of(m.start(1), m.end(1), Timex.day(r.plusDays(DEICTIC.get(m.group(1)))), "DATE"));
        }
        m = UNIT_MOD.matcher(text);
        while (m.find()) {
            String w = m.group(1);
            String v;
            if (w.equals(TimeTextNormalizer.plain("امسال"))) {
                v = Timex.year(r.getYear());
            } else if (w.equals(TimeTextNormalizer.plain("پارسال"))) {
                v = Timex.year(r.getYear() - 1);
            } else {
                v = RelativeDateResolver.shift(r, unit(m.group(2)), direction(m.group(3)));
            }
            out.add(Candidate.of(m.start(1), m.end(1), v, "DATE"));
        }
        m = AMOUNT.matcher(text);
        while (m.find()) {
            Integer n = Character.isDigit(m.group(2).charAt(0)) ? Integer.valueOf(m.group(2)) : NUMBERS.get(m.group(2));
            int dir = direction(m.group(4));
            if (n != null && dir != 0) {
                out.add(Candidate.of(m.start(1), m.end(1), RelativeDateResolver.shift(r, unit(m.group(3)), dir * n),
                        "DATE"));
            }
        }
        m = GREGORIAN_DATE.matcher(text);
        while (m.find()) {
            int month = GREGORIAN.get(m.group(3));
            int year = Integer.parseInt(m.group(4));
            if (m.group(2) == null) {
                out.add(Candidate.date(m.start(1), m.end(1), Timex.month(year, month), true));
            } else if (Timex.valid(year, month, Integer.parseInt(m.group(2)))) {
                out.add(Candidate.date(m.start(1), m.end(1),
                        Timex.day(LocalDate.of(year, month, Integer.parseInt(m.group(2)))), true));
            }
        }
        m = JALALI_MONTH.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(3));
            int month = JALALI.get(m.group(2));
            LocalDate mid = CalendarSystem.PERSIAN.monthMiddle(year, month);
            if (mid != null) {
                out.add(Candidate.date(m.start(1), m.end(1), Timex.month(mid.getYear(), mid.getMonthValue()), true)
                        .inCalendar(CalendarSystem.PERSIAN, CalendarSystem.original(year, month, null)));
            }
        }
        m = JALALI_YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(2));
            LocalDate mid = CalendarSystem.PERSIAN.yearMiddle(year);
            if (mid != null) {
                out.add(Candidate.date(m.start(1), m.end(1), Timex.year(mid.getYear()), true)
                        .inCalendar(CalendarSystem.PERSIAN, CalendarSystem.original(year, null, null)));
            }
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            int dir = m.group(3) == null ? 0 : direction(m.group(3));
            RelativeDateResolver.Direction d = dir < 0 ? RelativeDateResolver.Direction.BEFORE
                    : dir > 0 ? RelativeDateResolver.Direction.AFTER : RelativeDateResolver.Direction.ON_OR_BEFORE;
            out.add(Candidate.of(m.start(1), m.end(1),
                    Timex.day(RelativeDateResolver.weekday(r, WEEKDAYS.get(m.group(2)), d)), "DATE"));
        }
    }

    private static String unit(String w) {
        String s = TimeTextNormalizer.plain(w);
        return s.equals(TimeTextNormalizer.plain("هفته")) ? "W" : s.equals(TimeTextNormalizer.plain("ماه")) ? "M"
                : s.equals(TimeTextNormalizer.plain("سال")) ? "Y" : "D";
    }

    /** @return −1 for گذشته/پیش/قبل, +1 for آینده/بعد/دیگر, 0 for جاری/اخیر */
    private static int direction(String w) {
        for (String l : LAST.split("\\|")) {
            if (TimeTextNormalizer.plain(l).equals(w)) {
                return -1;
            }
        }
        for (String n : NEXT.split("\\|")) {
            if (TimeTextNormalizer.plain(n).equals(w)) {
                return 1;
            }
        }
        return 0;
    }
}
