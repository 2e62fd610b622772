package newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import newsflow.common.model.SourceHints;
import org.junit.jupiter.api.Test;

/** Case C30: 429 with Retry-After in seconds, as an HTTP-date, and absent; per host; never dropped. */
class RetrySchedulingTest {
    private static final Instant NOON = Instant.parse("2024-03-06T12:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 6);

    private static FetchTask task(String url) {
        return new FetchTask(FetchTask.Kind.PAGE, url, url, "s", SourceHints.NONE, null, null, 0, NOON, null);
    }

    @Test
    void retryAfterSecondsAndHttpDateWithCeiling() {
        assertThat(policy.retryAt(1, "120", NOON)).isEqualTo(Instant.parse("2024-03-06T12:02:00Z"));
        // 14:00 is two hours away: the ceiling reschedules to 13:00
        assertThat(policy.retryAt(1, "Wed, 06 Mar 2024 14:00:00 GMT", NOON))
                .isEqualTo(Instant.parse("2024-03-06T13:00:00Z"));
        assertThat(RetryPolicy.retryAfterDelay("Wed, 06 Mar 2024 14:00:00 GMT", NOON)).isEqualTo(Duration.ofHours(2));
        assertThat(RetryPolicy.retryAfterDelay("Wed, 06 Mar 2024 11:00:00 GMT", NOON)).isEqualTo(Duration.ZERO);
    }

    @Test
    void noHeaderMeansExponentialBackoff() {
        assertThat(policy.retryAt(1, null, NOON)).isEqualTo(NOON.plusSeconds(30));
        assertThat(policy.retryAt(2, null, NOON)).isEqualTo(NOON.plusSeconds(60));
        assertThat(policy.retryAt(3, "not a date", NOON)).isEqualTo(NOON.plusSeconds(120));
        assertThat(policy.retryAt(12, null, NOON)).isEqualTo(NOON.plus(Duration.ofHours(1)));
        assertThat(policy.mayRetry(5, 503)).isTrue();
        assertThat(policy.mayRetry(6, 503)).isFalse();
        assertThat(policy.mayRetry(6, 0)).isFalse();
    }

    @Test
    void tooManyRequestsIsNeverGivenUp() {
        assertThat(policy.mayRetry(6, 429)).isTrue();
        assertThat(policy.mayRetry(1000, 429)).isTrue();
    }

    @Test
    void c30HostIsPausedUrlRequeuedWithAttemptsAndOtherHostsUnaffected() {
        HostScheduler s = new HostScheduler();
        s.add("news.example", task("https://news.example/a/1"));
        s.add("news.example", task("https://news.example/a/2"));
        s.add("other.example", task("https://other.example/x"));

        Map.Entry<String, FetchTask> first = s.next(NOON).orElseThrow();
        assertThat(first.getValue().url()).isEqualTo("https://news.example/a/1");
        // 429, Retry-After: 120 -> host paused until 12:02, URL requeued with one attempt counted
        Instant at = policy.retryAt(1, "120", NOON);
        s.requeue("news.example", first.getValue().retry(at, "http-429"), at);
        assertThat(s.hostAvailableAt("news.example")).isEqualTo(Instant.parse("2024-03-06T12:02:00Z"));

        // the other host is served at once; news.example is not
        Map.Entry<String, FetchTask> other = s.next(NOON).orElseThrow();
        assertThat(other.getKey()).isEqualTo("other.example");
        s.done("other.example", other.getValue(), NOON, Duration.ofSeconds(1));
        assertThat(s.next(NOON.plusSeconds(60))).isEmpty();
        assertThat(s.nextWakeUp(NOON.plusSeconds(60))).contains(Instant.parse("2024-03-06T12:02:00Z"));

        // at 12:02 the host is back; a/2 is due first (a/1 was rescheduled to 12:02 as well, order by due time)
        Map.Entry<String, FetchTask> again = s.next(Instant.parse("2024-03-06T12:02:00Z")).orElseThrow();
        assertThat(again.getValue().url()).isEqualTo("https://news.example/a/2");
        // 429 with an HTTP-date two hours away: the ceiling reschedules it to 13:00
        Instant now2 = Instant.parse("2024-03-06T12:02:00Z");
        Instant at2 = policy.retryAt(1, "Wed, 06 Mar 2024 14:00:00 GMT", NOON);
        s.requeue("news.example", again.getValue().retry(at2, "http-429"), at2);
        assertThat(s.hostAvailableAt("news.example")).isEqualTo(Instant.parse("2024-03-06T13:00:00Z"));
        assertThat(s.next(now2.plusSeconds(1800))).isEmpty();

        Map.Entry<String, FetchTask> a1 = s.next(Instant.parse("2024-03-06T13:00:00Z")).orElseThrow();
        assertThat(a1.getValue().url()).isEqualTo("https://news.example/a/1");
        assertThat(a1.getValue().attempts()).isEqualTo(1);
        assertThat(a1.getValue().lastFailure()).isEqualTo("http-429");
        assertThat(s.size()).isEqualTo(2);
    }

    @Test
    void politenessDelayAndOneRequestPerHostInFlight() {
        HostScheduler s = new HostScheduler();
        s.add("h", task("https://h/1"));
        s.add("h", task("https://h/2"));
        Map.Entry<String, FetchTask> t1 = s.next(NOON).orElseThrow();
        assertThat(s.next(NOON)).as("host busy").isEmpty();
        s.done("h", t1.getValue(), NOON, Duration.ofSeconds(2));
        assertThat(s.next(NOON.plusSeconds(1))).as("politeness delay").isEmpty();
        assertThat(s.next(NOON.plusSeconds(2))).isPresent();
    }

    @Test
    void aKeyIsQueuedOnlyOnce() {
        HostScheduler s = new HostScheduler();
        assertThat(s.add("h", task("https://h/1"))).isTrue();
        assertThat(s.add("h", task("https://h/1"))).isFalse();
        Map.Entry<String, FetchTask> t = s.next(NOON).orElseThrow();
        assertThat(s.add("h", task("https://h/1"))).as("in flight").isFalse();
        s.done("h", t.getValue(), NOON, Duration.ZERO);
        assertThat(s.isEmpty()).isTrue();
    }
}
