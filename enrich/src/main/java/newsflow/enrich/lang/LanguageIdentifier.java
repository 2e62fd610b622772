package newsflow.enrich.lang;

import java.util.Collection;

/**
 * Identifies the language of one text from its own evidence: script first, then Lingua among the enabled
 * languages of that script (see {@link EvidenceReader}). Thread-safe, deterministic; Lingua's models load lazily
 * on the first text that needs them (or at {@link #preload()}), once per JVM.
 */
public final class LanguageIdentifier {

    /** The accuracy mode used when none is configured (chosen by `newsflow eval languages`, see the notes). */
    public static final AccuracyMode DEFAULT_MODE = AccuracyMode.HIGH;

    /** Spread of the confidence: a gap of this many letter-units behind the best halves a rival's weight (≈ e). */
    static final double GAP_SCALE = 2.0;

    /**
     * @param lang       ISO 639-1 code, or null when undecided
     * @param confidence in [0, 1]: the share of the best language in a softmax over the candidates' gaps, times
     *                   the share of the text's letters in its dominant script; 0 when undecided
     */
    public record Detection(String lang, double confidence) {
    }

    private final LanguageCatalog catalog;
    private final LinguaScorer scorer;
    private final UnsupportedLanguages unsupported;
    private final EvidenceReader reader;

    /** The default languages ({@link LanguageCatalog#DEFAULT_LANGUAGES}) in {@link #DEFAULT_MODE}. */
    public LanguageIdentifier() {
        this(LanguageCatalog.DEFAULT_LANGUAGES, DEFAULT_MODE);
    }

    /**
     * @param languages ISO 639-1 codes of the enabled languages (Lingua 1.2.2's 75 are supported)
     * @param mode      Lingua's accuracy mode
     * @throws IllegalArgumentException for an empty set or an unsupported code
     */
    public LanguageIdentifier(Collection<String> languages, AccuracyMode mode) {
        this(languages, mode, true);
    }

    /**
     * @param languages            ISO 639-1 codes of the enabled languages (Lingua 1.2.2's 75 are supported)
     * @param mode                 Lingua's accuracy mode
     * @param recogniseUnsupported true to call a text in a language Lingua knows but the set does not enable
     *                             undecided ({@link UnsupportedLanguages}: about 1 MiB of heap per such language
     *                             sharing a script with an enabled one, about 1 ms per checked block); false to
     *                             always name the closest enabled language
     * @throws IllegalArgumentException for an empty set or an unsupported code
     */
    public LanguageIdentifier(Collection<String> languages, AccuracyMode mode, boolean recogniseUnsupported) {
        this.catalog = new LanguageCatalog(languages);
        this.scorer = new LinguaScorer(catalog, mode);
        this.unsupported = recogniseUnsupported ? new UnsupportedLanguages(catalog) : null;
        this.reader = new EvidenceReader(catalog, scorer, unsupported);
    }

    /** @return the enabled languages */
    public LanguageCatalog catalog() {
        return catalog;
    }

    /** Loads every statistical model the enabled languages need now (seconds in high-accuracy mode). */
    public void preload() {
        scorer.preload();
        if (unsupported != null) {
            unsupported.preload();
        }
    }

    /**
     * @param text any text
     * @return the detection; {@code lang} null when the text holds no letter, is in a script no enabled
     *         language is written in, or is in a language Lingua knows but the set does not enable (then the
     *         confidence is that of this verdict)
     */
    public Detection detect(String text) {
        LetterProfile profile = LetterProfile.of(text);
        BlockEvidence evidence = reader.read(text);
        String top = evidence.top();
        if (top == null) {
            return new Detection(null, 0.0);
        }
        double sum = 0;
        for (LinguaScorer.Ranked r : evidence.ranked()) {
            sum += Math.exp(-r.gap() / GAP_SCALE);
        }
        double share = (double) evidence.letters() / profile.totalLetters();
        double confidence = Math.min(1.0, share / sum);
        return new Detection(UnsupportedLanguages.UND.equals(top) ? null : top, confidence);
    }

    /**
     * @param text a block's text
     * @return what the text says on its own
     */
    BlockEvidence evidence(String text) {
        return reader.read(text);
    }

    /**
     * @param text      a block's text
     * @param undLikely true when the page is mostly in an unsupported language of the text's script
     * @return what the text says on its own, read with that knowledge ({@link UnsupportedMajority})
     */
    BlockEvidence evidence(String text, boolean undLikely) {
        return reader.read(text, undLikely);
    }
}
