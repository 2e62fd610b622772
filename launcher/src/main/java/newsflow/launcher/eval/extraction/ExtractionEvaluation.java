package newsflow.launcher.eval.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the extraction evaluation sets in a fixed order and adds throughput per set: pages per second of
 * extraction wall time and per CPU-second of the extracting thread (one thread, file reading excluded; cold
 * unless more than one pass is asked for), and the heap in use afterwards.
 */
public final class ExtractionEvaluation {

    /** Every set, in run order. */
    public static final List<String> ALL_SETS = List.of("aeb", "arabic-pages", "htmldate", "fundus", "readability");

    private ExtractionEvaluation() {
    }

    /**
     * @param data  evaluation directory
     * @param sets  the sets to run
     * @param worst  lowest-F1 documents to print per body set
     * @param passes passes over each set (at least 1); the table reports the last, so passes above 1 give warm
     *               (JIT-compiled) throughput
     * @param log    progress and per-document output
     * @return the metrics in table order
     * @throws IOException on unreadable data
     */
    public static List<Metric> run(Path data, Set<String> sets, int worst, int passes, PrintStream log)
            throws IOException {
        List<Metric> out = new ArrayList<>();
        for (String set : sets) {
            for (int pass = 1; pass < passes; pass++) {
                runSet(data, set, 0, new PrintStream(PrintStream.nullOutputStream()));
            }
            out.addAll(runSet(data, set, worst, log));
        }
        Runtime rt = Runtime.getRuntime();
        out.add(new Metric("process", "heap used (MB)", (rt.totalMemory() - rt.freeMemory()) / 1048576.0, 0, ""));
        return out;
    }

    private static List<Metric> runSet(Path data, String set, int worst, PrintStream log) throws IOException {
        List<Metric> out = new ArrayList<>();
        ExtractionRun run = new ExtractionRun();
        long t0 = System.nanoTime();
        switch (set) {
            case "aeb", "arabic-pages" -> out.addAll(BodyBenchmarks.evaluate(data, set, run, worst, log));
            case "htmldate" -> out.addAll(HtmldateBenchmark.evaluate(data, run));
            case "fundus" -> out.addAll(FundusBenchmark.evaluate(data, run));
            case "readability" -> out.addAll(ReadabilityBenchmark.evaluate(data, run));
            default -> log.println("unknown set " + set);
        }
        if (run.pages() > 0) {
            out.add(new Metric(set, "pages/s (extraction, 1 thread, wall)", run.pagesPerSecond(), run.pages(),
                    set.equals("aeb") ? "aim ≥ 100; trafilatura 25–35" : ""));
            out.add(new Metric(set, "pages/s per core (thread CPU time)", run.pagesPerCpuSecond(), run.pages(),
                    ""));
        }
        log.printf(Locale.ROOT, "%s: %d pages in %.1f s%n", set, run.pages(), (System.nanoTime() - t0) / 1e9);
        return out;
    }
}
