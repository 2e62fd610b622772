package newsflow.enrich.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statistics: Lingua's n-gram models, asked only to choose among the enabled languages of one writing
 * system. One detector per candidate set is built lazily and shared (Lingua keeps its models in static maps, so
 * the sets share memory and a language's models load once). Thread-safe, deterministic.
 *
 * <p>Lingua 1.2.2 reports, for each language L, {@code c(L) = S(best) / S(L)} where {@code S} is the sum of the
 * text's n-gram log-probabilities. The {@linkplain Ranked#gap() gap} {@code n · (1/c(L) − 1)} (n = letters
 * scored) is thus the log-likelihood deficit of L behind the best language, up to a constant mean cost per
 * letter: a quantity that grows with the length of the text, which is what lets context outweigh it on short
 * blocks only.
 *
 * <p>Only the first {@value #MAX_SCORED_LETTERS} letters of a text are scored (whole words): past that the
 * ranking no longer changes on real text, and the time of high-accuracy mode grows with the length.
 */
final class LinguaScorer {

    /** One candidate with its deficit behind the best candidate (0 for the best; infinite when ruled out). */
    record Ranked(String lang, double gap) {
    }

    /**
     * A text cut to what is scored.
     *
     * @param text    the words scored
     * @param letters the letters in them
     */
    record Scored(String text, int letters) {
    }

    /** Letters of a text scored at most. */
    static final int MAX_SCORED_LETTERS = 300;

    private final LanguageCatalog catalog;
    private final AccuracyMode mode;
    private final Map<List<String>, LanguageDetector> detectors = new ConcurrentHashMap<>();

    LinguaScorer(LanguageCatalog catalog, AccuracyMode mode) {
        this.catalog = catalog;
        this.mode = mode;
    }

    /**
     * @param candidates two or more enabled ISO codes of one writing system
     * @param words      the text's words in that writing system
     * @param letters    the number of letters in {@code words}
     * @return every candidate ranked by gap, best first; ties broken by configuration order
     */
    List<Ranked> rank(List<String> candidates, String words, int letters) {
        LanguageDetector detector = detectors.computeIfAbsent(candidates, this::build);
        Scored cut = cap(words, letters);
        String scored = cut.text();
        int n = cut.letters();
        SortedMap<Language, Double> confidences = detector.computeLanguageConfidenceValues(scored);
        List<Ranked> ranked = new ArrayList<>(candidates.size());
        for (String iso : candidates) {
            Double c = confidences.get(catalog.lingua(iso));
            double gap = c == null || c <= 0 ? Double.POSITIVE_INFINITY : n * (1.0 / c - 1.0);
            ranked.add(new Ranked(iso, gap));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::gap)); // stable: configuration order on ties
        return ranked;
    }

    /**
     * @param words   words separated by single spaces
     * @param letters the letters in them
     * @return the first whole words holding at least {@link #MAX_SCORED_LETTERS} letters (all of them when
     *         fewer), with their letter count
     */
    static Scored cap(String words, int letters) {
        return cap(words, letters, MAX_SCORED_LETTERS);
    }

    /**
     * @param words   words separated by single spaces
     * @param letters the letters in them
     * @param max     the letters wanted
     * @return the first whole words holding at least {@code max} letters (all of them when fewer), with their
     *         letter count
     */
    static Scored cap(String words, int letters, int max) {
        if (letters <= max) {
            return new Scored(words, letters);
        }
        int end = 0;
        int n = 0;
        while (end < words.length() && (n < max || words.charAt(end) != ' ')) {
            if (Character.isLetter(words.codePointAt(end))) {
                n++;
            }
            end += Character.charCount(words.codePointAt(end));
        }
        return new Scored(words.substring(0, end), n);
    }

    /**
     * Loads the models of every writing system with two or more enabled languages now rather than on the first
     * text that needs them.
     */
    void preload() {
        for (WritingSystem system : WritingSystem.values()) {
            List<String> candidates = catalog.candidates(system);
            if (candidates.size() > 1) {
                detectors.computeIfAbsent(candidates, c -> build(c, true));
            }
        }
    }

    private LanguageDetector build(List<String> candidates) {
        return build(candidates, false);
    }

    private LanguageDetector build(List<String> candidates, boolean preload) {
        Language[] languages = candidates.stream().map(catalog::lingua).toArray(Language[]::new);
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(languages);
        if (mode == AccuracyMode.LOW) {
            builder = builder.withLowAccuracyMode();
        }
        if (preload) {
            builder = builder.withPreloadedLanguageModels();
        }
        return builder.build();
    }
}
