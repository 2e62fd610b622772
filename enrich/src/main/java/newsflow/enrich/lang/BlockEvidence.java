package newsflow.enrich.lang;

import java.util.List;

/**
 * What one text says about its own language, before context.
 *
 * @param system  the dominant writing system, or null when the text holds no letter
 * @param letters letters of the dominant writing system
 * @param words   words of the dominant writing system
 * @param ranked  the enabled languages of that writing system, best first, with their gap (see
 *                {@link LinguaScorer}); a single entry with gap 0 when the script alone decides; empty when no
 *                enabled language writes this script; may hold {@code und}, a language Lingua knows that is not
 *                enabled ({@link UnsupportedLanguages})
 * @param nameLike true when the text looks like names rather than sentences ({@link NameLikeText})
 * @param capitalised share of its cased words that begin with a capital letter, in [0, 1] (names, product names,
 *                 credits; 0 in scripts without case)
 */
record BlockEvidence(WritingSystem system, int letters, int words, List<LinguaScorer.Ranked> ranked,
                     boolean nameLike, double capitalised) {

    /** Evidence without a measure of capitalised words. */
    BlockEvidence(WritingSystem system, int letters, int words, List<LinguaScorer.Ranked> ranked, boolean nameLike) {
        this(system, letters, words, ranked, nameLike, 0);
    }

    /** Evidence of a text without letters. */
    static final BlockEvidence NONE = new BlockEvidence(null, 0, 0, List.of(), false);

    /** @return the best language on the text alone, or null */
    String top() {
        return ranked.isEmpty() ? null : ranked.get(0).lang();
    }

    /** @return the gap of the runner-up (infinite when the script alone decides), 0 when there is none */
    double margin() {
        if (ranked.isEmpty()) {
            return 0;
        }
        return ranked.size() == 1 ? Double.POSITIVE_INFINITY : ranked.get(1).gap();
    }

    /**
     * @param lang an ISO code
     * @return its gap behind the best language; infinite when it is not a candidate for this text
     */
    double gapOf(String lang) {
        for (LinguaScorer.Ranked r : ranked) {
            if (r.lang().equals(lang)) {
                return r.gap();
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
