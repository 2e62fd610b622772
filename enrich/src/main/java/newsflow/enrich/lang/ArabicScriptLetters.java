package newsflow.enrich.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Decisive letters of the Arabic script (case C19): standard Arabic has no پ چ ژ گ, no keheh ک (U+06A9) and no
 * Farsi yeh ی (U+06CC); Persian has none of Urdu's ٹ ڈ ڑ ں ہ ے; Persian and Urdu write ک and ی where Arabic
 * writes ك (U+0643) and ي (U+064A), and ة (U+0629) is Arabic's. Each such letter adds {@link #LETTER_COST}
 * letter-units to the gap of every language that does not write it, up to {@link #MAX_LETTERS} letters (texts
 * typed on another language's keyboard do occur; on long texts the statistics decide). Punctuation such as ؟
 * is never evidence.
 */
final class ArabicScriptLetters {

    /** Gap added per decisive letter a language does not write. */
    static final double LETTER_COST = 3.0;
    /** Decisive letters counted at most, per language. */
    static final int MAX_LETTERS = 3;

    /** Letters each language does not write (Unicode code points). */
    private static final Map<String, String> FOREIGN_LETTERS = Map.of(
            "ar", "\u067E\u0686\u0698\u06AF\u06A9\u06CC\u0679\u0688\u0691\u06BA\u06C1\u06D2",
            "fa", "\u0679\u0688\u0691\u06BA\u06C1\u06D2\u0629\u0643\u064A",
            "ur", "\u0629\u0643\u064A");

    private ArabicScriptLetters() {
    }

    /**
     * @param ranked Lingua's ranking of Arabic-script candidates
     * @param words  the text's Arabic-script words
     * @return the ranking with decisive-letter costs added, best first, the best at gap 0
     */
    static List<LinguaScorer.Ranked> apply(List<LinguaScorer.Ranked> ranked, String words) {
        List<LinguaScorer.Ranked> adjusted = new ArrayList<>(ranked.size());
        for (LinguaScorer.Ranked r : ranked) {
            String foreign = FOREIGN_LETTERS.get(r.lang());
            int count = foreign == null ? 0 : count(words, foreign);
            adjusted.add(new LinguaScorer.Ranked(r.lang(), r.gap() + LETTER_COST * Math.min(count, MAX_LETTERS)));
        }
        adjusted.sort(Comparator.comparingDouble(LinguaScorer.Ranked::gap));
        double best = adjusted.get(0).gap();
        if (best > 0 && !Double.isInfinite(best)) {
            adjusted.replaceAll(r -> new LinguaScorer.Ranked(r.lang(), r.gap() - best));
        }
        return List.copyOf(adjusted);
    }

    private static int count(String words, String letters) {
        int n = 0;
        for (int i = 0; i < words.length(); i++) {
            if (letters.indexOf(words.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }
}
