package newsflow.enrich.time.mentions;

import java.time.LocalDate;
import newsflow.enrich.time.calendar.CalendarSystem;

import newsflow.enrich.time.vocab.TimeTextNormalizer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years in Arabic text (TIMEX3 DATE "YYYY"):
 * <ol>
 *   <li>after a year noun: "عام 2003", "للعام 2018م", "سنة 1439هـ" (Hijri when هـ/هجري follows);</li>
 *   <li>with an era suffix: "2018م" (Gregorian), "1439هـ" (Hijri, converted by {@link CalendarSystem});</li>
 *   <li>a bare number 1800–2099 after a temporal preposition (في، منذ، حتى، إلى، بين، قبل، بعد، خلال، مطلع…) or
 *       followed by punctuation or the end of the text, or after a spaced dash that follows a word (a
 *       reference "(براون - 1840 …)" or a dateline), unless an identifier noun precedes it (المادة، رقم،
 *       القرار، القانون…), which makes it a number, not a year, or a counted noun follows it: an indefinite
 *       accusative noun (التمييز: "2019 طالبًا", "1500 شخصًا") or a word for thousands/millions, which makes it
 *       an amount;</li>
 *   <li>two years joined by a slash or a dash, 1–30 years apart ("الموسم الدراسي 2016/2017", "2013-2020"):
 *       each its own DATE.</li>
 * </ol>
 */
final class ArabicYearContext {

    private static final String B0 = ArabicDateGrammar.B0;
    private static final Pattern YEAR_NOUN = Pattern.compile(TimeTextNormalizer.plain(B0
            + "((?:عام|العام|سنة|السنة|لعام|للعام|لسنة|للسنة|بعام|بالعام) (\\d{4})(?!\\d)(?: ?"
            + ArabicDateGrammar.ERA_WORDS + "(?![\\p{L}\\p{N}]))?)"));
    private static final Pattern ERA_YEAR = Pattern.compile(TimeTextNormalizer.plain(
            "(?<![\\p{L}\\p{N},./-])((\\d{4}) ?" + ArabicDateGrammar.ERA_WORDS + "(?![\\p{L}\\p{N}]))"));
    private static final Pattern BARE = Pattern.compile(TimeTextNormalizer.plain(
            "(?:(?<![\\p{L}\\p{N},./:-])|(?<=(?<![\\p{L}])و)|(?<=[ (]-))((?:18|19|20)\\d\\d)(?![\\p{L}\\p{N}]|[,.]\\d|%|/)"));
    /** two years joined by a slash or dash: a season, a school year or a span ("2016/2017", "2013-2020") */
    private static final Pattern YEAR_SPAN = Pattern.compile(
            "(?<![\\p{N}./-])((?:19|20)\\d\\d) ?[/-] ?((?:19|20)\\d\\d)(?![\\p{N}%]|[./-]\\d)");
    private static final Pattern PREP_BEFORE = Pattern.compile(TimeTextNormalizer.plain(
            "(?:^|[^\\p{L}])[وف]?(?:في|منذ|حتي|الي|من|بين|قبل|بعد|خلال|مطلع|بداية|نهاية|منتصف|اواخر|اوائل|اواسط|"
                    + "عامي|العامين|سنتي|موسم|كاس العالم|مونديال|دورة|اولمبياد|اكسبو|رؤية|و) $"));
    private static final Pattern ID_BEFORE = Pattern.compile(TimeTextNormalizer.plain(
            "(?:المادة|مادة|رقم|القرار|قرار|القانون|قانون|الرحلة|رحلة|غرفة|الفصل|البند|بند|صفحة|الصفحة|العدد|"
                    + "المرسوم|مرسوم|الطريق|شارع|نحو|حوالي|قرابة|اكثر من|اقل من|ل|ب) $"));
    /** measure and count nouns of news figures (currencies, units, people, things), singular after 11–99… */
    private static final String COUNT_NOUNS = "نقطة|شخص|طالب|طالبة|دولار|ريال|درهم|دينار|جنيه|يورو|ليرة|متر|كيلومتر|"
            + "كلم|كم|كيلو|كيلوغرام|طن|برميل|سهم|وحدة|مواطن|لاجئ|عامل|موظف|مريض|حالة|اصابة|منزل|سيارة|مقعد|صوت|"
            + "مشارك|زائر|نسمة|ميغاواط|فدان|هكتار|جندي|مقاتل|قتيل|جريح|معتقل|اسرة|عائلة|مدرسة|شركة|مشروع|طائرة";
    /** the counted noun of a number (tamyiz): indefinite accusative "-ًا", or thousands/millions; adverbs excepted */
    private static final Pattern COUNTED_AFTER = Pattern.compile(TimeTextNormalizer.plain(
            "^ (?:(?!ال|ايضا|تقريبا|فقط|حاليا|سابقا|لاحقا|مثلا|جدا|اساسا|رسميا|عالميا|دوليا|محليا)\\p{L}{2,}ا|"
                    + "الف|الاف|مليون|ملايين|مليار|مليارات|" + COUNT_NOUNS + ")(?![\\p{L}])"));
    /** a spaced dash before the number: a reference or a dateline ("(براون - 1840)", "القاهرة - 2015") */
    private static final Pattern DASH_BEFORE = Pattern.compile("[\\p{L})] [-–—] $");
    private static final Pattern END_AFTER = Pattern.compile("^(?:\\s*$|\\s*[.,،:;؛)\\]!?؟\"»\\n-])");

    private ArabicYearContext() {
    }

    static void findYears(String text, List<Candidate> out) {
        Matcher m = YEAR_SPAN.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a != b && Math.abs(a - b) <= 30) {
                out.add(Candidate.date(m.start(1), m.end(1), m.group(1), true));
                out.add(Candidate.date(m.start(2), m.end(2), m.group(2), true));
            }
        }
        m = YEAR_NOUN.matcher(text);
        while (m.find()) {
            add(out, m.start(1), m.end(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = ERA_YEAR.matcher(text);
        while (m.find()) {
            add(out, m.start(1), m.end(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = BARE.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 16), m.start());
            if (ID_BEFORE.matcher(before).find()) {
                continue;
            }
            if (COUNTED_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 24))).find()) {
                continue;
            }
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 3));
            boolean attached = m.start() > 0 && (text.charAt(m.start() - 1) == 'و' || text.charAt(m.start() - 1) == '-');
            if (attached || PREP_BEFORE.matcher(before).find() || END_AFTER.matcher(after).find()
                    || DASH_BEFORE.matcher(before).find()) {
                out.add(Candidate.date(m.start(1), m.end(1), m.group(1), true));
            }
        }
    }

    private static void add(List<Candidate> out, int start, int end, int year, String era) {
        if (ArabicDateGrammar.isHijriEra(era)) {
            LocalDate mid = CalendarSystem.ISLAMIC_UMALQURA.yearMiddle(year);
            if (mid != null) {
                out.add(Candidate.date(start, end, Timex.year(mid.getYear()), true)
                        .inCalendar(CalendarSystem.ISLAMIC_UMALQURA, CalendarSystem.original(year, null, null)));
            }
        } else if (year >= 1000) {
            out.add(Candidate.date(start, end, Timex.year(year), true));
        }
    }
}
