package newsflow.enrich.lang;

import java.util.List;

/**
 * Reads a text's own evidence, in this order: (1) letters only, by writing system ({@link LetterProfile});
 * (2) the dominant writing system narrows the candidates to the enabled languages written in it; (3) a script
 * only Japanese writes (kana) decides Japanese, and Han without kana decides Chinese (names in kanji inside a
 * Chinese text are common; a Japanese sentence without a single kana is rare); (4) a single remaining candidate
 * is decided by the script; (5) otherwise Lingua ranks the candidates on the words of that script only, and for
 * the Arabic script the decisive letters of Arabic, Persian and Urdu adjust the ranking
 * ({@link ArabicScriptLetters}); (6) a text of capitalised words is marked as names ({@link NameLikeText}).
 */
final class EvidenceReader {

    /** Kana letters from which a CJK text is Japanese. */
    static final int MIN_KANA = 1;

    /** Writing systems with letter case, where a capital marks a name. */
    private static final java.util.Set<WritingSystem> CASED = java.util.EnumSet.of(WritingSystem.LATIN,
            WritingSystem.CYRILLIC, WritingSystem.GREEK, WritingSystem.ARMENIAN);

    private final LanguageCatalog catalog;
    private final LinguaScorer scorer;

    EvidenceReader(LanguageCatalog catalog, LinguaScorer scorer) {
        this.catalog = catalog;
        this.scorer = scorer;
    }

    BlockEvidence read(String text) {
        LetterProfile profile = LetterProfile.of(text);
        WritingSystem system = profile.dominant();
        if (system == null) {
            return BlockEvidence.NONE;
        }
        int letters = profile.letters(system);
        int words = profile.wordCount(system);
        String scriptWords = profile.words(system);
        boolean names = NameLikeText.test(scriptWords);
        List<String> candidates = catalog.candidates(system);
        if (system == WritingSystem.CJK) {
            candidates = cjk(candidates, profile);
        }
        if (candidates.isEmpty()) {
            return new BlockEvidence(system, letters, words, List.of(), names);
        }
        if (candidates.size() == 1) {
            return new BlockEvidence(system, letters, words, List.of(new LinguaScorer.Ranked(candidates.get(0), 0)),
                    names);
        }
        List<LinguaScorer.Ranked> ranked = rank(candidates, system, text, scriptWords, letters);
        if (system == WritingSystem.ARABIC) {
            ranked = ArabicScriptLetters.apply(ranked, scriptWords);
        }
        return new BlockEvidence(system, letters, words, ranked, names);
    }

    /** Ranks on the text without its proper names ({@link ProperNames}) in scripts with letter case. */
    private List<LinguaScorer.Ranked> rank(List<String> candidates, WritingSystem system, String text,
                                           String scriptWords, int letters) {
        if (CASED.contains(system)) {
            LetterProfile withoutNames = LetterProfile.of(ProperNames.strip(text));
            int remaining = withoutNames.letters(system);
            if (remaining >= ProperNames.MIN_LETTERS && remaining < letters) {
                return scorer.rank(candidates, withoutNames.words(system), remaining);
            }
        }
        return scorer.rank(candidates, scriptWords, letters);
    }

    private static List<String> cjk(List<String> candidates, LetterProfile profile) {
        boolean ja = candidates.contains("ja");
        boolean zh = candidates.contains("zh");
        if (ja && (profile.kana() >= MIN_KANA || !zh)) {
            return List.of("ja");
        }
        return zh ? List.of("zh") : List.of();
    }
}
