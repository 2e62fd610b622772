package newsflow.sink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import newsflow.sink.jdbc.RetryPolicy;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;

/** Which Kafka failures the sink retries, and when it retries, on a controlled clock. */
class BrokerWaitTest {
    private static final RetryPolicy BACKOFF = RetryPolicy.of(1, Duration.ofSeconds(1), Duration.ofSeconds(4));
    private final AtomicLong nanos = new AtomicLong();
    private final SinkHealth health = new SinkHealth();
    private final BrokerWait wait = new BrokerWait(BACKOFF, health, nanos::get);

    @Test
    void retriableFailuresOfEveryKindAreRetriedOthersAreNot() {
        assertThat(BrokerWait.retriable(new TimeoutException("commit timed out"))).isTrue();
        assertThat(BrokerWait.retriable(new NotLeaderOrFollowerException("leader moved"))).isTrue();
        assertThat(BrokerWait.retriable(new UnknownTopicOrPartitionException("metadata not yet"))).isTrue();
        assertThat(BrokerWait.retriable(new KafkaException("wrapped", new TimeoutException("inner")))).isTrue();
        assertThat(BrokerWait.retriable(new RecordTooLargeException("too large"))).isFalse();
        assertThat(BrokerWait.retriable(new CommitFailedException())).isFalse();
        assertThat(BrokerWait.retriable(new RebalanceInProgressException())).isFalse();
    }

    @Test
    void retriesWithCappedBackoffAndReportsTheFirstFailureInstantUntilACallSucceeds() {
        assertThat(wait.due()).isTrue();
        assertThat(health.snapshot().broker().state()).isEqualTo(SinkHealth.BrokerState.UP);

        wait.failed("offset commit", new TimeoutException("t1"));
        SinkHealth.Broker first = health.snapshot().broker();
        assertThat(first.state()).isEqualTo(SinkHealth.BrokerState.WAITING);
        assertThat(first.reason()).contains("offset commit").contains("t1");
        assertThat(health.snapshot().healthy()).isFalse();
        assertThat(wait.due()).isFalse();
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(wait.due()).isTrue();

        long[] backoffMs = {2_000, 4_000, 4_000, 4_000, 4_000}; // doubling, then capped at 4 s
        for (int i = 0; i < backoffMs.length; i++) {
            wait.failed("dead-letter produce", new TimeoutException("t" + (i + 2)));
            nanos.addAndGet(Duration.ofMillis(backoffMs[i] - 1).toNanos());
            assertThat(wait.due()).as("failure %d", i + 2).isFalse();
            nanos.addAndGet(Duration.ofMillis(1).toNanos());
            assertThat(wait.due()).isTrue();
        }
        assertThat(health.snapshot().broker().since()).as("since the first failure").isEqualTo(first.since());
        assertThat(health.snapshot().broker().reason()).contains("dead-letter produce").contains("t6");

        wait.succeeded();
        assertThat(wait.waiting()).isFalse();
        assertThat(health.snapshot().broker().state()).isEqualTo(SinkHealth.BrokerState.UP);
        assertThat(health.snapshot().broker().reason()).isNull();
        assertThat(health.snapshot().healthy()).isTrue();
        assertThat(wait.due()).isTrue();
    }
}
