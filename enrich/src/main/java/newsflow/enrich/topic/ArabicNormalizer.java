package newsflow.enrich.topic;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic orthographic normalisation and proclitic stripping for lexicon matching, after the light-stemming
 * practice of Arabic information retrieval (Larkey, Ballesteros and Connell, "Light stemming for Arabic
 * information retrieval", 2007): diacritics (harakat, tanwin, shadda, sukun, dagger alef) and tatweel are
 * removed; alef forms {@code أ إ آ ٱ} become {@code ا}; alef maqsura {@code ى} becomes {@code ي}; taa marbuta
 * {@code ة} becomes {@code ه}; hamza on waw/yaa ({@code ؤ ئ}) becomes {@code و ي}. Stateless, thread-safe.
 */
public final class ArabicNormalizer {
    /** Shortest stem left after stripping a clitic: Arabic roots have three letters. */
    static final int MIN_STEM = 3;
    private static final String[] CONJUNCTIONS = {"", "و", "ف"};
    private static final String[] PREPOSITIONS = {"", "ب", "ك", "ل"};
    private static final String ARTICLE = "ال";
    /** {@code ل} + {@code ال} is written {@code لل}. */
    private static final String LAM_ARTICLE = "لل";

    private ArabicNormalizer() {
    }

    /**
     * @return true for a letter of the Arabic blocks (U+0600–U+06FF, U+0750–U+077F, U+08A0–U+08FF, presentation
     *     forms U+FB50–U+FDFF and U+FE70–U+FEFF)
     */
    public static boolean isArabicLetter(int cp) {
        boolean arabicBlock = (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F)
                || (cp >= 0x08A0 && cp <= 0x08FF) || (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
        return arabicBlock && Character.isLetter(cp);
    }

    /**
     * @param token one word (letters and marks), any case
     * @return the normalised word: no diacritics or tatweel, unified alef, yaa, taa marbuta and hamza seats
     */
    public static String normalize(String token) {
        StringBuilder b = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
                continue;
            }
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ى' -> b.append('ي');
                case 'ة' -> b.append('ه');
                case 'ؤ' -> b.append('و');
                case 'ئ' -> b.append('ي');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Forms of a normalised word with its proclitics removed, in the order conjunction ({@code و ف}),
     * preposition ({@code ب ك ل}), article ({@code ال}, {@code لل}). Stems shorter than {@value #MIN_STEM}
     * letters are not produced.
     *
     * @param word a word already passed through {@link #normalize}
     * @return the word itself first, then each distinct stripped form
     */
    public static List<String> variants(String word) {
        List<String> out = new ArrayList<>(4);
        out.add(word);
        for (String conj : CONJUNCTIONS) {
            if (!word.startsWith(conj) || word.length() - conj.length() < MIN_STEM) {
                continue;
            }
            String u = word.substring(conj.length());
            for (String prep : PREPOSITIONS) {
                if (!u.startsWith(prep) || u.length() - prep.length() < MIN_STEM) {
                    continue;
                }
                String w = u.substring(prep.length());
                addIfNew(out, w);
                if (w.startsWith(ARTICLE) && w.length() - ARTICLE.length() >= MIN_STEM) {
                    addIfNew(out, w.substring(ARTICLE.length()));
                }
            }
            if (u.startsWith(LAM_ARTICLE) && u.length() - LAM_ARTICLE.length() >= MIN_STEM) {
                addIfNew(out, u.substring(LAM_ARTICLE.length()));
            }
        }
        return out;
    }

    /**
     * Normal form of a lexicon word: {@link #normalize} and a leading article removed, so that a lexicon may
     * write {@code الانتخابات} or {@code انتخابات}.
     */
    static String lexiconForm(String word) {
        String w = normalize(word);
        if (w.startsWith(ARTICLE) && w.length() - ARTICLE.length() >= MIN_STEM) {
            return w.substring(ARTICLE.length());
        }
        return w;
    }

    private static void addIfNew(List<String> out, String s) {
        if (!out.contains(s)) {
            out.add(s);
        }
    }
}
