package newsflow.enrich.topic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation of words in Latin (and other non-Arabic) script for lexicon matching: lower case
 * ({@link Locale#ROOT}), accents removed (Unicode NFD without combining marks), and an "s-stemmer" for English plurals (Harman, "How effective is suffixing?",
 * JASIS 1991: {@code -ies → -y}, {@code -es → -e}, {@code -s → ∅}). Stateless, thread-safe.
 */
public final class EnglishNormalizer {
    private static final int MIN_PLURAL_LENGTH = 4;
    private static final char ASCII_MAX = 0x7F;
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private EnglishNormalizer() {
    }

    /** @return the word in lower case, without accents ({@code é → e}, {@code œ → oe}) */
    public static String normalize(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > ASCII_MAX) {
                String folded = Normalizer.normalize(lower.replace("œ", "oe").replace("æ", "ae"), Normalizer.Form.NFD);
                return COMBINING_MARKS.matcher(folded).replaceAll("");
            }
        }
        return lower;
    }

    /**
     * @param word a word already passed through {@link #normalize}
     * @return the word first, then its singular form(s) when it looks like an English plural
     */
    public static List<String> variants(String word) {
        List<String> out = new ArrayList<>(3);
        out.add(word);
        int n = word.length();
        if (n < MIN_PLURAL_LENGTH || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us")
                || word.endsWith("is")) {
            return out;
        }
        if (word.endsWith("ies") && n > MIN_PLURAL_LENGTH) {
            out.add(word.substring(0, n - 3) + "y");
        } else if (word.endsWith("es")) {
            out.add(word.substring(0, n - 1));
            out.add(word.substring(0, n - 2));
        } else {
            out.add(word.substring(0, n - 1));
        }
        return out;
    }
}
