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
 * Bulgarian…) written in a script an enabled language shares, so that it is called {@code und} rather
 * than the closest enabled language (Czech read as Portuguese). The test: Lingua in low-accuracy mode (trigrams
 * only, about 1 MiB of heap per language) ranks every Lingua language of the text's script; the
 * {@linkplain #lead lead} of the best unsupported language over the best enabled one, in the letter-units of
 * {@link LinguaScorer} (letters times the relative log-likelihood difference), must exceed
 * {@link #UND_COST} for {@code und} to win.
 *
 * <p>The check runs when the enabled languages fit the text about equally badly: when the runner-up's gap is
 * under {@link #CHECK_BELOW_RELATIVE_MARGIN} per scored letter (on Lingua's test sentences, three quarters of
 * the Czech, Norwegian, Danish, Slovak, Catalan, Romanian, Swedish and Croatian ones stay under 0.12, while
 * most German, Polish, Turkish and Indonesian ones are well above 0.3), or when the text holds a letter Lingua
 * lists as unique to a language that is not enabled (Czech ř, Kazakh ә). A text the enabled languages tell
 * apart clearly is one of them, and the check's time (trigrams times 49 languages for the Latin script) is
 * spent on few blocks.
 *
 * <p>{@link #UND_COST} was chosen on Lingua's test sentences (1,000 per language): above a lead of 10
 * letter-units, none of the enabled languages' sentences, word pairs or single words loses its label but one
 * Turkish sentence (Ottoman transliteration), while these shares of sentences, read alone, become {@code und}
 * (the rest keep the closest enabled language, as before): Czech 0.82, Slovak 0.86, Croatian 0.91, Slovene
 * 0.85, Norwegian 0.82, Danish 0.79, Swedish 0.71, Romanian 0.78, Catalan 0.50, Kazakh 0.97, Macedonian 0.61,
 * Serbian 0.53, Bulgarian 0.37, Belarusian 0.26; close relatives of an enabled language stay with it (Malay
 * 0.00 next to Indonesian, Afrikaans 0.12 next to Dutch). On a page, {@link UnsupportedMajority} then brings
 * the rest of a mostly-unsupported page along (the fundus Czech, Danish, Icelandic and Norwegian pages give one
 * {@code und} edition each).
 *
 * <p>Lingua names Marathi among the Devanagari languages, but the check does not run there (see
 * {@link #CHECKED}).
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
     * Letters a text needs for the check on its own: on single words and word pairs the trigram likelihoods
     * swing by factors ("beach" fits another language three times better; French "naïvement" has a letter
     * Lingua lists as Catalan's), so short blocks take {@code und} only from their page
     * ({@link UnsupportedMajority}, {@link ContextResolver}).
     */
    static final int MIN_CHECKED_LETTERS = 20;
    /**
     * Scripts where the check is reliable. Not Devanagari: trigrams alone take 2–4% of Hindi sentences for
     * Marathi, so Marathi stays Hindi.
     */
    static final Set<WritingSystem> CHECKED = EnumSet.of(WritingSystem.LATIN, WritingSystem.CYRILLIC);
    /**
     * Scripts where Lingua's letter rules may rule out every enabled language alone. Not Cyrillic: і, ё and ў
     * are shared unevenly by Belarusian, Kazakh, Russian and Ukrainian, and the rules' majority of words takes a
     * Ukrainian sentence quoting Russian words for Belarusian or Kazakh; there only a letter unique to an
     * unsupported language (Kazakh ә, Macedonian ѓ, Serbian ђ…) lets the rules decide.
     */
    static final Set<WritingSystem> RULES_TRUSTED = EnumSet.of(WritingSystem.LATIN);

    private final LanguageCatalog catalog;
    private final Map<WritingSystem, LanguageDetector> detectors = new ConcurrentHashMap<>();
    /**
     * Letters Lingua lists as unique to one enabled language (Ukrainian ґ є ї, Polish ł ń ś ź, German ß…), read
     * through Lingua 1.2.2's internal accessor {@code Language.getUniqueCharacters$lingua()}.
     */
    private final String enabledUniqueLetters;
    /** Letters Lingua lists as unique to one language that is not enabled (Czech ř, Kazakh ә, Serbian ђ…). */
    private final String unsupportedUniqueLetters;

    UnsupportedLanguages(LanguageCatalog catalog) {
        this.catalog = catalog;
        StringBuilder unique = new StringBuilder();
        for (String iso : catalog.enabled()) {
            String letters = catalog.lingua(iso).getUniqueCharacters$lingua();
            unique.append(letters == null ? "" : letters);
        }
        this.enabledUniqueLetters = unique.toString();
        StringBuilder others = new StringBuilder();
        for (Language language : Language.values()) {
            String letters = language.getUniqueCharacters$lingua();
            if (language != Language.UNKNOWN && !catalog.isEnabled(language) && letters != null) {
                others.append(letters);
            }
        }
        this.unsupportedUniqueLetters = others.toString();
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
        return apply(system, ranked, words, letters, false);
    }

    /**
     * @param system    the text's dominant writing system
     * @param ranked    the enabled candidates, best first
     * @param words     the words the ranking was made on
     * @param letters   letters in {@code words}
     * @param undLikely true when the page around the text is mostly in an unsupported language of this script
     *                  ({@link UnsupportedMajority}): the check always runs and {@code und} wins at any lead
     * @return as {@link #apply(WritingSystem, List, String, int)}
     */
    List<LinguaScorer.Ranked> apply(WritingSystem system, List<LinguaScorer.Ranked> ranked, String words,
                                    int letters, boolean undLikely) {
        if (!CHECKED.contains(system) || catalog.unsupported(system).isEmpty() || ranked.isEmpty()
                || !undLikely && (letters < MIN_CHECKED_LETTERS
                        || !close(ranked, letters) && !holdsAny(words, unsupportedUniqueLetters))) {
            return ranked;
        }
        double lead = lead(system, words, letters);
        if (lead == Double.NEGATIVE_INFINITY) {
            return ranked;
        }
        double undGap = (undLikely ? 0 : UND_COST) - lead;
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
     *         ({@link #RULES_TRUSTED}) or the text holds a letter unique to an unsupported language, and it holds
     *         none unique to an enabled language; negative infinity when no verdict
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
            boolean trusted = RULES_TRUSTED.contains(system) || holdsAny(scored.text(), unsupportedUniqueLetters);
            return trusted && !holdsAny(scored.text(), enabledUniqueLetters) ? Double.POSITIVE_INFINITY
                    : Double.NEGATIVE_INFINITY;
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
