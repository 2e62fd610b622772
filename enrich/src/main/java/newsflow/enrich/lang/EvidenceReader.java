package newsflow.enrich.lang;

import java.util.List;

/**
 * Reads a text's own evidence, in this order: (1) letters only, by writing system ({@link LetterProfile});
 * (2) the dominant writing system narrows the candidates to the enabled languages written in it; (3) a script
 * only Japanese writes (kana, at least {@link #MIN_KANA_SHARE} of the letters) decides Japanese, and Han
 * without kana leans to Chinese by
 * {@link #HAN_ONLY_LETTER_GAP} per letter (a Japanese sentence without a single kana is rare, but kanji-only
 * headings, names and place lines on Japanese pages are common: short ones take the page's Japanese from
 * {@link ContextResolver}); (4) a single remaining candidate is decided by the script; (5) otherwise Lingua
 * ranks the candidates on the words of that script only, and for the Arabic script the decisive letters of
 * Arabic, Persian and Urdu adjust the ranking ({@link ArabicScriptLetters}); (6) when the enabled languages fit
 * about equally, a language Lingua knows but the configuration does not enable may win as {@code und}
 * ({@link UnsupportedLanguages}); (7) a text in Yiddish, Ladino or romanised Arabic or Hebrew, which Lingua does
 * not know, is {@code und} ({@link UnlistedLanguages}); (8) a text of capitalised words is marked as names
 * ({@link NameLikeText}). Before (2), a short text mixing a few Latin words into another script is read in that
 * script ({@link #markedScript}).
 */
final class EvidenceReader {

    /** Kana letters from which a CJK text is Japanese. */
    static final int MIN_KANA = 1;
    /**
     * Share of kana among a text's CJK letters from which it is Japanese: Japanese prose writes a third or more
     * of its letters in kana, a headline a tenth or more; a stray kana in a Chinese paragraph (a typo, a
     * borrowed の) is under one in a hundred.
     */
    static final double MIN_KANA_SHARE = 0.05;
    /**
     * Gap of Japanese behind Chinese per Han letter of a text without kana: up to forty Han letters (a heading,
     * names, a place line, a short sentence) stay within {@link ContextResolver#SWITCH_COST} of a Japanese
     * context; from 180 (a paragraph) Chinese is an anchor.
     */
    static final double HAN_ONLY_LETTER_GAP = 0.025;

    /** Letters under which a text mixing scripts is read in its non-Latin script ({@link #markedScript}). */
    static final int SHORT_TEXT_LETTERS = 40;
    /** Latin words a short text may hold and still be read in its other script. */
    static final int MAX_LOAN_WORDS = 2;
    /** Words of the other script a short text needs to be read in it. */
    static final int MIN_MARKED_WORDS = 2;

    /** Writing systems with letter case, where a capital marks a name. */
    private static final java.util.Set<WritingSystem> CASED = java.util.EnumSet.of(WritingSystem.LATIN,
            WritingSystem.CYRILLIC, WritingSystem.GREEK, WritingSystem.ARMENIAN);

    private final LanguageCatalog catalog;
    private final LinguaScorer scorer;
    private final UnsupportedLanguages unsupported;

    /**
     * @param catalog     the enabled languages
     * @param scorer      Lingua among them
     * @param unsupported the check for languages not enabled, or null to always name an enabled language
     */
    EvidenceReader(LanguageCatalog catalog, LinguaScorer scorer, UnsupportedLanguages unsupported) {
        this.catalog = catalog;
        this.scorer = scorer;
        this.unsupported = unsupported;
    }

    /**
     * @param text any text
     * @return its evidence
     */
    BlockEvidence read(String text) {
        return read(text, false);
    }

    /**
     * @param text      any text
     * @param undLikely true when the page is mostly in an unsupported language of the text's script
     *                  ({@link UnsupportedMajority})
     * @return its evidence
     */
    BlockEvidence read(String text, boolean undLikely) {
        LetterProfile profile = LetterProfile.of(text);
        WritingSystem system = markedScript(profile, profile.dominant());
        if (system == null) {
            return BlockEvidence.NONE;
        }
        int letters = profile.letters(system);
        int words = profile.wordCount(system);
        String scriptWords = profile.words(system);
        boolean names = NameLikeText.test(scriptWords);
        double capitalised = CASED.contains(system) ? NameLikeText.capitalisedShare(scriptWords) : 0;
        List<String> candidates = catalog.candidates(system);
        if (system == WritingSystem.CJK) {
            candidates = cjk(candidates, profile, letters);
            if (candidates.size() == 2) {
                return new BlockEvidence(system, letters, words, List.of(new LinguaScorer.Ranked("zh", 0),
                        new LinguaScorer.Ranked("ja", HAN_ONLY_LETTER_GAP * letters)), names, capitalised);
            }
        }
        if (candidates.isEmpty()) {
            return new BlockEvidence(system, letters, words, List.of(), names, capitalised);
        }
        String scored = scored(system, text, scriptWords, letters);
        int scoredLetters = scored == scriptWords ? letters : LetterProfile.of(scored).letters(system);
        List<LinguaScorer.Ranked> ranked = candidates.size() == 1
                ? List.of(new LinguaScorer.Ranked(candidates.get(0), 0))
                : scorer.rank(candidates, scored, scoredLetters);
        if (system == WritingSystem.ARABIC && ranked.size() > 1) {
            ranked = ArabicScriptLetters.apply(ranked, scriptWords);
        }
        if (unsupported != null) {
            ranked = unsupported.apply(system, ranked, scored, scoredLetters, undLikely);
        }
        if (UnlistedLanguages.test(text, system, ranked.get(0).lang())) {
            ranked = List.of(new LinguaScorer.Ranked(UnsupportedLanguages.UND, 0));
        }
        return new BlockEvidence(system, letters, words, ranked, names, capitalised);
    }

    /**
     * A short text (a title, a heading: under {@value #SHORT_TEXT_LETTERS} letters) mixing a few Latin words with
     * at least two words of another script is in that other script's language: Latin words in an Arabic, Persian
     * or Urdu headline are loanwords, brand names and acronyms ("كأس العالم highlights"), which outnumber its
     * letters but not its meaning (issue 13).
     *
     * @return the writing system to read the text in
     */
    private static WritingSystem markedScript(LetterProfile profile, WritingSystem dominant) {
        if (dominant != WritingSystem.LATIN || profile.totalLetters() >= SHORT_TEXT_LETTERS
                || profile.wordCount(WritingSystem.LATIN) > MAX_LOAN_WORDS) {
            return dominant;
        }
        WritingSystem marked = null;
        for (WritingSystem other : WritingSystem.values()) {
            if (other != WritingSystem.LATIN && profile.wordCount(other) >= MIN_MARKED_WORDS
                    && (marked == null || profile.letters(other) > profile.letters(marked))) {
                marked = other;
            }
        }
        return marked == null ? dominant : marked;
    }

    /**
     * @return the words to score: in scripts with letter case, the text's words without its proper names
     *         ({@link ProperNames}) when enough remain; else all the script's words
     */
    private static String scored(WritingSystem system, String text, String scriptWords, int letters) {
        if (CASED.contains(system)) {
            LetterProfile withoutNames = LetterProfile.of(ProperNames.strip(text));
            int remaining = withoutNames.letters(system);
            if (remaining >= ProperNames.MIN_LETTERS && remaining < letters) {
                return withoutNames.words(system);
            }
        }
        return scriptWords;
    }

    /**
     * @return {@code [ja]} when the text holds enough kana (or Chinese is not enabled), {@code [zh, ja]} for Han
     *         (next to no kana) when both are enabled, {@code [zh]} when Japanese is not, else none
     */
    private static List<String> cjk(List<String> candidates, LetterProfile profile, int cjkLetters) {
        boolean ja = candidates.contains("ja");
        boolean zh = candidates.contains("zh");
        boolean kana = profile.kana() >= MIN_KANA && profile.kana() >= MIN_KANA_SHARE * cjkLetters;
        if (ja && (kana || !zh)) {
            return List.of("ja");
        }
        if (ja) {
            return List.of("zh", "ja");
        }
        return zh ? List.of("zh") : List.of();
    }
}
