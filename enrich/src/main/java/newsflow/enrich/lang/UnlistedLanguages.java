package newsflow.enrich.lang;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises, by their spelling, texts in languages neither enabled nor known to Lingua, which Lingua would give
 * to the nearest language it knows (issue 13): Yiddish (Hebrew script; Hebrew was the only candidate, so it
 * won with confidence 1.0), Ladino in Latin letters (read as Spanish), and Arabic or Hebrew written in Latin
 * letters (romanised chat and social-media text, read as Turkish, English or German). Such a text is
 * {@code und}. Stateless, thread-safe.
 *
 * <p>Evidence, all hand-written from the languages' standard spellings (YIVO for Yiddish, Aki Yerushalayim for
 * Ladino, common chat romanisations):
 * <ul>
 *   <li><b>Yiddish</b>: the Yiddish digraph letters (װ ױ ײ ײַ), pointed alef and pe (אַ אָ פֿ) and Yiddish function
 *       words (איז, און, דער, ניט, פֿון…) against Hebrew function words (של, את, על, הוא…): Yiddish when its
 *       evidence reaches {@value #MIN_HITS} and is more than twice the Hebrew evidence.</li>
 *   <li><b>Ladino</b>, in a text Lingua reads as Spanish: lower-case words with spellings Spanish does not have
 *       ({@code dj}, {@code k} before a vowel, {@code sh}, {@code ny} before a vowel) or its function words (ke,
 *       kon, komo, muncho…).</li>
 *   <li><b>Romanised Arabic</b>: lower-case words with digits standing for letters ({@code 3aref}, {@code 7asal},
 *       {@code delwa2ty}), or everyday words of chat Arabic (habibi, inshallah, keda…).</li>
 *   <li><b>Romanised Hebrew</b>: everyday words of romanised Hebrew (anachnu, achshav, harbe, beseder…).</li>
 * </ul>
 * A Latin-script text is {@code und} when one of these holds at least {@value #MIN_HITS} of its lower-case words
 * and at least {@value #MIN_SHARE} of them; names (capitalised words) are not counted, so "Kiev", "Shakira" or
 * "Kim" in a Spanish sentence are no evidence.
 */
final class UnlistedLanguages {

    /** Evidence a text needs. */
    static final int MIN_HITS = 2;
    /** Share of a Latin-script text's lower-case words that must be evidence. */
    static final double MIN_SHARE = 0.2;

    private static final Pattern YIDDISH_LETTERS = Pattern.compile("[\\u05F0\\u05F1\\u05F2\\uFB1F\\uFB2E\\uFB2F\\uFB4E]"
            + "|\\u05D0[\\u05B7\\u05B8]|\\u05E4\\u05BF");
    private static final Set<String> YIDDISH_WORDS = Set.of("איז", "און", "דער", "דאס", "דאָס", "ניט", "נישט", "פון",
            "פֿון", "מיט", "אויף", "אויך", "זיך", "זיינען", "זענען", "האט", "האָט", "וואס", "וואָס", "ווי", "געווען",
            "ביי", "בײַ", "שוין", "אבער", "אָבער", "וועט", "וועלן", "דעם", "פאר", "פֿאַר", "מען", "קען", "ער", "זיי",
            "איך", "מיר", "ס'איז", "כ'האב", "נאך", "נאָך", "אלע", "אַלע", "גאנץ", "היינט", "יאר", "יאָר");
    private static final Set<String> HEBREW_WORDS = Set.of("של", "את", "על", "הוא", "היא", "זה", "זו", "לא", "עם", "גם",
            "כי", "אם", "או", "כל", "יש", "היה", "הם", "אנחנו", "אני", "מה", "כך", "עוד", "אחרי", "לפני", "בין", "רק",
            "כבר", "מאוד", "שלא", "אבל", "הזה", "הזאת", "היום", "אשר", "לו", "לה", "ידי", "כדי");

    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}'])[\\p{Ll}\\p{N}']*\\p{Ll}[\\p{Ll}\\p{N}']*");
    /** A digit standing for a letter: followed by a letter, with a letter before it or three after it. */
    private static final Pattern ARABIZI_DIGIT = Pattern.compile(".*\\p{Ll}[235789]\\p{Ll}.*|[235789]\\p{Ll}{3,}.*");
    /** Numbers with a unit or ordinal suffix ("2nd", "5th", "3am", "5g", "7kg"), which are not letters. */
    private static final Pattern NUMBER_WITH_SUFFIX = Pattern.compile(
            "\\d+(?:st|nd|rd|th|am|pm|s|d|g|k|m|x|h|km|kg|mm|cm|ml|mb|gb|tb|hz|khz|mhz|ghz|mp|px|fps|kw|mw|gw|kwh|mwh|gwh|v|er|ers|ieme|eme|e|o|a|te|ten|ste|sten|lik|luk|inci|nci|uncu|ncu)");
    private static final Pattern LADINO_SPELLING = Pattern.compile(".*dj.*|k[aeiou].*|.*[^k]k[eiy].*|.*sh.*|.*ny[aeiou].*");
    private static final Set<String> LADINO_WORDS = Set.of("ke", "kon", "komo", "kuando", "muncho", "munchos", "mucha",
            "ansina", "agora", "aki", "mozotros", "vozotros", "byen", "djente", "djudio", "djudios", "avlar", "avla",
            "sivdad", "kaza", "ande", "tambyen", "ermozo", "ermoza", "djudezmo", "djudeo-espanyol", "lingua", "ama");
    private static final Set<String> ROMANISED_ARABIC = Set.of("habibi", "habibti", "inshallah", "wallah", "wallahi",
            "yalla", "yallah", "keda", "kda", "msh", "mish", "enta", "inta", "enti", "inti", "ehna",
            "e7na", "kifak", "kifik", "shu", "shou", "shukran", "mafi", "feen", "delwa2ty", "dilwa2ti", "3ashan",
            "ba2a", "zay", "ahlan", "marhaba", "ma3lesh", "tayeb", "mabrouk", "khalas", "5alas", "leeh", "ezayak",
            "izzayak", "bokra", "bukra", "elly", "illi", "elli", "kteer", "ktir", "hayda", "hek", "heik");
    private static final Set<String> ROMANISED_HEBREW = Set.of("anachnu", "achshav", "akhshav", "harbe", "harbeh",
            "beseder", "bevakasha", "toda", "todah", "etmol", "machar", "mahar", "eich", "eifo", "hayom", "ha-yom",
            "otach", "otcha", "nishma", "ohev", "ohevet", "yode'a", "yodea", "yodaat", "rotze", "rotza", "medaber",
            "medaberet", "sababa", "aval", "shel", "kvar", "meod", "me'od", "yesh", "atem", "hen", "lama", "kama");

    private UnlistedLanguages() {
    }

    /**
     * @param text   a text
     * @param system its dominant writing system
     * @param top    the best enabled language Lingua found for it, or null; Ladino spellings count only when it
     *               is Spanish (German "kann", English "she" have the same letters)
     * @return true when the text is in Yiddish (Hebrew script) or in Ladino, Arabic or Hebrew written in Latin
     *         letters
     */
    static boolean test(String text, WritingSystem system, String top) {
        if (system == WritingSystem.HEBREW) {
            return yiddish(text);
        }
        return system == WritingSystem.LATIN && romanised(text, "es".equals(top));
    }

    static boolean yiddish(String text) {
        int yiddish = 0;
        Matcher m = YIDDISH_LETTERS.matcher(text);
        while (m.find()) {
            yiddish++;
        }
        int hebrew = 0;
        for (String word : text.split("[^\\p{IsHebrew}'\\u05F3]+")) {
            String bare = word.replaceAll("[\\u0591-\\u05C7]", "");
            if (YIDDISH_WORDS.contains(word) || YIDDISH_WORDS.contains(bare)) {
                yiddish++;
            } else if (HEBREW_WORDS.contains(bare)) {
                hebrew++;
            }
        }
        return yiddish >= MIN_HITS && yiddish > 2 * hebrew;
    }

    static boolean romanised(String text, boolean spanishLike) {
        int words = 0;
        int ladino = 0;
        int arabic = 0;
        int hebrew = 0;
        Matcher m = LOWER_WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            if (spanishLike && (LADINO_WORDS.contains(w) || LADINO_SPELLING.matcher(w).matches())) {
                ladino++;
            }
            if (ROMANISED_ARABIC.contains(w)
                    || ARABIZI_DIGIT.matcher(w).matches() && !NUMBER_WITH_SUFFIX.matcher(w).matches()) {
                arabic++;
            }
            if (ROMANISED_HEBREW.contains(w)) {
                hebrew++;
            }
        }
        return enough(ladino, words) || enough(arabic, words) || enough(hebrew, words);
    }

    private static boolean enough(int hits, int words) {
        return hits >= MIN_HITS && hits >= MIN_SHARE * words;
    }
}
