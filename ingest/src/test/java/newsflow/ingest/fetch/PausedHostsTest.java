package newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import newsflow.common.model.SourceHints;
import org.junit.jupiter.api.Test;

/** The gauge newsflow_ingest_host_paused: hosts waiting on a Retry-After or robots.txt, not on politeness. */
class PausedHostsTest {
    private static final Instant NOON = Instant.parse("2024-03-06T12:00:00Z");

    private static FetchTask task(String url) {
        return new FetchTask(FetchTask.Kind.PAGE, url, url, "s", SourceHints.NONE, null, null, 0, NOON, null);
    }

    private static HostScheduler handedOut(String... hosts) {
        HostScheduler s = new HostScheduler();
        for (String h : hosts) {
            s.add(h, task("https://" + h + "/a"));
        }
        for (int i = 0; i < hosts.length; i++) {
            assertThat(s.next(NOON)).isPresent();
        }
        return s;
    }

    @Test
    void aPauseCountsUntilItEndsAndOnlyOnce() {
        HostScheduler s = handedOut("a.example");
        s.requeue("a.example", task("https://a.example/a").retry(NOON.plusSeconds(120), "http-429"),
                NOON.plusSeconds(120), true);
        assertThat(s.pausedHosts(NOON)).isEqualTo(1);
        assertThat(s.pausedHosts(NOON.plusSeconds(119))).isEqualTo(1);
        assertThat(s.pausedHosts(NOON.plusSeconds(120))).isZero();
    }

    @Test
    void aPolitenessWaitOrAPlainRequeueIsNotAPause() {
        HostScheduler s = handedOut("a.example", "b.example");
        s.requeue("a.example", task("https://a.example/a").retry(NOON.plusSeconds(60), "network-error"),
                NOON.plusSeconds(1), false);
        s.requeue("b.example", task("https://b.example/a").retry(NOON.plusSeconds(60), "timeout"),
                NOON.plusSeconds(1));
        assertThat(s.pausedHosts(NOON)).isZero();
    }

    @Test
    void pausesOfSeveralHostsAreCountedPerHost() {
        HostScheduler s = handedOut("a.example", "b.example", "c.example");
        s.requeue("a.example", task("https://a.example/a"), NOON.plus(Duration.ofMinutes(5)), true);
        s.requeue("b.example", task("https://b.example/a"), NOON.plus(Duration.ofMinutes(1)), true);
        s.done("c.example", task("https://c.example/a"), NOON, Duration.ofMinutes(10));
        assertThat(s.pausedHosts(NOON)).isEqualTo(2);
        assertThat(s.pausedHosts(NOON.plus(Duration.ofMinutes(2)))).isEqualTo(1);
    }
}
