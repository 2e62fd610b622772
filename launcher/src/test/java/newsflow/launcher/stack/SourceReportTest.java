package newsflow.launcher.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsflow.common.model.FeedStatus;
import newsflow.ingest.app.DrainSummary;
import org.junit.jupiter.api.Test;

/** The readable accounts of ingest: a drain's line, failing feeds by reason, and when every source failed. */
class SourceReportTest {
    private static final Instant T = Instant.parse("2024-03-06T12:00:00Z");

    private static FeedStatus ok(String source, String url) {
        return new FeedStatus(source, url, FeedStatus.FEED, FeedStatus.OK, T, T, null, null, null, 3, 1, null);
    }

    private static FeedStatus failing(String source, String url, String kind) {
        return new FeedStatus(source, url, FeedStatus.FEED, FeedStatus.FAILING, T, null, kind, "detail " + kind, T, 0,
                0, null);
    }

    private static String print(java.util.function.Consumer<PrintStream> p) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(b, true, StandardCharsets.UTF_8)) {
            p.accept(out);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everySourceFailedOnlyWhenEveryFeedOfEverySourceFailed() {
        assertThat(SourceReport.everySourceFailed(List.of())).as("no sources").isFalse();
        assertThat(SourceReport.everySourceFailed(List.of(failing("a", "u1", "http-404"),
                failing("b", "u2", "malformed")))).isTrue();
        assertThat(SourceReport.everySourceFailed(List.of(failing("a", "u1", "http-404"), ok("b", "u2")))).isFalse();
        assertThat(SourceReport.everySourceFailed(List.of(failing("a", "u1", "http-404"), ok("a", "u3")))).isFalse();
    }

    @Test
    void failingFeedsAreGroupedByReason() {
        String out = print(o -> SourceReport.printFailing(List.of(failing("a", "u1", "http-404"),
                failing("b", "u2", "malformed"), failing("b", "u3", "malformed"), ok("c", "u4")), o));
        assertThat(out).contains("sources: 3, feeds and sitemaps: 4, failing: 3")
                .contains("  http-404: 1").contains("  malformed: 2").contains("    b feed u3 (detail malformed)")
                .doesNotContain("u4");
    }

    @Test
    void polledSinceKeepsOnlyThisRunsPolls() {
        FeedStatus old = new FeedStatus("a", "u0", FeedStatus.FEED, FeedStatus.FAILING, T.minus(Duration.ofDays(1)),
                null, "http-404", null, null, 0, 0, null);
        assertThat(SourceReport.polledSince(List.of(old, ok("b", "u1")), T.minusSeconds(1)))
                .extracting(FeedStatus::url).containsExactly("u1");
    }

    @Test
    void aDrainIsOneReadableLine() {
        String out = print(o -> SourceReport.printDrain(new DrainSummary(12, 1, 2, 3, 4, 1, 5, Duration.ofMillis(3200)),
                o));
        assertThat(out).isEqualTo("drained in 3.2 s: 12 pages fetched, 2 dead-lettered, 3 already fetched (skipped);"
                + " 4 feeds and sitemaps read, 1 not modified, 1 failed; 5 fetches rescheduled" + System.lineSeparator());
    }
}
