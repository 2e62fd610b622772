package newsflow.enrich.time.vocab;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Arabic calendar vocabulary, in the orthography produced by {@link TimeTextNormalizer} (bare alef, ya for
 * alef maqsura, no diacritics). Sources: CLDR ar/ar-SY/ar-IQ/ar-DZ/ar-TN/ar-MA month names
 * (unicode.org/cldr, "months/format/wide"), and the Umm al-Qura Hijri month names.
 * <ul>
 *   <li>Gregorian months, Egyptian/Gulf forms: يناير … ديسمبر (with يونيه/يوليه variants);</li>
 *   <li>Levantine/Iraqi (Syriac-derived) forms: كانون الثاني، شباط، آذار، نيسان، أيار، حزيران، تموز، آب، أيلول،
 *       تشرين الأول، تشرين الثاني، كانون الأول, and the short paired forms "تشرين 1" (October), "تشرين 2"
 *       (November), "كانون 1" (December), "كانون 2" (January) (case C06);</li>
 *   <li>Maghreb forms (Algeria/Tunisia: جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت; Morocco: يوليوز، غشت، شتنبر،
 *       نونبر، دجنبر);</li>
 *   <li>Hijri months محرم … ذو الحجة (with ذي/ذو variants);</li>
 *   <li>weekdays الأحد … السبت.</li>
 * </ul>
 * Names that are also common words (آب "father", ماي, صفر "zero") are only accepted next to a day or year
 * ({@link #isAmbiguous}). The one home of the Arabic month names: {@code time.mentions} reads them here,
 * {@code time.published} through {@link MonthNames}, extraction's dateline rule through {@link #isDatelineWord}.
 * Thread-safe (immutable after class initialisation).
 */
public final class ArabicCalendarWords {

    private static final Map<String, Integer> GREGORIAN = new LinkedHashMap<>();
    private static final Map<String, Integer> HIJRI = new LinkedHashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new LinkedHashMap<>();
    /**
     * Gregorian month names as written, January first, in every regional system (Egyptian/Gulf, Levantine/Iraqi
     * with its short and article-less forms, Algerian/Tunisian, Moroccan). The one list of Arabic month names:
     * {@code time.mentions} reads it in the orthography of {@link TimeTextNormalizer#normalize}, {@code
     * time.published} in the fold of {@link TimeTextNormalizer#fold} ({@link MonthNames}), the dateline rule of
     * extraction word by word ({@link #isDatelineWord}).
     */
    private static final String[][] GREGORIAN_FORMS = {
            {"يناير", "كانون الثاني", "كانون 2", "كانون ثاني", "جانفي", "جانفييه", "ينير"},
            {"فبراير", "شباط", "فيفري", "فبرير"},
            {"مارس", "آذار"},
            {"أبريل", "ابريل", "نيسان", "أفريل"},
            {"مايو", "أيار", "ماي"},
            {"يونيو", "يونيه", "حزيران", "جوان"},
            {"يوليو", "يوليه", "تموز", "جويلية", "جويليه", "جويلة", "يوليوز"},
            {"أغسطس", "آب", "أوت", "غشت"},
            {"سبتمبر", "أيلول", "شتنبر"},
            {"أكتوبر", "تشرين الأول", "تشرين 1", "تشرين اول"},
            {"نوفمبر", "تشرين الثاني", "تشرين 2", "تشرين ثاني", "نونبر"},
            {"ديسمبر", "كانون الأول", "كانون 1", "كانون اول", "دجنبر", "دسمبر"}};
    /** Definite weekday names as written, Monday first (the forms a dateline carries). */
    private static final String[][] DEFINITE_WEEKDAYS = {{"الاثنين", "الإثنين"}, {"الثلاثاء"}, {"الأربعاء", "الاربعاء"},
            {"الخميس"}, {"الجمعة"}, {"السبت"}, {"الأحد"}};
    private static final java.util.Set<String> DATELINE_WORDS = new java.util.HashSet<>();
    private static final java.util.Set<String> AMBIGUOUS = java.util.Set.of("اب", "ماي", "صفر", "تموز");

    static {
        String[][] g = GREGORIAN_FORMS;
        for (int i = 0; i < g.length; i++) {
            for (String n : g[i]) {
                GREGORIAN.put(TimeTextNormalizer.plain(n), i + 1);
            }
        }
        String[][] h = {{"محرم"}, {"صفر"}, {"ربيع الاول", "ربيع الاولي"}, {"ربيع الثاني", "ربيع الاخر", "ربيع الاخير"},
                {"جمادي الاولي", "جمادي الاول"}, {"جمادي الاخرة", "جمادي الثانية", "جمادي الاخر", "جمادي الثاني"},
                {"رجب"}, {"شعبان"}, {"رمضان"}, {"شوال"}, {"ذو القعدة", "ذي القعدة"}, {"ذو الحجة", "ذي الحجة"}};
        for (int i = 0; i < h.length; i++) {
            for (String n : h[i]) {
                HIJRI.put(TimeTextNormalizer.plain(n), i + 1);
            }
        }
        String[][] w = {{"الاثنين", "الاتنين", "اثنين"}, {"الثلاثاء", "ثلاثاء"}, {"الاربعاء", "اربعاء"},
                {"الخميس", "خميس"}, {"الجمعة", "جمعة"}, {"السبت", "سبت"}, {"الاحد", "احد"}};
        for (int i = 0; i < w.length; i++) {
            for (String n : w[i]) {
                WEEKDAYS.put(TimeTextNormalizer.plain(n), DayOfWeek.of(i + 1));
            }
        }
        for (String[][] names : new String[][][] {GREGORIAN_FORMS, DEFINITE_WEEKDAYS}) {
            for (String[] month : names) {
                for (String n : month) {
                    for (String word : n.split(" ")) {
                        if (!Character.isDigit(word.charAt(0))) {
                            DATELINE_WORDS.add(TimeTextNormalizer.fold(word));
                        }
                    }
                }
            }
        }
    }

    private ArabicCalendarWords() {
    }

    /**
     * @param forEach receives each Gregorian month name as written and its month (1–12), January first
     */
    public static void forEachGregorianName(java.util.function.ObjIntConsumer<String> forEach) {
        for (int i = 0; i < GREGORIAN_FORMS.length; i++) {
            for (String n : GREGORIAN_FORMS[i]) {
                forEach.accept(n, i + 1);
            }
        }
    }

    /**
     * @param word one word of a line as written (any alef form)
     * @return true when it is a word of an Arabic Gregorian month name or a definite weekday name
     */
    public static boolean isDatelineWord(String word) {
        return DATELINE_WORDS.contains(TimeTextNormalizer.fold(word));
    }

    private static final String GREGORIAN_NAME_RE = alternation(GREGORIAN.keySet());
    /**
     * Regex for a Gregorian month name, longest first, optionally paired with its name in another region's
     * set, as pan-Arab media write it: "مارس/آذار", "آذار (مارس)", "تشرين الأول/أكتوبر" (the first name decides).
     */
    public static final String GREGORIAN_RE = "(?:" + GREGORIAN_NAME_RE + "(?: ?[/\\\\] ?" + GREGORIAN_NAME_RE + "| ?\\( ?"
            + GREGORIAN_NAME_RE + " ?\\))?)";
    /** Regex alternation of every Hijri month name, longest first. */
    public static final String HIJRI_RE = alternation(HIJRI.keySet());
    /** Regex alternation of the definite weekday names (الأحد…). */
    public static final String WEEKDAY_RE = "(?:الاثنين|الاتنين|الثلاثاء|الاربعاء|الخميس|الجمعة|السبت|الاحد)";

    /** @return the month (1–12) of a name matched by {@link #GREGORIAN_RE}; of a pair, the first name's */
    public static int gregorian(String name) {
        return GREGORIAN.get(key(name));
    }

    /**
     * @param name a weekday name in {@link TimeTextNormalizer#normalize} orthography, with or without the article
     * @return its day, or null when it is none
     */
    public static DayOfWeek weekday(String name) {
        return WEEKDAYS.get(name);
    }

    /** @return the Hijri month (1–12, Muharram = 1) of a name matched by {@link #HIJRI_RE} */
    public static int hijri(String name) {
        return HIJRI.get(key(name));
    }

    /** @return true when the name is a Hijri month and not also a Gregorian one */
    public static boolean isHijri(String name) {
        String k = key(name);
        return HIJRI.containsKey(k) && !GREGORIAN.containsKey(k);
    }

    /** @return true when the name is one that is also a common word (آب، ماي، صفر، تموز) */
    public static boolean isAmbiguous(String name) {
        return name.indexOf('/') < 0 && name.indexOf('(') < 0 && AMBIGUOUS.contains(key(name));
    }

    private static String key(String name) {
        String first = name.split(" ?[/\\\\(]", 2)[0];
        return TimeTextNormalizer.plain(first.trim().replaceAll("\\s+", " "));
    }

    /**
     * Longest first; a name may touch the year that follows ("فيفري2017") unless it ends in a digit itself
     * ("كانون 2", which must not take the "2" of "كانون 2019").
     */
    private static String alternation(java.util.Set<String> names) {
        return "(?:" + names.stream().sorted((a, b) -> b.length() - a.length())
                .map(n -> n.replace(" ", "\\s") + (Character.isDigit(n.charAt(n.length() - 1))
                        ? "(?![\\p{L}\\p{N}])" : "(?![\\p{L}])"))
                .reduce((a, b) -> a + "|" + b).orElseThrow() + ")";
    }
}
