package newsflow.launcher.eval.extraction;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import newsflow.common.model.SourceHints;
import newsflow.enrich.extract.ArticleExtractor;
import newsflow.enrich.extract.Block;
import newsflow.enrich.extract.Extraction;
import newsflow.enrich.extract.PageInput;

/**
 * Runs the extractor over evaluation pages and keeps the time spent inside {@link ArticleExtractor#extract}
 * (reading and decompressing files excluded): wall-clock time and the thread's CPU time, for pages per second
 * and pages per CPU-second. Not thread-safe.
 */
public final class ExtractionRun {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long nanos;
    private long cpuNanos;
    private int pages;

    /**
     * @param file      page file (.html or .html.gz)
     * @param url       page URL, or null
     * @param fetchedAt fetch time, or null
     * @return the extraction
     * @throws IOException when the file cannot be read
     */
    public Extraction extract(Path file, String url, Instant fetchedAt) throws IOException {
        String html = HtmlFiles.read(file);
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Extraction e = extractor.extract(new PageInput(url, html, fetchedAt, SourceHints.NONE));
        nanos += System.nanoTime() - t0;
        cpuNanos += THREADS.getCurrentThreadCpuTime() - c0;
        pages++;
        return e;
    }

    /** @return pages extracted so far */
    public int pages() {
        return pages;
    }

    /**
     * @return pages per CPU-second of the extracting thread (one core's throughput, independent of other load on
     *     the machine), or 0
     */
    public double pagesPerCpuSecond() {
        return cpuNanos <= 0 ? 0 : pages / (cpuNanos / 1e9);
    }

    /** @return pages per second of extraction time, or 0 */
    public double pagesPerSecond() {
        return nanos == 0 ? 0 : pages / (nanos / 1e9);
    }

    /**
     * @param e an extraction
     * @return its body: blocks joined by a blank line
     */
    public static String body(Extraction e) {
        StringBuilder sb = new StringBuilder();
        for (Block b : e.blocks()) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(b.text());
        }
        return sb.toString();
    }
}
