package newsflow.enrich.topic;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into words for lexicon matching: a word is a maximal run of letters, digits and combining
 * marks (Arabic diacritics stay inside the word and are removed by {@link ArabicNormalizer}). A word written
 * in the Arabic script is normalised by {@link ArabicNormalizer}, any other by {@link EnglishNormalizer};
 * each word carries its matching forms ({@link ArabicNormalizer#variants}, {@link EnglishNormalizer#variants}).
 * Stateless, thread-safe.
 */
public final class WordTokenizer {

    private WordTokenizer() {
    }

    /**
     * @param text any text, or null
     * @return the words in order, each as its matching forms (first the normalised word itself)
     */
    public static List<String[]> words(String text) {
        List<String[]> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean arabic = false;
            while (i < n) {
                cp = text.codePointAt(i);
                if (!isWordChar(cp)) {
                    break;
                }
                arabic |= ArabicNormalizer.isArabicLetter(cp);
                i += Character.charCount(cp);
            }
            String raw = text.substring(start, i);
            List<String> forms;
            if (arabic) {
                String w = ArabicNormalizer.normalize(raw);
                if (w.isEmpty()) {
                    continue;
                }
                forms = ArabicNormalizer.variants(w);
            } else {
                forms = EnglishNormalizer.variants(EnglishNormalizer.normalize(raw));
            }
            out.add(forms.toArray(new String[0]));
        }
        return out;
    }

    /**
     * Normal form of one lexicon word, by the same script rule as document words.
     *
     * @param word a word as written in a lexicon file
     * @return its normal form ({@link ArabicNormalizer#lexiconForm} for Arabic script)
     */
    static String lexiconForm(String word) {
        boolean arabic = word.codePoints().anyMatch(ArabicNormalizer::isArabicLetter);
        return arabic ? ArabicNormalizer.lexiconForm(word) : EnglishNormalizer.normalize(word);
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || cp == '\u0640';
    }

    /**
     * Decides whether a text is mainly in the Arabic script.
     *
     * @param text any text, or null
     * @return true when more than half of its letters are Arabic-script letters
     */
    public static boolean isMostlyArabic(String text) {
        if (text == null) {
            return false;
        }
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (ArabicNormalizer.isArabicLetter(cp)) {
                    arabic++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters > 0 && arabic * 2 > letters;
    }
}
