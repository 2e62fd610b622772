package newsflow.sink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import newsflow.sink.jdbc.RetryPolicy;
import newsflow.sink.jdbc.SinkDataSources;
import newsflow.sink.jdbc.SinkUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the sink checks its database while waiting (capped exponential backoff), and when it gives up, on a
 * controlled clock; the database is a real JDBC pool on a port nothing listens on (refused at once), or a real
 * SQLite file.
 */
class DatabaseWaitTest {
    private static final RetryPolicy BACKOFF = RetryPolicy.of(1, Duration.ofSeconds(1), Duration.ofSeconds(4));
    private final AtomicLong nanos = new AtomicLong();
    private final SinkHealth health = new SinkHealth();

    @TempDir
    Path dir;

    private static SinkUnavailableException down() {
        return new SinkUnavailableException("after 3 attempts", new SQLTransientConnectionException("refused"));
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void checksFollowCappedExponentialBackoffWithoutABound() throws Exception {
        try (HikariDataSource ds = SinkDataSources.create("jdbc:postgresql://127.0.0.1:" + closedPort() + "/x",
                null, null, "wait-test", Duration.ofMillis(250))) {
            DatabaseWait wait = new DatabaseWait(ds, BACKOFF, Optional.empty(), health, nanos::get);
            wait.failed(down(), 7, 2);
            assertThat(wait.waiting()).isTrue();
            assertThat(health.snapshot().database()).isEqualTo(SinkHealth.DatabaseState.WAITING);
            assertThat(health.snapshot().heldRecords()).isEqualTo(7);
            // next checks due after 1 s, then 2 s, then 4 s, 4 s (capped)
            long[] waits = {1, 2, 4, 4, 4};
            for (long w : waits) {
                advance(Duration.ofSeconds(w).minusMillis(1));
                assertThat(wait.checkIfDue(7)).as("not due yet").isFalse();
                advance(Duration.ofMillis(1));
                assertThat(wait.checkIfDue(7)).as("due, database still down").isFalse();
            }
            advance(Duration.ofDays(30)); // no bound: a month later it still waits
            assertThat(wait.checkIfDue(7)).isFalse();
            assertThat(wait.waiting()).isTrue();
            assertThat(health.snapshot().reason()).isNotBlank();
        }
    }

    @Test
    void aBoundedWaitGivesUpOnceTheBoundHasPassed() throws Exception {
        try (HikariDataSource ds = SinkDataSources.create("jdbc:postgresql://127.0.0.1:" + closedPort() + "/x",
                null, null, "wait-test", Duration.ofMillis(250))) {
            DatabaseWait wait = new DatabaseWait(ds, BACKOFF, Optional.of(Duration.ofSeconds(5)), health, nanos::get);
            wait.failed(down(), 1, 1);
            advance(Duration.ofSeconds(1));
            assertThat(wait.checkIfDue(1)).isFalse();
            advance(Duration.ofSeconds(4));
            assertThatThrownBy(() -> wait.checkIfDue(1)).isInstanceOf(SinkUnavailableException.class)
                    .hasMessageContaining("longer than sink.db.wait.max.ms=5000");
            assertThat(health.snapshot().database()).isEqualTo(SinkHealth.DatabaseState.GAVE_UP);
        }
    }

    @Test
    void aDatabaseThatAnswersEndsTheWait() {
        try (HikariDataSource ds = SinkDataSources.create("jdbc:sqlite:" + dir.resolve("up.db"), null, null,
                "wait-test", Duration.ofSeconds(30))) {
            DatabaseWait wait = new DatabaseWait(ds, BACKOFF, Optional.empty(), health, nanos::get);
            wait.failed(down(), 3, 1);
            advance(Duration.ofSeconds(1));
            assertThat(wait.checkIfDue(3)).as(() -> String.valueOf(health.snapshot().reason())).isTrue();
            wait.recovered(3);
            assertThat(wait.waiting()).isFalse();
            assertThat(health.snapshot().healthy()).isTrue();
            // a later outage starts a new wait with the first backoff again
            wait.failed(down(), 2, 1);
            advance(Duration.ofSeconds(1));
            assertThat(wait.checkIfDue(2)).isTrue();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
