package newsflow.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import newsflow.ingest.MutableClock;
import newsflow.ingest.fetch.FetchTask;
import newsflow.ingest.fetch.HostScheduler;
import newsflow.ingest.fetch.RetryPolicy;
import newsflow.ingest.state.FetchState;
import newsflow.ingest.state.FetchStateStore;
import org.junit.jupiter.api.Test;

/** Retry counts and host pauses written to the fetch state and taken back by a new scheduler (issue 12 item 7). */
class RetriesTest {
    private static final String URL = "https://news.example/a/1";
    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-06T12:00:00Z"));
    private final Map<String, FetchState> topic = new HashMap<>();
    private final FetchStateStore store = new FetchStateStore(topic, topic::put);
    private final HostScheduler scheduler = new HostScheduler();
    private final Retries retries = new Retries(scheduler, new RetryPolicy(Duration.ofSeconds(30),
            Duration.ofHours(1), 4), Duration.ofHours(1), store, new IngestCounters(new SimpleMeterRegistry()), clock);

    private FetchTask fresh() {
        return new FetchTask(FetchTask.Kind.PAGE, URL, URL, "s", null, null, null, 0, clock.instant(), null);
    }

    @Test
    void aRetryIsRecordedAndANewOwnerContinuesItsCount() {
        assertThat(retries.later("news.example", fresh().retry(clock.instant(), "http-503"), "http-503", null, false,
                null, Duration.ofSeconds(1), 503)).isTrue();
        FetchState s = topic.get(URL);
        assertThat(s.outcome()).isEqualTo(FetchState.RETRYING);
        assertThat(s.attempts()).isEqualTo(2);
        assertThat(s.reason()).isEqualTo("http-503");
        assertThat(s.nextAt()).isEqualTo(clock.instant().plusSeconds(60));

        FetchTask resumed = Retries.resume(Optional.of(s), fresh());
        assertThat(resumed.attempts()).isEqualTo(2);
        assertThat(resumed.dueAt()).isEqualTo(s.nextAt());
        assertThat(resumed.lastFailure()).isEqualTo("http-503");
        // the last attempt allowed: no retry, the caller dead-letters
        assertThat(retries.later("news.example", resumed.retry(clock.instant(), "http-503"), "http-503", null,
                false, null, Duration.ofSeconds(1), 503)).isFalse();
    }

    @Test
    void finalOrNoStatesResumeNothing() {
        assertThat(Retries.resume(Optional.empty(), fresh()).attempts()).isZero();
        FetchState requeued = new FetchState(URL, FetchState.PAGE, FetchState.REQUEUED, 0, clock.instant(), 0);
        assertThat(Retries.resume(Optional.of(requeued), fresh()).attempts()).isZero();
        // a retry whose time has passed is due now, not in the past
        FetchState past = new FetchState(URL, FetchState.PAGE, FetchState.RETRYING, 500, clock.instant(), 1, null,
                null, clock.instant().minusSeconds(600), null, "http-500");
        assertThat(Retries.resume(Optional.of(past), fresh()).dueAt()).isEqualTo(clock.instant());
    }

    @Test
    void aHostPauseIsRestoredOnlyForTakenHostsAndOnlyWhileItLasts() {
        retries.later("news.example", fresh(), "http-429", "120", true, null, Duration.ofSeconds(1), 429);
        retries.later("other.example", new FetchTask(FetchTask.Kind.PAGE, "https://other.example/x",
                "https://other.example/x", "s", null, null, null, 0, clock.instant(), null), "http-503", "30", true,
                null, Duration.ofSeconds(1), 503);
        assertThat(topic.get(FetchState.hostKey("news.example")).nextAt()).isEqualTo(clock.instant().plusSeconds(120));

        HostScheduler newOwner = new HostScheduler();
        clock.advance(Duration.ofSeconds(60));
        assertThat(Retries.restorePauses(store, newOwner, h -> !h.equals("other.example"), clock.instant())).isOne();
        assertThat(newOwner.hostAvailableAt("news.example")).isEqualTo(clock.instant().plusSeconds(60));
        assertThat(newOwner.pausedHosts(clock.instant())).isOne();
        assertThat(newOwner.hostAvailableAt("other.example")).isEqualTo(Instant.EPOCH);
        clock.advance(Duration.ofSeconds(61));
        assertThat(Retries.restorePauses(store, new HostScheduler(), h -> true, clock.instant())).isZero();
    }
}
