package newsflow.launcher.eval.languages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsflow.enrich.lang.LanguageIdentifier;

/**
 * Scores single-text identification on Lingua's test data (../shared/eval/lingua/language-testdata/
 * {sentences,word-pairs,single-words}/&lt;iso639-1&gt;.txt, one item per line; the file name is the language):
 * accuracy per enabled language and set, the confusion among Arabic-script languages, and, for the sentences of
 * the languages not enabled, the share left undecided ({@code und}) rather than given a wrong enabled language.
 */
public final class LinguaDataEval {

    /** The three sets of the data. */
    public static final List<String> SETS = List.of("sentences", "word-pairs", "single-words");

    /** The figures of one run. */
    public static final class Result {
        /** set → language → accuracy. */
        public final Map<String, Map<String, Tally>> accuracy = new TreeMap<>();
        /** On sentences: gold (ar, fa, ur) → predicted → count. */
        public final Map<String, Map<String, Integer>> arabicScriptConfusion = new TreeMap<>();
        /** Sentences of languages not enabled: language → share undecided (null or {@code und}). */
        public final Map<String, Tally> undecidedUnsupported = new TreeMap<>();
        /** Items identified. */
        public long items;
        /** Time spent identifying, nanoseconds. */
        public long nanos;

        /**
         * @param set a set name
         * @return the mean of the per-language accuracies on that set, NaN when none
         */
        public double mean(String set) {
            Map<String, Tally> bySet = accuracy.getOrDefault(set, Map.of());
            return bySet.values().stream().mapToDouble(Tally::rate).average().orElse(Double.NaN);
        }
    }

    private final LanguageIdentifier identifier;

    /**
     * @param identifier the identifier under test
     */
    public LinguaDataEval(LanguageIdentifier identifier) {
        this.identifier = identifier;
    }

    /**
     * @param dir  the lingua folder
     * @param sets which sets to score (names from {@link #SETS})
     * @return the figures; a language without a file is left out
     * @throws IOException when a file cannot be read
     */
    public Result run(Path dir, List<String> sets) throws IOException {
        Result result = new Result();
        for (String set : sets) {
            for (String lang : identifier.catalog().enabled()) {
                Path file = dir.resolve("language-testdata").resolve(set).resolve(lang + ".txt");
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                Tally tally = new Tally();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    long start = System.nanoTime();
                    String got = identifier.detect(line).lang();
                    result.nanos += System.nanoTime() - start;
                    result.items++;
                    tally.add(lang.equals(got));
                    if ("sentences".equals(set) && List.of("ar", "fa", "ur").contains(lang)) {
                        result.arabicScriptConfusion.computeIfAbsent(lang, k -> new TreeMap<>())
                                .merge(got == null ? "null" : got, 1, Integer::sum);
                    }
                }
                result.accuracy.computeIfAbsent(set, k -> new TreeMap<>()).put(lang, tally);
            }
        }
        if (sets.contains("sentences")) {
            scoreUnsupported(dir.resolve("language-testdata").resolve("sentences"), result);
        }
        return result;
    }

    private void scoreUnsupported(Path sentences, Result result) throws IOException {
        List<Path> files;
        try (var list = Files.list(sentences)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            String lang = file.getFileName().toString().replace(".txt", "");
            if (identifier.catalog().enabled().contains(lang)) {
                continue;
            }
            Tally tally = new Tally();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    String got = identifier.detect(line).lang();
                    tally.add(got == null || "und".equals(got));
                }
            }
            result.undecidedUnsupported.put(lang, tally);
        }
    }
}
