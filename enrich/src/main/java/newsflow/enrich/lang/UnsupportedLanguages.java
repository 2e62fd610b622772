package newsflow.enrich.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recognises a text in a language Lingua knows but the configuration does not enable (Czech, Norwegian,
 * Bulgarian, Marathi…) written in a script an enabled language shares, so that it is called {@code und} rather
 * than the closest enabled language (Czech read as Portuguese). The test: Lingua in low-accuracy mode (trigrams
 * only, about 1 MiB of heap per language) ranks every Lingua language of the text's script; the
 * {@linkplain #lead lead} of the best unsupported language over the best enabled one, in the letter-units of
 * {@link LinguaScorer} (letters times the relative log-likelihood difference), must exceed
 * {@link #UND_COST} for {@code und} to win.
 *
 * <p>The check only runs when the enabled languages fit the text about equally badly: when the runner-up's gap
 * is under {@link #CHECK_BELOW_RELATIVE_MARGIN} per scored letter (on Lingua's test sentences, three quarters of
 * the Czech, Norwegian, Danish, Slovak, Catalan, Romanian, Swedish and Croatian ones stay under 0.12, while
 * most German, Polish, Turkish and Indonesian ones are well above 0.3). A text the enabled languages tell apart
 * clearly is one of them; the check costs about 1 ms per block for the 49 Latin-script languages.
 *
 * <p>{@link #UND_COST} was chosen on Lingua's test sentences (1,000 per language): at a lead above 8
 * letter-units, at most 1 in 1,000 sentences of an enabled language is taken for an unsupported one, while
 * 85–97% of Czech, Norwegian, Slovak, Croatian and Danish sentences are recognised. Close relatives of an
 * enabled language (Malay next to Indonesian, Catalan next to Spanish, Afrikaans next to Dutch) are recognised
 * less often: they stay with their enabled relative when the evidence is thin.
 */
final class UnsupportedLanguages {

    /** The pseudo-language of the ranking: a language Lingua knows that is not enabled. */
    static final String UND = ContextResolver.UNDECIDED;
    /** Letter-units the best unsupported language must lead the best enabled one by for {@code und} to win. */
    static final double UND_COST = 10.0;
    /** Runner-up gap per scored letter under which the enabled ranking is close enough to be checked. */
    static final double CHECK_BELOW_RELATIVE_MARGIN = 0.15;
    /**
     * Letters of a text checked at most: the time grows with the trigrams times the 49 Latin-script languages,
     * and at 120 letters (a long sentence) the lead of Czech or Norwegian is already well past
     * {@link #UND_COST}.
     */
    static final int MAX_CHECKED_LETTERS = 120;
    /**
     * Scripts where the check is reliable. Not Devanagari: trigrams alone take 2–4% of Hindi sentences for
     * Marathi, so Marathi stays Hindi.
     */
    static final Set<WritingSystem> CHECKED = EnumSet.of(WritingSystem.LATIN, WritingSystem.CYRILLIC);
    /**
     * Scripts where Lingua's letter rules may rule out every enabled language alone. Not Cyrillic: і, ё and ў
     * are shared unevenly by Belarusian, Kazakh, Russian and Ukrainian, and the rules' majority of words takes a
     * Ukrainian sentence quoting Russian words for Belarusian or Kazakh.
     */
    static final Set<WritingSystem> RULES_TRUSTED = EnumSet.of(WritingSystem.LATIN);

    private final LanguageCatalog catalog;
    private final Map<WritingSystem, LanguageDetector> detectors = new ConcurrentHashMap<>();
    /** Letters Lingua lists as unique to one enabled language (Ukrainian ґ є ї, Polish ł ń ś ź, German ß…). */
    private final String enabledUniqueLetters;

    UnsupportedLanguages(LanguageCatalog catalog) {
        this.catalog = catalog;
        StringBuilder unique = new StringBuilder();
        for (String iso : catalog.enabled()) {
            String letters = catalog.lingua(iso).getUniqueCharacters$lingua();
            unique.append(letters == null ? "" : letters);
        }
        this.enabledUniqueLetters = unique.toString();
    }

    /**
     * @param system  the text's dominant writing system
     * @param ranked  the enabled candidates of that script, best first, the best at gap 0 (one entry when the
     *                script alone decides)
     * @param words   the words the ranking was made on
     * @param letters letters in {@code words}
     * @return the ranking with {@link #UND} added at gap {@code UND_COST − lead} (the enabled languages shifted
     *         behind it when that is negative); the ranking itself when the script has no unsupported language,
     *         when the enabled languages are told apart clearly, or when no unsupported language fits at all
     */
    List<LinguaScorer.Ranked> apply(WritingSystem system, List<LinguaScorer.Ranked> ranked, String words,
                                    int letters) {
        if (!CHECKED.contains(system) || catalog.unsupported(system).isEmpty() || ranked.isEmpty() || !close(ranked, letters)) {
            return ranked;
        }
        double lead = lead(system, words, letters);
        if (lead == Double.NEGATIVE_INFINITY) {
            return ranked;
        }
        double undGap = UND_COST - lead;
        List<LinguaScorer.Ranked> out = new ArrayList<>(ranked.size() + 1);
        if (undGap >= 0) {
            out.addAll(ranked);
            out.add(new LinguaScorer.Ranked(UND, undGap));
            out.sort(Comparator.comparingDouble(LinguaScorer.Ranked::gap));
        } else {
            out.add(new LinguaScorer.Ranked(UND, 0));
            for (LinguaScorer.Ranked r : ranked) {
                out.add(new LinguaScorer.Ranked(r.lang(), r.gap() - undGap));
            }
        }
        return List.copyOf(out);
    }

    /** Loads the low-accuracy models of every script with unsupported languages now. */
    void preload() {
        for (WritingSystem system : WritingSystem.values()) {
            if (CHECKED.contains(system) && !catalog.unsupported(system).isEmpty()
                    && !catalog.candidates(system).isEmpty()) {
                detectors.computeIfAbsent(system, s -> build(s, true));
            }
        }
    }

    private static boolean close(List<LinguaScorer.Ranked> ranked, int letters) {
        if (ranked.size() < 2) {
            return true;
        }
        int scored = Math.min(letters, LinguaScorer.MAX_SCORED_LETTERS);
        return ranked.get(1).gap() < CHECK_BELOW_RELATIVE_MARGIN * scored;
    }

    /**
     * @return letter-units by which the best unsupported language leads the best enabled one (negative when an
     *         enabled language leads); positive infinity when Lingua's rules (letters unique to a language, by a
     *         majority of words) leave only unsupported languages in a script where they are trusted
     *         ({@link #RULES_TRUSTED}) and the text holds no letter unique to an enabled language; negative
     *         infinity when no verdict
     */
    double lead(WritingSystem system, String words, int letters) {
        LanguageDetector detector = detectors.computeIfAbsent(system, s -> build(s, false));
        LinguaScorer.Scored scored = LinguaScorer.cap(words, letters, MAX_CHECKED_LETTERS);
        SortedMap<Language, Double> confidences = detector.computeLanguageConfidenceValues(scored.text());
        double enabled = 0;
        double other = 0;
        for (Map.Entry<Language, Double> e : confidences.entrySet()) {
            if (catalog.isEnabled(e.getKey())) {
                enabled = Math.max(enabled, e.getValue());
            } else {
                other = Math.max(other, e.getValue());
            }
        }
        if (other <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (enabled <= 0) {
            return !RULES_TRUSTED.contains(system) || holdsAny(scored.text(), enabledUniqueLetters)
                    ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int n = scored.letters();
        return other >= enabled ? n * (other / enabled - 1.0) : -n * (enabled / other - 1.0);
    }

    private static boolean holdsAny(String text, String letters) {
        for (int i = 0; i < text.length(); i++) {
            if (letters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private LanguageDetector build(WritingSystem system, boolean preload) {
        List<Language> languages = new ArrayList<>(catalog.unsupported(system));
        for (String iso : catalog.candidates(system)) {
            languages.add(catalog.lingua(iso));
        }
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new))
                .withLowAccuracyMode();
        return (preload ? builder.withPreloadedLanguageModels() : builder).build();
    }
}
