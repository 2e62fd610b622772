package newsflow.launcher.stack;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import newsflow.common.model.FeedStatus;
import newsflow.ingest.app.DrainSummary;

/**
 * Readable accounts of ingest for the command line: a drain's counts ({@code ingest --once}) and the feeds and
 * sitemaps that failed, grouped by reason ({@code run}, {@code demo}).
 */
public final class SourceReport {
    private SourceReport() {
    }

    /**
     * @param s   what one drain did
     * @param out where to print (one line)
     */
    public static void printDrain(DrainSummary s, PrintStream out) {
        out.printf(Locale.ROOT, "drained in %.1f s: %d pages fetched, %d dead-lettered, %d already fetched (skipped);"
                        + " %d feeds and sitemaps read, %d not modified, %d failed; %d fetches rescheduled%n",
                s.took().toMillis() / 1000.0, s.fetched(), s.deadLettered(), s.skippedAlreadyFetched(),
                s.feedsPolled(), s.notModified(), s.feedErrors(), s.retriesScheduled());
    }

    /**
     * @param statuses the statuses of feeds and sitemaps (some perhaps read back from an earlier run)
     * @param since    the start of this run
     * @return those polled from {@code since} on
     */
    public static List<FeedStatus> polledSince(List<FeedStatus> statuses, Instant since) {
        return statuses.stream().filter(s -> s.lastPollAt() != null && !s.lastPollAt().isBefore(since)).toList();
    }

    /**
     * Prints the failing feeds and sitemaps grouped by reason ({@code http-404: 2}, then one line each).
     *
     * @param statuses the feeds and sitemaps polled in this run
     * @param out      where to print
     */
    public static void printFailing(List<FeedStatus> statuses, PrintStream out) {
        List<FeedStatus> failing = statuses.stream().filter(FeedStatus::failing).toList();
        long sources = statuses.stream().map(FeedStatus::source).distinct().count();
        out.printf(Locale.ROOT, "sources: %d, feeds and sitemaps: %d, failing: %d%n", sources, statuses.size(),
                failing.size());
        Map<String, List<FeedStatus>> byReason = failing.stream().collect(Collectors.groupingBy(
                s -> String.valueOf(s.lastErrorKind()), TreeMap::new, Collectors.toList()));
        byReason.forEach((reason, list) -> {
            out.printf(Locale.ROOT, "  %s: %d%n", reason, list.size());
            for (FeedStatus s : list) {
                out.printf(Locale.ROOT, "    %s %s %s (%s)%n", s.source(), s.kind(), s.url(), s.lastErrorMessage());
            }
        });
    }

    /**
     * @param statuses the feeds and sitemaps polled in this run
     * @return true when there was at least one source and every feed and sitemap of every source failed
     */
    public static boolean everySourceFailed(List<FeedStatus> statuses) {
        return !statuses.isEmpty() && statuses.stream().allMatch(FeedStatus::failing);
    }
}
