package newsflow.launcher.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import newsflow.launcher.eval.extraction.ExtractionEvaluation;
import newsflow.launcher.eval.extraction.Metric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow eval extraction}: article extraction and publication dates on ../shared/eval — AEB body
 * F1/P/R (the benchmark's shingle metric), htmldate day accuracy, fundus title/authors/body/timestamp agreement,
 * Readability test-page title/byline/date agreement, arabic-pages F1 and day accuracy, and pages per second
 * of extraction time. Prints a table to standard output; exit code 0, or 2 when the data directory is missing.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score article extraction and publication dates on the evaluation data.")
public final class EvalExtractionCommand implements Callable<Integer> {

    @Option(names = "--data", description = "Evaluation data directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared/eval")
    Path data;

    @Option(names = "--sets", split = ",",
            description = "Sets to run: aeb, arabic-pages, htmldate, fundus, readability (default: all).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--worst", description = "Print the N lowest-F1 documents of the body sets.", defaultValue = "0")
    int worst;

    @Option(names = "--passes", defaultValue = "1",
            description = "Passes over each set; the table shows the last (2+ gives warm-JVM throughput).")
    int passes;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            System.err.println("eval extraction: no data directory " + data.toAbsolutePath());
            return 2;
        }
        Set<String> chosen = new LinkedHashSet<>(sets.isEmpty() ? ExtractionEvaluation.ALL_SETS : sets);
        PrintStream out = System.out;
        List<Metric> metrics = ExtractionEvaluation.run(data, chosen, worst, Math.max(1, passes), out);
        out.println();
        out.printf(Locale.ROOT, "%-13s %-40s %8s %6s  %s%n", "set", "metric", "value", "n", "note");
        out.println("-".repeat(100));
        for (Metric m : metrics) {
            boolean rate = m.name().contains("pages/s") || m.name().contains("(MB)");
            String value = rate ? String.format(Locale.ROOT, "%8.1f", m.value())
                    : String.format(Locale.ROOT, "%8.4f", m.value());
            out.printf(Locale.ROOT, "%-13s %-40s %s %6d  %s%n", m.set(), m.name(), value, m.n(), m.note());
        }
        return 0;
    }
}
