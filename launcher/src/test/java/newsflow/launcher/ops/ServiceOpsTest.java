package newsflow.launcher.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newsflow.common.health.ComponentHealth;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/** The health rules and the progress-line arithmetic, without a broker. */
class ServiceOpsTest {

    @Test
    void streamsIsUpOnlyWhileRunningOrRebalancing() {
        assertThat(ServiceOps.streams(KafkaStreams.State.RUNNING).up()).isTrue();
        assertThat(ServiceOps.streams(KafkaStreams.State.REBALANCING).up()).isTrue();
        for (KafkaStreams.State s : List.of(KafkaStreams.State.ERROR, KafkaStreams.State.PENDING_ERROR,
                KafkaStreams.State.NOT_RUNNING, KafkaStreams.State.PENDING_SHUTDOWN, KafkaStreams.State.CREATED)) {
            ComponentHealth h = ServiceOps.streams(s);
            assertThat(h.up()).as(s.name()).isFalse();
            assertThat(h.state()).isEqualTo(s.name());
            assertThat(h.reason()).isNotBlank();
        }
    }

    @Test
    void anUnassignedConsumerIsReportedButNotAFailure() {
        assertThat(ServiceOps.assigned("sink", 3).state()).isEqualTo("assigned");
        ComponentHealth none = ServiceOps.assigned("sink", 0);
        assertThat(none.up()).isTrue();
        assertThat(none.state()).isEqualTo("unassigned");
    }

    @Test
    void theIngestLoopIsDownWhileWaitingForTheBroker() {
        var up = new newsflow.ingest.app.BrokerWait.State(false, null, null, null, 0);
        assertThat(ServiceOps.loop(up).up()).isTrue();
        assertThat(ServiceOps.loop(up).state()).isEqualTo("running");
        for (String what : List.of("ingest loop", "topic creation", "fetch-state read")) {
            var waiting = new newsflow.ingest.app.BrokerWait.State(true, what,
                    "org.apache.kafka.common.errors.TimeoutException: x", java.time.Instant.EPOCH, 3);
            ComponentHealth h = ServiceOps.loop(waiting);
            assertThat(h.up()).as(what).isFalse();
            assertThat(h.state()).isEqualTo("waiting_for_broker");
            assertThat(h.reason()).contains(what).contains("TimeoutException").contains("3 attempts");
        }
    }

    @Test
    void healthJsonSaysDownWhenAnyComponentIsDown() {
        String up = OpsServer.json(true, List.of(ComponentHealth.up("sink", "database", "reachable", "ok")));
        assertThat(up).contains("\"status\":\"UP\"").contains("\"name\":\"database\"").contains("\"up\":true");
        String down = OpsServer.json(false, List.of(ComponentHealth.down("sink", "database", "unreachable", "refused")));
        assertThat(down).contains("\"status\":\"DOWN\"").contains("\"reason\":\"refused\"");
    }

    @Test
    void progressLineGivesTotalsAndRatesOverTheInterval() {
        Map<String, Long> before = new LinkedHashMap<>(Map.of("fetched", 10L));
        Map<String, Long> now = new LinkedHashMap<>();
        now.put("fetched", 70L);
        now.put("dead-lettered", 3L);
        String line = ProgressLog.rates(now, before, TimeUnit.SECONDS.toNanos(60));
        assertThat(line).isEqualTo("fetched 70 (+1.0/s), dead-lettered 3 (+0.1/s)");
        assertThat(ProgressLog.rates(Map.of("stored", 0L), Map.of(), 0)).isEqualTo("stored 0 (+0.0/s)");
    }

    @Test
    void aProbeThatThrowsTimesOutOrAnswersDownIsReportedDown() throws Exception {
        List<java.util.concurrent.Callable<ComponentHealth>> failing = List.of(
                () -> {
                    throw new java.sql.SQLException("connection refused");
                },
                () -> ComponentHealth.down("sink", "database", "unreachable", "not valid"),
                () -> {
                    throw new IllegalStateException("pool closed");
                });
        for (var check : failing) {
            try (CachedProbe p = new CachedProbe("sink", "database", Duration.ofMillis(50), check)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (p.get().state().equals("checking") && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(p.get().up()).isFalse();
                assertThat(p.get().state()).isEqualTo("unreachable");
                assertThat(p.get().reason()).isNotBlank();
            }
        }
    }

    @Test
    void theSinkWaitingForItsDatabaseIsUnhealthyWithWhatItHolds() {
        var since = java.time.Instant.parse("2026-01-02T03:04:05Z");
        var brokerUp = new newsflow.sink.app.SinkHealth.Broker(newsflow.sink.app.SinkHealth.BrokerState.UP, null, since);
        var up = new newsflow.sink.app.SinkHealth.Snapshot(newsflow.sink.app.SinkHealth.DatabaseState.UP, null, since,
                0, 3, false, brokerUp);
        var waiting = new newsflow.sink.app.SinkHealth.Snapshot(newsflow.sink.app.SinkHealth.DatabaseState.WAITING,
                "Connection refused", since, 42, 3, true, brokerUp);
        var gaveUp = new newsflow.sink.app.SinkHealth.Snapshot(newsflow.sink.app.SinkHealth.DatabaseState.GAVE_UP,
                "waited longer than sink.db.wait.max.ms", since, 42, 3, true, brokerUp);
        var brokerAway = new newsflow.sink.app.SinkHealth.Snapshot(newsflow.sink.app.SinkHealth.DatabaseState.UP, null,
                since, 0, 3, false, new newsflow.sink.app.SinkHealth.Broker(
                        newsflow.sink.app.SinkHealth.BrokerState.WAITING, "TimeoutException: commit", since));
        assertThat(ServiceOps.writes(up).up()).isTrue();
        ComponentHealth w = ServiceOps.writes(waiting);
        assertThat(w.up()).isFalse();
        assertThat(w.state()).isEqualTo("waiting");
        assertThat(w.reason()).contains("42 records held", "2026-01-02T03:04:05Z", "Connection refused");
        ComponentHealth g = ServiceOps.writes(gaveUp);
        assertThat(g.up()).isFalse();
        assertThat(g.state()).isEqualTo("gave_up");
        ComponentHealth b = ServiceOps.writes(brokerAway);
        assertThat(b.up()).isFalse();
        assertThat(b.reason()).contains("TimeoutException: commit");
    }
}
