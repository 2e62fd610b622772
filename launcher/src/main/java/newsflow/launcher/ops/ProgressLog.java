package newsflow.launcher.ops;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's progress in the log, so that a stuck service does not look like an idle one: every
 * {@code <service>.progress.interval.ms} one INFO line with each count, its rate per second over the interval,
 * and the backlog (e.g. {@code ingest progress: fetched 120 (+2.0/s), dead-lettered 3 (+0.1/s) | backlog: 40
 * pending, 0 hosts paused}); on {@link #close()} one summary line with the totals and the mean rates since the
 * start.
 */
public final class ProgressLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);
    private final String service;
    private final Supplier<Map<String, Long>> counts;
    private final Supplier<String> backlog;
    private final ScheduledExecutorService timer;
    private final long startNanos = System.nanoTime();
    private Map<String, Long> last = new LinkedHashMap<>();
    private long lastNanos = startNanos;

    /**
     * @param service  the service name, first word of each line
     * @param interval time between two lines
     * @param counts   monotonic counts by label, in display order
     * @param backlog  the backlog in words
     */
    public ProgressLog(String service, Duration interval, Supplier<Map<String, Long>> counts,
                       Supplier<String> backlog) {
        this.service = service;
        this.counts = counts;
        this.backlog = backlog;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, service + "-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::logLine, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void logLine() {
        try {
            long now = System.nanoTime();
            Map<String, Long> c = counts.get();
            LOG.info("{} progress: {} | backlog: {}", service, rates(c, last, now - lastNanos), backlog.get());
            last = c;
            lastNanos = now;
        } catch (RuntimeException e) {
            LOG.warn("{} progress line failed: {}", service, e.toString());
        }
    }

    static String rates(Map<String, Long> now, Map<String, Long> before, long nanos) {
        double secs = Math.max(1e-3, nanos / 1e9);
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Long> e : now.entrySet()) {
            long delta = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            sb.append(sb.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %d (+%.1f/s)", e.getKey(), e.getValue(), delta / secs));
        }
        return sb.toString();
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        try {
            long took = System.nanoTime() - startNanos;
            LOG.info("{} summary: up {} s: {} | backlog: {}", service, TimeUnit.NANOSECONDS.toSeconds(took),
                    rates(counts.get(), Map.of(), took), backlog.get());
        } catch (RuntimeException e) {
            LOG.warn("{} summary failed: {}", service, e.toString());
        }
    }
}
