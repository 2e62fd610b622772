package newsflow.launcher.stack;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Prints a progress line every few seconds while the pipeline works: counts and rates per second of fetched
 * pages, enriched editions, stored rows and dead letters.
 */
public final class ProgressReporter implements AutoCloseable {
    private final PipelineStack stack;
    private final PrintStream out;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress");
        t.setDaemon(true);
        return t;
    });
    private PipelineStack.Progress last;
    private long lastNanos;

    /**
     * @param stack        the running pipeline
     * @param out          where to print
     * @param everySeconds interval between lines
     */
    public ProgressReporter(PipelineStack stack, PrintStream out, int everySeconds) {
        this.stack = stack;
        this.out = out;
        this.last = new PipelineStack.Progress(0, 0, 0, 0);
        this.lastNanos = System.nanoTime();
        timer.scheduleAtFixedRate(this::print, everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    /** Prints one line now. */
    public synchronized void print() {
        PipelineStack.Progress p = stack.progress();
        long now = System.nanoTime();
        double secs = Math.max(1e-3, (now - lastNanos) / 1e9);
        out.printf(Locale.ROOT, "fetched %d (%.1f/s) · enriched %d editions (%.1f/s) · stored %d (%.1f/s) · dead-lettered %d%n",
                p.fetched(), (p.fetched() - last.fetched()) / secs, p.editions(), (p.editions() - last.editions()) / secs,
                p.stored(), (p.stored() - last.stored()) / secs, Math.max(0, p.deadLetters()));
        last = p;
        lastNanos = now;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
