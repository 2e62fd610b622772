package newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsflow.common.model.SourceHints;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, the scheduler's part: a slow URL's retry goes behind the host's other pending URLs, whatever their due
 * times; a rebalance drops the moved hosts' queued tasks (not the others', not the one in flight); a host taken
 * over waits a politeness delay; finished tasks are reported (offsets), tasks put back are not.
 */
class HostHandOverTest {
    private static final Instant NOON = Instant.parse("2024-03-06T12:00:00Z");

    private static FetchTask task(String url, Instant due) {
        return new FetchTask(FetchTask.Kind.PAGE, url, url, "s", SourceHints.NONE, null, null, 0, due, null);
    }

    @Test
    void aRetryOfASlowUrlIsServedAfterEveryOtherPendingUrlOfItsHost() {
        HostScheduler s = new HostScheduler();
        s.add("news.example", task("https://news.example/slow", NOON));
        // pending URLs due now, later than the retry's due time, and much later
        s.add("news.example", task("https://news.example/a", NOON));
        s.add("news.example", task("https://news.example/b", NOON.plusSeconds(5)));
        s.add("news.example", task("https://news.example/c", NOON.plusSeconds(60)));
        FetchTask slow = s.next(NOON).orElseThrow().getValue();
        assertThat(slow.url()).endsWith("/slow");
        s.requeueBehind("news.example", slow.retry(NOON.plusSeconds(1), "timeout"), NOON);

        List<String> order = new ArrayList<>();
        Instant t = NOON;
        for (int i = 0; i < 4; i++) {
            Instant now = t.plusSeconds(120);
            var next = s.next(now).orElseThrow();
            order.add(next.getValue().url());
            s.done(next.getKey(), next.getValue(), now, Duration.ZERO);
            t = now;
        }
        assertThat(order).containsExactly("https://news.example/a", "https://news.example/b",
                "https://news.example/c", "https://news.example/slow");
    }

    @Test
    void droppingMovedHostsKeepsTheOthersAndTheTaskInFlight() {
        List<String> finished = new ArrayList<>();
        HostScheduler s = new HostScheduler(t -> finished.add(t.url()));
        s.add("moved.example", task("https://moved.example/1", NOON));
        s.add("moved.example", task("https://moved.example/2", NOON));
        s.add("kept.example", task("https://kept.example/1", NOON));
        var inFlight = s.next(NOON).orElseThrow();
        assertThat(inFlight.getKey()).isEqualTo("moved.example");

        List<FetchTask> dropped = s.drop("moved.example"::equals);
        assertThat(dropped).extracting(FetchTask::url).containsExactly("https://moved.example/2");
        assertThat(s.busy("moved.example"::equals)).isTrue();
        assertThat(s.contains(FetchTask.Kind.PAGE, "https://moved.example/2")).isFalse();
        assertThat(s.contains(FetchTask.Kind.PAGE, "https://kept.example/1")).isTrue();

        s.requeue(inFlight.getKey(), inFlight.getValue(), NOON); // put back: not finished
        assertThat(finished).isEmpty();
        assertThat(s.drop("moved.example"::equals)).hasSize(1);
        var kept = s.next(NOON).orElseThrow();
        s.done(kept.getKey(), kept.getValue(), NOON, Duration.ZERO);
        assertThat(finished).containsExactly("https://kept.example/1");
        assertThat(s.isEmpty()).isTrue();
    }

    @Test
    void aHostTakenOverWaitsAPolitenessDelayKnownOrNot() {
        HostScheduler s = new HostScheduler();
        s.add("known.example", task("https://known.example/1", NOON));
        s.holdAll(NOON.plusMillis(300));
        s.add("new.example", task("https://new.example/1", NOON));
        assertThat(s.next(NOON.plusMillis(299))).isEmpty();
        assertThat(s.hostAvailableAt("new.example")).isEqualTo(NOON.plusMillis(300));
        assertThat(s.next(NOON.plusMillis(300))).isPresent();
    }
}
