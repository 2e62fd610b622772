package newsflow.enrich.time.mentions;

import newsflow.enrich.time.vocab.TimeTextNormalizer;

import java.util.List;

/** One family of rules (a language's explicit dates, its relative expressions…). Implementations are stateless. */
interface DateGrammar {

    /**
     * Adds every expression the grammar recognises; overlaps are resolved later by {@link MentionMerger}.
     *
     * @param text the normalised text ({@link TimeTextNormalizer})
     * @param ref  the reference date
     * @param out  where candidates are appended
     */
    void find(String text, DateReference ref, List<Candidate> out);
}
