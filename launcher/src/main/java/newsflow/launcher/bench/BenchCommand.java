package newsflow.launcher.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.enrich.app.EnrichConfig;
import newsflow.enrich.app.Enrichers;
import newsflow.enrich.pipeline.Enricher;
import newsflow.launcher.batch.PageFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow bench enrich --pages DIR}: enrichment throughput (pages/s, whole enrichment: extraction,
 * languages, topics, dates) on a folder of saved pages, after a warm-up, and the heap used after a GC. Pages
 * are read into memory first, so disk and decompression are not measured.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure enrichment throughput (pages/s) and heap on a folder of saved pages.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--pages", required = true, description = "Folder of .html / .html.gz pages (any depth).")
    Path pages;

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default: ${DEFAULT-VALUE}; pages/s per core with 1).")
    int threads;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured passes over the pages after one warm-up pass (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        List<RawPage> input = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(pages)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".html.gz")).sorted().toList()) {
                String url = "https://bench.example/" + pages.relativize(p);
                input.add(new RawPage(url, url, "bench", Instant.parse("2026-01-01T00:00:00Z"), 200, "text/html",
                        null, PageFiles.read(p), SourceHints.NONE, null, null));
            }
        }
        if (input.isEmpty()) {
            System.err.println("bench: no .html or .html.gz pages under " + pages);
            return 2;
        }
        Enricher enricher = Enrichers.create(newsflow.launcher.stack.EnrichConfigs.load(null, System.getenv(), Map.of()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long failures = pass(enricher, input, pool);
            System.out.printf(Locale.ROOT, "warm-up: %d pages, %d failed%n", input.size(), failures);
            double best = 0;
            for (int r = 1; r <= rounds; r++) {
                long t0 = System.nanoTime();
                pass(enricher, input, pool);
                double rate = input.size() / ((System.nanoTime() - t0) / 1e9);
                best = Math.max(best, rate);
                System.out.printf(Locale.ROOT, "round %d: %.1f pages/s (%d threads)%n", r, rate, threads);
            }
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "best: %.1f pages/s with %d threads; heap used after GC: %d MiB%n",
                    best, threads, heap / (1024 * 1024));
        } finally {
            pool.shutdown();
        }
        return 0;
    }

    private static long pass(Enricher enricher, List<RawPage> input, ExecutorService pool) throws Exception {
        List<Future<Boolean>> fs = new ArrayList<>();
        for (RawPage p : input) {
            fs.add(pool.submit(() -> {
                try {
                    enricher.enrich(p);
                    return true;
                } catch (RuntimeException e) {
                    return false;
                }
            }));
        }
        long failed = 0;
        for (Future<Boolean> f : fs) {
            failed += f.get() ? 0 : 1;
        }
        return failed;
    }
}
