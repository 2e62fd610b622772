package newsflow.enrich.time.mentions;

import newsflow.enrich.time.vocab.TimeTextNormalizer;
import newsflow.enrich.time.vocab.ArabicCalendarWords;

import static newsflow.enrich.time.mentions.ArabicDateGrammar.B0;
import static newsflow.enrich.time.mentions.ArabicDateGrammar.B1;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arabic relative expressions, durations and sets (Modern Standard Arabic news usage; vocabulary after the
 * Arabic resources of HeidelTime, Strötgen &amp; Gertz 2013, and the CLDR ar relative-time fields). Rules:
 * <ol>
 *   <li>deictic days: اليوم، (يوم) أمس/الأمس/البارحة، أول أمس، غدًا/(يوم) الغد، بعد غد, with صباح/مساء/ليلة
 *       (TIME: "مساء غد"), and "الليلة الماضية" (last night, TIME);</li>
 *   <li>reference tokens: الآن، حاليًا، في الوقت الحاضر، هذه الأيام → PRESENT_REF; مؤخرًا، سابقًا، آنذاك → PAST_REF; قريبًا، مستقبلًا → FUTURE_REF;</li>
 *   <li>الأسبوع/الشهر/العام/السنة + الماضي/المقبل/القادم/الجاري/الحالي (and the Tunisian الفارط/المنقضي), هذا العام…, also
 *       after ل ("للعام الماضي"); after خلال/طوال "the past year" is a DURATION (P1Y); "نهاية الأسبوع" is the
 *       weekend (2015-W51-WE, TimeML week suffix);</li>
 *   <li>weekdays with يوم, الماضي/المقبل, or the sentence's tense ({@link FutureCue});</li>
 *   <li>durations: number + unit, duals (عامين، يومين), "السنوات الخمس", قبل + amount → DATE in the past;</li>
 *   <li>sets: كل + unit ("كل أيام الخميس" → XXXX-WXX-4), يوميًا، أسبوعيًا، شهريًا، سنويًا and their adjectives;</li>
 *   <li>clock times ({@link ArabicClockTimes});</li>
 *   <li>quarters and halves, of a named or relative year ("الربع الأول من العام المقبل" → 2016-Q1), not of a
 *       month;</li>
 *   <li>fractions of a unit ({@link ArabicDurationRules#findFractions}: "نصف ساعة" PT30M, "ربع قرن" P25Y);</li>
 *   <li>decades (الستينيات → 196; "من القرن التاسع عشر" after it picks the century) and centuries (القرن العشرين
 *       → 19), each its own expression as in HeidelTime's Arabic output.</li>
 * </ol>
 */
final class ArabicRelativeGrammar implements DateGrammar {

    private static final String PART = "(?:(صباح|مساء|ظهر|ليلة|ليل|فجر|عصر|ظهيرة|عشية) )?";
    private static final Map<String, String> PART_CODE = Map.of("صباح", "MO", "فجر", "MO", "مساء", "NI",
            "ليلة", "NI", "ليل", "NI", "ظهر", "AF", "ظهيرة", "AF", "عصر", "AF", "عشية", "EV");
    private static final Pattern DEICTIC = p(B0 + "(" + PART + "(الليلة الماضية|اليوم السابق|اليوم التالي|يوم امس|يوم الامس|يوم غد|يوم الغد|اليوم|امس الاول|"
            + "اول امس|اول من امس|الامس|امس|البارحة|بعد غد|غدا|الغد|غد)(?: (" + ArabicCalendarWords.WEEKDAY_RE + "))?)" + B1 + "(?! \\d+ ?(?:ساعة|يوما|عاما))");
    /**
     * "اليوم" followed by an adjective is a named or counted day, not today: nisba adjectives (اليوم الوطني،
     * العالمي، الدراسي), ordinals (الأول، الخامس، الأخير), "الذي", "نفسه"…; followed by a noun (the subject or
     * object of the verb: "أعلنت الوزارة اليوم النتائج") it is today.
     */
    private static final Pattern DAY_ADJECTIVE = p("^ (?:ال\\p{L}+ي|الاول|الثالث|الرابع|الخامس|السادس|السابع|الثامن|"
            + "التاسع|العاشر|الاخير|الموعود|المحدد|المشهود|المفتوح|الكامل|الطويل|المذكور|الثاني|نفسه|ذاته|بطوله|كله)"
            + "(?![\\p{L}])");
    /** a day number or month name right after "يومي"/"شهري": the dual noun ("the two days/months of") */
    private static final Pattern DUAL_CONSTRUCT = p("^ ?(?:\\d|" + ArabicCalendarWords.GREGORIAN_RE + ")");
    /** a decade followed by "من العمر/عمره": someone's age */
    private static final Pattern AGE_AFTER = p("^ من (?:ال)?عمر");
    /** "اليوم 17 من …": "day 17 of", not today */
    private static final Pattern DAY_NUMBER_OF = p("^ \\d{1,2} من ");
    /** "الغد"/"الأمس" + a definite word: the metaphorical future or past ("الغد المشرق", "الأمس القريب") */
    private static final Pattern DEFINITE_AFTER = p("^ ال\\p{L}+");
    private static final Pattern REF_TOKEN = p(B0 + "(الان|حاليا|في الوقت الحالي|الوقت الحالي|الوقت الراهن|"
            + "نفس الوقت|الوقت نفسه|في الوقت الحاضر|الوقت الحاضر|هذه الايام(?! ال\\p{L}| \\d)|مؤخرا|سابقا|في السابق|انذاك|انذاك|انئذ|في الماضي|الاونة الاخيرة|قريبا|مستقبلا|"
            + "في المستقبل)" + B1);
    private static final String REL_MOD = "(الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة|الفارط|الفارطة|المنقضي|"
            + "المنقضية|السابق|السابقة|"
            + "المقبل|المقبلة|القادم|القادمة|الجاري|الجارية|الحالي|الحالية|التالي|التالية)";
    /** seasons: "الصيف المقبل", "خلال الشتاء الماضي", adverbial "صيفا"/"شتاء"; not "الربيع العربي" (the Arab Spring) */
    private static final Pattern SEASON = p(B0 + "((?:(?:هذا|فصل) )?(الصيف|الشتاء|الربيع|الخريف)(?: " + REL_MOD + ")?|صيفا|شتاء)"
            + B1 + "(?! العربي)");
    private static final Map<String, String> SEASON_CODE = Map.of("الصيف", "SU", "الشتاء", "WI", "الربيع", "SP",
            "الخريف", "FA", "صيفا", "SU", "شتاء", "WI");
    private static final Pattern CAL_UNIT = p(B0 + "((?:(خلال|طوال|طيلة|على مدي|علي مدي) )?(?:(?:مطلع|بداية|نهاية|"
            + "منتصف|اواخر|اوائل|اواسط) )?(?:شهر |)(" + ArabicDateGrammar.DEF + "(?:اسبوع|شهر|عام|سنة|ربع|نصف|قرن|عقد)) "
            + REL_MOD + ")"
            + B1);
    private static final Pattern THIS_UNIT = p(B0 + "((?:(?:مطلع|بداية|نهاية|منتصف|اواخر|اوائل|اواسط) )?"
            + "(?:هذا|هذه) (الاسبوع|الشهر|العام|السنة))" + B1);
    private static final Pattern WEEKDAY = p(B0 + "(" + PART + "(?:يوم )?(" + ArabicCalendarWords.WEEKDAY_RE
            + ")(?: " + REL_MOD + ")?)" + B1);
    private static final String UNIT_INDEF = "(يوما|يوم|ايام|اسبوعا|اسبوع|اسابيع|شهرا|شهر|اشهر|شهور|عاما|عام|"
            + "اعوام|سنة|سنوات|سنين|ساعة|ساعات|دقيقة|دقائق|ثانية|ثوان|قرنا|قرن|قرون|عقدا|عقد|عقود)";
    private static final Pattern NUM_UNIT = p(B0 + "((?:(قبل|بعد|منذ|خلال|لمدة|مدة|طوال|طيلة) )?"
            + "(?:(?:اكثر|اقل) من |حوالي |نحو |قرابة )?(" + ArabicNumbers.RE + ") " + UNIT_INDEF + ")" + B1);
    private static final Pattern DUAL = p(B0 + "((?:(قبل|بعد|منذ) )?(?:ال)?(يومين|اسبوعين|شهرين|عامين|سنتين|ساعتين|"
            + "دقيقتين|قرنين|عقدين)(?: (?:الماضيين|الاخيرين|المقبلين|القادمين))?)" + B1);
    private static final Pattern PLURAL_NUM = p(B0 + "((?:ال)?(سنوات|اعوام|اشهر|شهور|ايام|اسابيع|ساعات|عقود) (?:ال)?("
            + ArabicNumbers.RE + ")(?: (?:الماضية|الاخيرة|المقبلة|القادمة))?)" + B1);
    private static final String UNIT_SINGULAR = "(يوما|يوم|اسبوعا|اسبوع|شهرا|شهر|عاما|عام|سنة|ساعة|دقيقة|قرنا|قرن|عقد)";
    private static final Pattern SINGLE = p(B0 + "((?:(قبل|بعد|منذ|لمدة|مدة|طوال|طيلة|حوالي|نحو|قرابة|اكثر من|اقل من) )"
            + "(?:(?:اكثر|اقل) من |حوالي |نحو )?" + UNIT_SINGULAR + "|(?:يوما|عاما|شهرا|قرنا|اسبوعا))" + B1
            + "(?! (?:(?!الي(?![\\p{L}]))ال\\p{L}+|\\d|[\\p{L}]+ية))"); // "قبل يوم الانتخابات": a named day; "إلى" is not
    /** "قبل أعوام" (years ago), "منذ (عدة) سنوات": an unspecified amount of time back (TimeBank: "several years ago" PAST_REF) */
    private static final Pattern VAGUE_PAST = p(B0 + "((?:قبل|منذ) (?:(?:عدة|بضعة|بضع) )?(?:ايام|اسابيع|اشهر|شهور|اعوام|سنوات|سنين|عقود|قرون))"
            + B1);
    private static final Pattern SET = p(B0 + "((كل) (?:(" + ArabicNumbers.RE + ") )?(يوم|اسبوع|شهر|عام|سنة|ساعة|"
            + "عامين|سنتين|شهرين|اسبوعين|يومين|ايام)(?: (" + ArabicCalendarWords.WEEKDAY_RE.replace("ال", "") + "|"
            + ArabicCalendarWords.WEEKDAY_RE + "))?|(يوميا|يومي|اليومي|اليومية|يومية|اسبوعيا|اسبوعي|الاسبوعي|"
            + "الاسبوعية|شهريا|شهري|الشهري|الشهرية|سنويا|سنوي|سنوية|السنوي|السنوية))" + B1);
    private static final Pattern DECADE = p(B0 + "((?:(?:نهاية|بداية|منتصف|اواخر|اوائل|اواسط|مطلع) )?(?:ال)?("
            + "عشرينيات|عشرينات|ثلاثينيات|ثلاثينات|اربعينيات|اربعينات|خمسينيات|خمسينات|ستينيات|ستينات|سبعينيات|"
            + "سبعينات|ثمانينيات|ثمانينات|تسعينيات|تسعينات)(?=(?: من)? القرن (الماضي|العشرين|التاسع عشر|المنصرم))?)"
            + B1);
    private static final Pattern CENTURY = p(B0 + "((?:(?:نهاية|بداية|منتصف|اواخر|اوائل|اواسط|مطلع) )?"
            + ArabicDateGrammar.DEF + "قرن (ال ?(?:1\\d|2[01])|(?:1\\d|2[01])|الحادي والعشرين|الحادي و العشرين|العشرين|التاسع عشر|الثامن عشر|السابع عشر|السادس عشر|الخامس عشر|"
            + "الماضي|الحالي|الجاري|المنصرم|السابق))" + B1);
    private static final Pattern QUARTER = p(B0 + "((الربع|النصف) (الاول|الثاني|الثالث|الرابع|الاخير)"
            + "(?: (?:من )?(?:(?:عام |العام |سنة )?(\\d{4})|(?:العام|السنة) " + REL_MOD + "))?)" + B1
            + "(?! من (?:ال)?شهر)"); // "النصف الثاني من شهر رمضان": half of a month has no TIMEX3 value

    private static Pattern p(String regex) {
        return Pattern.compile(TimeTextNormalizer.plain(regex));
    }

    @Override
    public void find(String text, DateReference ref, List<Candidate> out) {
        LocalDate r = ref.day();
        Matcher m = DEICTIC.matcher(text);
        while (m.find()) {
            String w = m.group(3);
            if (w.equals("غد") && m.group(2) == null) {
                continue; // bare "غد" is also "the future" ("غد أفضل"); only "صباح غد", "مساء غد"
            }
            String after = text.substring(m.end(1), Math.min(text.length(), m.end(1) + 24));
            if (m.group(4) == null && (w.equals("اليوم") && (DAY_ADJECTIVE.matcher(after).find()
                    || DAY_NUMBER_OF.matcher(after).find())
                    || (w.equals("الغد") || w.equals("الامس")) && DEFINITE_AFTER.matcher(after).find())) {
                continue;
            }
            int shift = switch (w) {
                case "اليوم" -> 0;
                case "اليوم السابق", "الليلة الماضية" -> -1;
                case "امس الاول", "اول امس", "اول من امس" -> -2;
                case "الامس", "امس", "البارحة", "يوم امس", "يوم الامس" -> -1;
                case "بعد غد" -> 2;
                default -> 1;
            };
            LocalDate d = r.plusDays(shift);
            DayOfWeek named = m.group(4) == null ? null : ArabicCalendarWords.weekday(m.group(4));
            if (named != null && d.getDayOfWeek() != named && ref.fromFetchTime()) {
                // "أمس الأحد" against a fetch time (no publication date): the named weekday nearest to the
                // deictic day wins; against a publication date the contract resolves the deictic word
                LocalDate prev = d.with(java.time.temporal.TemporalAdjusters.previous(named));
                LocalDate next = d.with(java.time.temporal.TemporalAdjusters.next(named));
                d = d.toEpochDay() - prev.toEpochDay() <= next.toEpochDay() - d.toEpochDay() ? prev : next;
            }
            String v = Timex.day(d);
            if (m.group(2) != null || w.startsWith("الليلة")) {
                String part = m.group(2) != null ? PART_CODE.get(m.group(2)) : "NI";
                out.add(Candidate.of(m.start(1), m.end(1), v + "T" + part, "TIME"));
            } else {
                out.add(Candidate.of(m.start(1), m.end(1), v, "DATE"));
            }
        }
        m = REF_TOKEN.matcher(text);
        while (m.find()) {
            String w = m.group(1);
            String v = w.contains("الان") || w.contains("حالي") || w.contains("الراهن") || w.contains("نفس")
                    || w.contains("الحاضر") || w.contains("الايام")
                    ? Timex.PRESENT_REF : w.contains("قريب") || w.contains("مستقبل")
                    ? Timex.FUTURE_REF : Timex.PAST_REF;
            out.add(Candidate.of(m.start(1), m.end(1), v, "DATE"));
        }
        m = SEASON.matcher(text);
        while (m.find()) {
            String name = m.group(2) != null ? m.group(2) : m.group(1);
            String code = SEASON_CODE.get(name);
            if (code == null || m.group(2) != null && m.group(3) == null && !m.group(1).contains(" ")) {
                continue; // a bare definite season noun is too often generic ("في الصيف يزداد…")
            }
            String mod = m.group(3) == null ? null : shift(m.group(3)) < 0 ? "last" : shift(m.group(3)) > 0 ? "next" : "this";
            out.add(Candidate.of(m.start(1), m.end(1), Timex.year(QuarterRules.seasonYear(r, code, mod)) + "-" + code,
                    "DATE"));
        }
        m = CAL_UNIT.matcher(text);
        while (m.find()) {
            String unit = unit(m.group(3));
            int shift = shift(m.group(4));
            int start = m.group(2) != null ? m.end(2) + 1 : m.start(1); // "خلال" is a preposition, outside the extent
            if ("W".equals(unit) && m.group(1).contains("نهاية ")) {
                // "نهاية الأسبوع الماضي": the end of the week is the weekend (TIMEX3 week suffix -WE)
                out.add(Candidate.of(start, m.end(1), RelativeDateResolver.shift(r, unit, shift) + "-WE", "DATE"));
            } else if (m.group(2) != null && shift < 0 && !"Q".equals(unit) && !"H".equals(unit)) {
                out.add(Candidate.of(start, m.end(1), Timex.duration(1, unit), "DURATION"));
            } else if ("H".equals(unit)) {
                out.add(Candidate.of(start, m.end(1), Timex.year(r.getYear()) + "-H" + (r.getMonthValue() <= 6 ? 1 : 2), "DATE"));
            } else {
                out.add(Candidate.of(start, m.end(1), RelativeDateResolver.shift(r, unit, shift), "DATE"));
            }
        }
        m = THIS_UNIT.matcher(text);
        while (m.find()) {
            out.add(Candidate.of(m.start(1), m.end(1), RelativeDateResolver.shift(r, unit(m.group(2)), 0), "DATE"));
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            DayOfWeek dow = ArabicCalendarWords.weekday(m.group(3));
            RelativeDateResolver.Direction dir;
            int s = m.group(4) == null ? 0 : shift(m.group(4));
            if (s < 0) {
                dir = RelativeDateResolver.Direction.BEFORE;
            } else if (s > 0) {
                dir = RelativeDateResolver.Direction.AFTER;
            } else {
                dir = FutureCue.isFuture(text, m.start(), m.end()) ? RelativeDateResolver.Direction.ON_OR_AFTER
                        : RelativeDateResolver.Direction.ON_OR_BEFORE;
            }
            String v = Timex.day(RelativeDateResolver.weekday(r, dow, dir));
            if (m.group(2) != null) {
                out.add(Candidate.of(m.start(1), m.end(1), v + "T" + PART_CODE.get(m.group(2)), "TIME"));
            } else {
                out.add(Candidate.of(m.start(1), m.end(1), v, "DATE"));
            }
        }
        ArabicDurationRules.find(text, r, out, NUM_UNIT, DUAL, PLURAL_NUM, SINGLE);
        ArabicDurationRules.findFractions(text, out);
        ArabicClockTimes.find(text, r, out);
        m = VAGUE_PAST.matcher(text);
        while (m.find()) {
            out.add(Candidate.of(m.start(1), m.end(1), Timex.PAST_REF, "DATE"));
        }
        m = SET.matcher(text);
        while (m.find()) {
            if (m.group(6) != null && DUAL_CONSTRUCT.matcher(text.substring(m.end(1), Math.min(text.length(),
                    m.end(1) + 16))).find()) {
                continue; // "بين شهري فيفري وجانفي", "يومي 10 و11": a dual noun, not an adjective
            }
            out.add(Candidate.of(m.start(1), m.end(1), ArabicDurationRules.setValue(m.group(3), m.group(4),
                    m.group(5), m.group(6)), "SET"));
        }
        m = DECADE.matcher(text);
        while (m.find()) {
            if (AGE_AFTER.matcher(text.substring(m.end(1), Math.min(text.length(), m.end(1) + 12))).find()) {
                continue; // "في الأربعينيات من العمر": an age
            }
            String d = m.group(2);
            int tens = ArabicNumbers.value(d.replaceAll("(يات|ات)$", "")) / 10;
            String century = m.group(3) == null || m.group(3).equals("الماضي") || m.group(3).equals("المنصرم") || m.group(3).equals("العشرين") ? "19" : "18";
            out.add(Candidate.of(m.start(1), m.end(1), century + tens, "DATE"));
        }
        m = CENTURY.matcher(text);
        while (m.find()) {
            String c = switch (m.group(2)) {
                case "الحادي والعشرين", "الحادي و العشرين" -> "20";
                case "العشرين" -> "19";
                case "التاسع عشر" -> "18";
                case "الثامن عشر" -> "17";
                case "السابع عشر" -> "16";
                case "السادس عشر" -> "15";
                case "الخامس عشر" -> "14";
                case "الماضي", "المنصرم", "السابق" -> Integer.toString(r.getYear() / 100 - 1);
                default -> Integer.toString(m.group(2).matches("(?:ال ?)?\\d+")
                        ? Integer.parseInt(m.group(2).replaceAll("\\D", "")) - 1 : r.getYear() / 100);
            };
            out.add(Candidate.of(m.start(1), m.end(1), c, "DATE"));
        }
        m = QUARTER.matcher(text);
        while (m.find()) {
            boolean half = m.group(2).equals("النصف");
            int n = switch (m.group(3)) {
                case "الاول" -> 1;
                case "الثاني" -> 2;
                case "الثالث" -> 3;
                default -> half ? 2 : 4;
            };
            if (half && n > 2) {
                continue;
            }
            int year = m.group(4) != null ? Integer.parseInt(m.group(4)) : r.getYear() + shift(m.group(5));
            out.add(Candidate.of(m.start(1), m.end(1), Timex.year(year) + (half ? "-H" : "-Q") + n, "DATE"));
        }
    }

    static String unit(String w) {
        String s = w.startsWith("ال") ? w.substring(2) : w.startsWith("ل") ? w.substring(1) : w; // "لعام" of "للعام"
        if (s.startsWith("اسبوع") || s.startsWith("اسابيع")) {
            return "W";
        }
        if (s.startsWith("شهر") || s.startsWith("اشهر") || s.startsWith("شهور")) {
            return "M";
        }
        if (s.startsWith("عام") || s.startsWith("اعوام") || s.startsWith("سن")) {
            return "Y";
        }
        if (s.startsWith("يوم") || s.startsWith("ايام")) {
            return "D";
        }
        if (s.startsWith("ساع")) {
            return "H";
        }
        if (s.startsWith("دقي") || s.startsWith("دقائق")) {
            return "MIN";
        }
        if (s.startsWith("ثان") || s.startsWith("ثوان")) {
            return "S";
        }
        if (s.startsWith("قرن") || s.startsWith("قرون")) {
            return "CE";
        }
        if (s.startsWith("عقد") || s.startsWith("عقود")) {
            return "DE";
        }
        if (s.startsWith("ربع")) {
            return "Q";
        }
        if (s.startsWith("نصف")) {
            return "H";
        }
        return "D";
    }

    static int shift(String mod) {
        if (mod == null) {
            return 0;
        }
        if (mod.startsWith("الماضي") || mod.startsWith("المنصرم") || mod.startsWith("الفائت") || mod.startsWith("الفارط")
                || mod.startsWith("المنقضي") || mod.startsWith("السابق")) {
            return -1;
        }
        if (mod.startsWith("المقبل") || mod.startsWith("القادم") || mod.startsWith("التالي")) {
            return 1;
        }
        return 0;
    }
}
