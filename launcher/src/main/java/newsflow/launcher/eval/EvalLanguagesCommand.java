package newsflow.launcher.eval;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import newsflow.enrich.lang.AccuracyMode;
import newsflow.enrich.lang.EditionSplitter;
import newsflow.enrich.lang.LanguageCatalog;
import newsflow.enrich.lang.LanguageIdentifier;
import newsflow.launcher.eval.languages.LinguaDataEval;
import newsflow.launcher.eval.languages.MixedLanguageEval;
import newsflow.launcher.eval.languages.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow eval languages}: paragraph-level language separation on mixed-language (gold paragraphs as
 * blocks, then the real extractor on the pages), single-text accuracy on Lingua's test data, the ar/fa/ur
 * confusion, heap after GC with the models loaded, and blocks per second. The report goes to standard output.
 */
@Command(name = "languages", mixinStandardHelpOptions = true,
        description = "Measure language separation on mixed-language and Lingua's test data.")
public final class EvalLanguagesCommand implements Callable<Integer> {

    @Option(names = "--data", description = "Evaluation data folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/eval");

    @Option(names = "--languages", split = ",",
            description = "Enabled ISO 639-1 codes (default: the twenty of enrich.languages: ar,fa,ur,en,fr,es,de,it,pt,ru,zh,tr,nl,pl,uk,ja,ko,hi,id,he).")
    List<String> languages = LanguageCatalog.DEFAULT_LANGUAGES;

    @Option(names = "--mode", description = "Lingua accuracy mode: HIGH or LOW, any case (default: ${DEFAULT-VALUE}).")
    AccuracyMode mode = LanguageIdentifier.DEFAULT_MODE;

    @Option(names = "--sets", split = ",",
            description = "Lingua test sets to score (default: ${DEFAULT-VALUE}).")
    List<String> sets = List.of("sentences", "word-pairs");

    @Option(names = "--verbose", description = "Print every wrong paragraph and language set.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        LanguageIdentifier identifier = new LanguageIdentifier(languages, mode);
        long t0 = System.nanoTime();
        identifier.preload();
        out.printf(Locale.ROOT, "languages=%s mode=%s preload=%.1fs%n", identifier.catalog().enabled(), mode,
                (System.nanoTime() - t0) / 1e9);
        EditionSplitter splitter = new EditionSplitter(identifier);
        Path mixed = data.resolve("mixed-language");
        if (Files.isDirectory(mixed)) {
            MixedLanguageEval eval = new MixedLanguageEval(splitter);
            out.println("== mixed-language, gold paragraphs as blocks");
            print(out, eval.run(mixed, false, verbose ? out : null));
            out.println("== mixed-language, through ArticleExtractor (a gold paragraph not extracted counts wrong)");
            print(out, eval.run(mixed, true, verbose ? out : null));
            MixedLanguageEval.Result warm = eval.run(mixed, false, null);
            out.printf(Locale.ROOT, "== throughput, gold blocks again (warm JIT, one thread): %.0f blocks/s%n",
                    warm.blocks / (warm.nanos / 1e9));
        } else {
            out.println("mixed-language: not found under " + data);
        }
        Path lingua = data.resolve("lingua");
        if (Files.isDirectory(lingua)) {
            LinguaDataEval.Result r = new LinguaDataEval(identifier).run(lingua, sets);
            out.println("== lingua test data (accuracy per language)");
            for (Map.Entry<String, Map<String, Tally>> set : r.accuracy.entrySet()) {
                StringBuilder sb = new StringBuilder();
                set.getValue().forEach((lang, t) -> sb.append(String.format(Locale.ROOT, " %s=%.3f", lang,
                        t.rate())));
                out.printf(Locale.ROOT, "%s mean=%.4f:%s%n", set.getKey(), r.mean(set.getKey()), sb);
            }
            out.println("sentences ar/fa/ur confusion (gold -> predicted): " + r.arabicScriptConfusion);
            if (!r.undecidedUnsupported.isEmpty()) {
                StringBuilder sb = new StringBuilder();
                r.undecidedUnsupported.forEach((lang, t) -> sb.append(String.format(Locale.ROOT, " %s=%.2f", lang,
                        t.rate())));
                out.printf(Locale.ROOT, "sentences of languages not enabled, share undecided (und) mean=%.3f:%s%n",
                        r.undecidedUnsupported.values().stream().mapToDouble(Tally::rate).average().orElse(0), sb);
            }
            out.printf(Locale.ROOT, "single texts: %d in %.1fs = %.0f texts/s%n", r.items, r.nanos / 1e9,
                    r.items / (r.nanos / 1e9));
        } else {
            out.println("lingua: not found under " + data);
        }
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        out.printf(Locale.ROOT, "heap used after GC (models loaded): %d MiB (max %d MiB)%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        return 0;
    }

    private static void print(PrintStream out, MixedLanguageEval.Result r) {
        out.println("paragraph accuracy: " + r.paragraphs);
        out.println("blocks under " + MixedLanguageEval.SHORT_CHARS + " chars: " + r.shortParagraphs);
        out.println("exact language set: " + r.exactSet);
        out.println("monolingual pages with one edition: " + r.monoOneEdition);
        out.println("titles as their edition's title: " + r.titles);
        out.println("gold paragraphs found: " + r.found);
        r.paragraphsByKind.forEach((kind, t) -> out.printf(Locale.ROOT, "  %-18s paragraphs %s  exact set %s%n", kind, t,
                r.exactSetByKind.get(kind)));
        out.println("ar/fa/ur confusion (gold -> predicted): " + r.arabicScriptConfusion);
        out.printf(Locale.ROOT, "blocks/s: %.0f (%d blocks in %.2fs, one thread)%n", r.blocks / (r.nanos / 1e9),
                r.blocks, r.nanos / 1e9);
    }
}
