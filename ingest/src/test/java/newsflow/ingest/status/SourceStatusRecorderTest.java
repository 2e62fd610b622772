package newsflow.ingest.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsflow.common.model.FeedStatus;
import newsflow.ingest.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The status kept per feed and sitemap: what each poll records, what it counts, what survives a restart. */
class SourceStatusRecorderTest {
    private static final Instant NOON = Instant.parse("2024-03-06T12:00:00Z");
    private static final String FEED = "https://news.example/rss.xml";
    private final MutableClock clock = new MutableClock(NOON);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<FeedStatus> written = new ArrayList<>();

    private SourceStatusRecorder recorder(Map<String, FeedStatus> initial) {
        return new SourceStatusRecorder(initial, (k, v) -> written.add(v), registry,
                s -> NOON.plus(Duration.ofMinutes(10)), clock);
    }

    private double polls(String source, String outcome) {
        var c = registry.find(SourceStatusRecorder.POLLS).tag("source", source).tag("outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http-404", "malformed", "retries-exhausted", "robots-disallowed"})
    void aFailureIsRecordedWithItsKindAndCountedThenRecovers(String kind) {
        SourceStatusRecorder r = recorder(Map.of());
        r.failed("news", FeedStatus.FEED, FEED, kind, "detail of " + kind);
        FeedStatus s = r.all().get(0);
        assertThat(s.failing()).isTrue();
        assertThat(s.lastErrorKind()).isEqualTo(kind);
        assertThat(s.lastErrorMessage()).isEqualTo("detail of " + kind);
        assertThat(s.lastSuccessAt()).isNull();
        assertThat(s.nextPollAt()).isEqualTo(NOON.plus(Duration.ofMinutes(10)));
        assertThat(polls("news", SourceStatusRecorder.FAILED)).isEqualTo(1.0);

        clock.advance(Duration.ofMinutes(10));
        r.succeeded("news", FeedStatus.FEED, FEED, 12, 3);
        FeedStatus after = r.all().get(0);
        assertThat(after.state()).isEqualTo(FeedStatus.OK);
        assertThat(after.lastSuccessAt()).isEqualTo(NOON.plus(Duration.ofMinutes(10)));
        assertThat(after.lastErrorKind()).as("the last error is kept after recovery").isEqualTo(kind);
        assertThat(after.itemsSeen()).isEqualTo(12);
        assertThat(after.itemsNew()).isEqualTo(3);
        assertThat(polls("news", SourceStatusRecorder.OK)).isEqualTo(1.0);
        assertThat(written).hasSize(2);
    }

    @Test
    void eachPollIsWrittenAndCountedPerSourceAndOutcome() {
        SourceStatusRecorder r = recorder(Map.of());
        r.succeeded("a", FeedStatus.FEED, FEED, 5, 5);
        r.notModified("a", FeedStatus.FEED, FEED);
        r.succeeded("b", FeedStatus.SITEMAP, "https://b.example/sitemap.xml", 7, 0);
        r.failed("b", FeedStatus.SITEMAP, "https://b.example/sitemap.xml", "http-500", "HTTP 500");
        r.failed("b", FeedStatus.SITEMAP, "https://b.example/sitemap.xml", "http-500", "HTTP 500");
        assertThat(polls("a", SourceStatusRecorder.OK)).isEqualTo(1.0);
        assertThat(polls("a", SourceStatusRecorder.NOT_MODIFIED)).isEqualTo(1.0);
        assertThat(polls("b", SourceStatusRecorder.FAILED)).isEqualTo(2.0);
        assertThat(written).hasSize(5);
        assertThat(r.all()).extracting(FeedStatus::source).containsExactly("a", "b");
        FeedStatus a = r.all().get(0);
        assertThat(a.itemsSeen()).as("a 304 still lists what the last full read listed").isEqualTo(5);
        assertThat(a.itemsNew()).as("nothing is new after a 304").isZero();
        FeedStatus b = r.all().get(1);
        assertThat(b.failing()).isTrue();
        assertThat(b.lastSuccessAt()).as("the last success stays while failing").isEqualTo(NOON);
        assertThat(b.itemsSeen()).isEqualTo(7);
    }

    @Test
    void aRestartKeepsTheLastSuccessAndTheFailingState() {
        Instant earlier = NOON.minus(Duration.ofHours(3));
        FeedStatus known = new FeedStatus("news", FEED, FeedStatus.FEED, FeedStatus.FAILING, earlier,
                earlier.minus(Duration.ofHours(1)), "http-404", "HTTP 404", earlier, 4, 1, null);
        SourceStatusRecorder r = recorder(Map.of(FEED, known));
        assertThat(r.all()).containsExactly(known);
        r.failed("news", FeedStatus.FEED, FEED, "http-404", "HTTP 404");
        assertThat(r.all().get(0).lastSuccessAt()).isEqualTo(earlier.minus(Duration.ofHours(1)));
        assertThat(r.all().get(0).lastPollAt()).isEqualTo(NOON);
    }

    @Test
    void aWriterFailureNeverStopsThePoll() {
        SourceStatusRecorder r = new SourceStatusRecorder(Map.of(), (k, v) -> {
            throw new IllegalStateException("broker gone");
        }, registry, s -> null, clock);
        r.succeeded("a", FeedStatus.FEED, FEED, 1, 1);
        assertThat(r.all()).hasSize(1);
        assertThat(polls("a", SourceStatusRecorder.OK)).isEqualTo(1.0);
    }
}
