package newsflow.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.common.topic.KafkaUnreachableException;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.DisconnectException;
import org.apache.kafka.common.errors.NotCoordinatorException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/** Which Kafka failures ingest waits out, the capped backoff, the state /health shows, start-up's bounded wait. */
class BrokerWaitTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T20:00:00Z"), ZoneOffset.UTC);

    @Test
    void retriableFailuresAreWaitedOutOthersAreNot() {
        for (Throwable e : List.of(new TimeoutException("commit"), new DisconnectException("gone"),
                new NotCoordinatorException("moved"), new RebalanceInProgressException("joining"),
                new KafkaUnreachableException("cannot reach Kafka", new java.util.concurrent.TimeoutException()),
                new KafkaException("callback", new TimeoutException("endOffsets")))) {
            assertThat(BrokerWait.retriable(e)).as(e.toString()).isTrue();
        }
        for (Throwable e : List.of(new CommitFailedException(), new TopicAuthorizationException("no"),
                new AuthorizationException("no"), new RecordTooLargeException("big"), new KafkaException("bug"),
                new IllegalStateException("not subscribed"))) {
            assertThat(BrokerWait.retriable(e)).as(e.toString()).isFalse();
        }
    }

    @Test
    void theBackoffDoublesUpToItsCeiling() {
        BrokerWait w = new BrokerWait(Duration.ofMillis(200), Duration.ofMillis(1000), CLOCK);
        assertThat(List.of(1, 2, 3, 4, 10, 1000).stream().map(w::backoffAfter).map(Duration::toMillis))
                .containsExactly(200L, 400L, 800L, 1000L, 1000L, 1000L);
        BrokerWait inverted = new BrokerWait(Duration.ofMillis(500), Duration.ofMillis(100), CLOCK);
        assertThat(inverted.backoffAfter(3)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void theStateSaysWaitingFromTheFirstFailureUntilASuccess() {
        BrokerWait w = new BrokerWait(Duration.ofMillis(100), Duration.ofSeconds(1), CLOCK);
        assertThat(w.state().waiting()).isFalse();
        w.succeeded(); // nothing to end
        assertThat(w.failed("ingest loop", new TimeoutException("commit"))).isEqualTo(Duration.ofMillis(100));
        assertThat(w.failed("ingest loop", new TimeoutException("endOffsets"))).isEqualTo(Duration.ofMillis(200));
        BrokerWait.State s = w.state();
        assertThat(s.waiting()).isTrue();
        assertThat(s.what()).isEqualTo("ingest loop");
        assertThat(s.reason()).contains("endOffsets");
        assertThat(s.since()).isEqualTo(CLOCK.instant());
        assertThat(s.retries()).isEqualTo(2);
        w.succeeded();
        assertThat(w.state()).isEqualTo(new BrokerWait.State(false, null, null, null, 0));
        assertThat(w.failed("again", new TimeoutException("x"))).as("a new wait starts from the first backoff")
                .isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void startUpRetriesRetriableFailuresAndReturnsTheResult() {
        BrokerWait w = new BrokerWait(Duration.ofMillis(1), Duration.ofMillis(5), CLOCK);
        for (RuntimeException transient_ : List.<RuntimeException>of(new TimeoutException("metadata"),
                new KafkaUnreachableException("cannot reach Kafka", new java.util.concurrent.TimeoutException()), new RebalanceInProgressException("x"))) {
            AtomicInteger calls = new AtomicInteger();
            Map<String, Integer> result = w.untilUp("fetch-state read", Duration.ofMinutes(1), () -> {
                if (calls.incrementAndGet() < 4) {
                    throw transient_;
                }
                return Map.of("k", calls.get());
            });
            assertThat(result).containsEntry("k", 4);
            assertThat(w.state().waiting()).isFalse();
        }
    }

    @Test
    void startUpFailsAtOnceOnANonRetriableFailureAndAfterItsBoundOnARetriableOne() {
        BrokerWait w = new BrokerWait(Duration.ofMillis(1), Duration.ofMillis(5), CLOCK);
        for (RuntimeException fatal : List.<RuntimeException>of(new TopicAuthorizationException("no"),
                new ConfigException("bad"), new IllegalStateException("topic missing"))) {
            AtomicInteger calls = new AtomicInteger();
            assertThatThrownBy(() -> w.untilUp("start", Duration.ofMinutes(1), () -> {
                calls.incrementAndGet();
                throw fatal;
            })).isSameAs(fatal);
            assertThat(calls).hasValue(1);
        }
        AtomicInteger calls = new AtomicInteger();
        TimeoutException down = new TimeoutException("broker down");
        assertThatThrownBy(() -> w.untilUp("start", Duration.ofMillis(30), () -> {
            calls.incrementAndGet();
            throw down;
        })).isSameAs(down);
        assertThat(calls.get()).isGreaterThan(1);
        assertThat(w.state().waiting()).as("still waiting when start-up gives up").isTrue();
    }
}
