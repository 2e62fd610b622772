package newsflow.enrich.lang;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The letters of one text, by writing system: the only evidence the identifier uses. Digits, punctuation,
 * symbols, URLs, e-mail addresses and {@code @handles} are not evidence and are dropped first. Letters inside
 * quotation marks weigh {@value #QUOTED_WEIGHT} when choosing the dominant writing system, so that a short quote
 * in another script does not take a paragraph over (case C17: "Officials said: «…» before leaving").
 */
public final class LetterProfile {

    /** Weight of a letter between quotation marks when choosing the dominant writing system. */
    static final double QUOTED_WEIGHT = 0.5;

    /**
     * URLs, e-mail addresses, social handles and bare domain names (ending in a generic or a common country
     * top-level domain): written in Latin letters whatever the language around them.
     */
    private static final Pattern NOT_EVIDENCE = Pattern.compile(
            "(?i)(?:https?://|ftp://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|@\\w+"
                    + "|\\b(?:[a-z0-9-]+\\.)+(?:com|org|net|gov|edu|int|info|news|io|co|tv|me|uk|us|de|fr|es|it"
                    + "|nl|pl|pt|ru|ua|tr|ir|pk|in|sa|qa|ae|eg|il|cn|jp|kr|id)\\b(?:/\\S*)?");

    /** Quotation marks of the languages supported; each one toggles "inside a quote" (they come in pairs). */
    static final String QUOTE_MARKS = "\"«»“”„‟‹›「」『』";

    private final Map<WritingSystem, Integer> letters = new EnumMap<>(WritingSystem.class);
    private final Map<WritingSystem, Double> weights = new EnumMap<>(WritingSystem.class);
    private final Map<WritingSystem, StringBuilder> words = new EnumMap<>(WritingSystem.class);
    private final int kana;
    private final int total;

    private LetterProfile(String text) {
        String cleaned = NOT_EVIDENCE.matcher(text).replaceAll(" ");
        boolean quoted = false;
        int kanaCount = 0;
        int all = 0;
        WritingSystem previous = null;
        for (int i = 0; i < cleaned.length(); ) {
            int cp = cleaned.codePointAt(i);
            i += Character.charCount(cp);
            if (QUOTE_MARKS.indexOf(cp) >= 0) {
                quoted = !quoted;
            }
            if (Character.isLetter(cp)) {
                WritingSystem system = WritingSystem.of(cp);
                letters.merge(system, 1, Integer::sum);
                weights.merge(system, quoted ? QUOTED_WEIGHT : 1.0, Double::sum);
                if (system == WritingSystem.CJK && WritingSystem.isKana(cp)) {
                    kanaCount++;
                }
                StringBuilder sb = words.computeIfAbsent(system, k -> new StringBuilder());
                if (previous != system && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.appendCodePoint(cp);
                previous = system;
                all++;
            } else if (previous != null && isMark(cp)) {
                words.get(previous).appendCodePoint(cp);
            } else {
                previous = null;
            }
        }
        this.kana = kanaCount;
        this.total = all;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || cp == 0x200C || cp == 0x200D;
    }

    /**
     * @param text any text, possibly empty
     * @return its letter profile
     */
    public static LetterProfile of(String text) {
        return new LetterProfile(text == null ? "" : text);
    }

    /** @return the number of letters in the text (after dropping URLs and handles) */
    public int totalLetters() {
        return total;
    }

    /**
     * @param system a writing system
     * @return the number of its letters in the text
     */
    public int letters(WritingSystem system) {
        return letters.getOrDefault(system, 0);
    }

    /**
     * @param system a writing system
     * @return the number of its letters outside quotation marks
     */
    public int unquotedLetters(WritingSystem system) {
        double weight = weights.getOrDefault(system, 0.0);
        int all = letters(system);
        return (int) Math.round((weight - QUOTED_WEIGHT * all) / (1.0 - QUOTED_WEIGHT));
    }

    /** @return the number of Hiragana and Katakana letters */
    public int kana() {
        return kana;
    }

    /**
     * @return the writing system with the most letters (quoted letters weighing less), ties going to the first
     *         in {@link WritingSystem} order; null when the text holds no letter
     */
    public WritingSystem dominant() {
        WritingSystem best = null;
        double bestWeight = 0;
        for (Map.Entry<WritingSystem, Double> e : weights.entrySet()) {
            if (e.getValue() > bestWeight) {
                best = e.getKey();
                bestWeight = e.getValue();
            }
        }
        return best;
    }

    /**
     * @param system a writing system
     * @return the words of the text in that system (letters and their combining marks), separated by single
     *         spaces; empty when none
     */
    public String words(WritingSystem system) {
        StringBuilder sb = words.get(system);
        return sb == null ? "" : sb.toString();
    }

    /**
     * @param system a writing system
     * @return how many words of that system the text holds
     */
    public int wordCount(WritingSystem system) {
        String w = words(system);
        return w.isEmpty() ? 0 : w.split(" ").length;
    }
}
