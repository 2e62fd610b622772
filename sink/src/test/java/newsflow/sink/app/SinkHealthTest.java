package newsflow.sink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The health a /health endpoint reads: states, reason, since-when, partitions, held records. */
class SinkHealthTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final SinkHealth health = new SinkHealth(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void startsUpUnassigned() {
        SinkHealth.Snapshot s = health.snapshot();
        assertThat(s.healthy()).isTrue();
        assertThat(s.database()).isEqualTo(SinkHealth.DatabaseState.UP);
        assertThat(s.reason()).isNull();
        assertThat(s.since()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(s.consumerAssigned()).isFalse();
    }

    @Test
    void waitingKeepsItsFirstInstantThroughRepeatedFailuresAndRecoveryResetsIt() {
        health.assigned(3);
        now.set(Instant.parse("2026-01-01T00:01:00Z"));
        health.waiting("connection refused", 25);
        now.set(Instant.parse("2026-01-01T00:05:00Z"));
        health.waiting("connection timed out", 25);
        SinkHealth.Snapshot waiting = health.snapshot();
        assertThat(waiting.healthy()).isFalse();
        assertThat(waiting.database()).isEqualTo(SinkHealth.DatabaseState.WAITING);
        assertThat(waiting.reason()).isEqualTo("connection timed out");
        assertThat(waiting.since()).isEqualTo(Instant.parse("2026-01-01T00:01:00Z"));
        assertThat(waiting.heldRecords()).isEqualTo(25);
        assertThat(waiting.paused()).isTrue();
        assertThat(waiting.assignedPartitions()).isEqualTo(3);
        now.set(Instant.parse("2026-01-01T00:06:00Z"));
        health.up();
        SinkHealth.Snapshot up = health.snapshot();
        assertThat(up.healthy()).isTrue();
        assertThat(up.reason()).isNull();
        assertThat(up.since()).isEqualTo(Instant.parse("2026-01-01T00:06:00Z"));
        assertThat(up.heldRecords()).isZero();
        assertThat(up.paused()).isFalse();
        assertThat(up.consumerAssigned()).isTrue();
    }

    @Test
    void givingUpIsUnhealthyWithItsReason() {
        health.waiting("connection refused", 4);
        now.set(Instant.parse("2026-01-01T01:00:00Z"));
        health.gaveUp("connection refused for an hour");
        SinkHealth.Snapshot s = health.snapshot();
        assertThat(s.healthy()).isFalse();
        assertThat(s.database()).isEqualTo(SinkHealth.DatabaseState.GAVE_UP);
        assertThat(s.reason()).contains("an hour");
        assertThat(s.since()).isEqualTo(Instant.parse("2026-01-01T01:00:00Z"));
    }
}
