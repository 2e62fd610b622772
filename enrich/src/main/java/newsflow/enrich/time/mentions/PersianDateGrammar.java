package newsflow.enrich.time.mentions;

import newsflow.enrich.time.calendar.CalendarSystem;

import newsflow.enrich.time.vocab.TimeTextNormalizer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persian Solar Hijri (Jalali) dates: "سه شنبه سوم شهریور ۱۳۹۴", "پنجشنبه ۲۶ شهریور ۱۳۹۴", converted with
 * {@link CalendarSystem#PERSIAN}. Month names and ordinal day words after CLDR fa ("months/format/wide",
 * calendar persian) in {@link TimeTextNormalizer} orthography (Arabic ya and kaf); an optional weekday is part
 * of the expression; two-digit years are read in the 14th century AP (94 → 1394, 02 → 1402). Relative
 * expressions, Gregorian dates in Persian and a Jalali month or year alone: {@link PersianRelativeGrammar}.
 */
final class PersianDateGrammar implements DateGrammar {

    private static final String[] MONTHS = {"فروردين", "ارديبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر",
            "ابان", "اذر", "دي", "بهمن", "اسفند"};
    private static final Map<String, Integer> ORDINALS = new HashMap<>();

    static {
        String[] ord = {"يكم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "يازدهم",
                "دوازدهم", "سيزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بيستم"};
        for (int i = 0; i < ord.length; i++) {
            ORDINALS.put(ord[i], i + 1);
        }
        ORDINALS.put("اول", 1);
        ORDINALS.put("هيجدهم", 18);
        String[] units = {"يكم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم"};
        for (int i = 0; i < units.length; i++) {
            ORDINALS.put("بيست و " + units[i], 21 + i);
        }
        ORDINALS.put("سي ام", 30);
        ORDINALS.put("سيام", 30);
        ORDINALS.put("سي و يكم", 31);
    }

    private static final String ORD_RE = "(?:" + String.join("|", ORDINALS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")";
    private static final Pattern DATE = Pattern.compile(TimeTextNormalizer.plain("(?<![\\p{L}\\p{N}])((?:(?:(?:سه|چهار|پنج|يك|دو) ?)?شنبه "
            + "|جمعه )?(\\d{1,2}|" + ORD_RE + ") (" + String.join("|", MONTHS) + ") (\\d{4}|\\d{2})(?!\\d))"));

    @Override
    public void find(String text, DateReference ref, List<Candidate> out) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            String d = m.group(2);
            Integer day = d.matches("\\d+") ? Integer.valueOf(d) : ORDINALS.get(d);
            int month = java.util.Arrays.asList(MONTHS).indexOf(m.group(3)) + 1;
            int year = Integer.parseInt(m.group(4));
            if (m.group(4).length() == 2) {
                year += year < 50 ? 1400 : 1300;
            }
            LocalDate g = day == null ? null : CalendarSystem.PERSIAN.toGregorian(year, month, day);
            if (g != null) {
                out.add(Candidate.date(m.start(1), m.end(1), Timex.day(g), true)
                        .inCalendar(CalendarSystem.PERSIAN, CalendarSystem.original(year, month, day)));
            }
        }
        PersianRelativeGrammar.find(text, ref.day(), out);
    }
}
