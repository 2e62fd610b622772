package newsflow.sink.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.common.topic.Topics;
import newsflow.sink.schema.SchemaMigrator;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the sink waits for its database as long as it takes. A real PostgreSQL server is stopped
 * ({@code pg_ctl stop}) for three times the old give-up time of the test's configuration (before the fix the
 * sink threw {@code SinkUnavailableException} after {@value #ATTEMPTS} attempts, about
 * {@value #OLD_GIVE_UP_MS} ms here, and stopped), then started again on the same port. Four variants: the
 * database stops mid-stream, it is down before the sink's first write, it is down when the sink starts (schema
 * migration), and a second sink joins the group during the outage (a rebalance while a batch is held). Each checks that the sink stays up and in its group,
 * reports waiting, then stores every edition exactly once and commits every offset.
 */
class SinkDatabaseOutageIT extends SinkOutageStack {
    private static final int ATTEMPTS = SinkRuns.ATTEMPTS;
    private static final long CONNECTION_TIMEOUT_MS = SinkRuns.CONNECTION_TIMEOUT_MS;
    private static final long BACKOFF_MS = SinkRuns.BACKOFF_MS;
    /** What the old code waited before it gave up: every attempt's connection timeout plus the backoff. */
    private static final long OLD_GIVE_UP_MS = ATTEMPTS * CONNECTION_TIMEOUT_MS + BACKOFF_MS;
    private static final Duration OUTAGE = Duration.ofMillis(3 * OLD_GIVE_UP_MS);
    private static final AtomicInteger RUN = new AtomicInteger();
    private static final String RUNNER = "sink-outage-it";

    @Test
    void databaseStoppedMidStreamTheSinkWaitsInItsGroupThenStoresEverythingOnce() throws Exception {
        Topics topics = topics("mid");
        fixture.createTopics(topics, 2);
        String jdbcUrl = postgres.createDatabase("outage_mid");
        String group = "outage-mid-" + RUN.get();
        fixture.produce(topics, EditionsFixture.numbered(topics, "A", 0, 120));
        try (SinkService sink = new SinkService(config(topics, jdbcUrl, group), new SimpleMeterRegistry())) {
            Thread runner = SinkRuns.start(sink, RUNNER);
            EditionsFixture.await("first wave stored", BOUND, () -> sink.stored() == 120);
            Set<String> members = fixture.memberIds(group);

            postgres.stop();
            fixture.produce(topics, EditionsFixture.numbered(topics, "A", 120, 80));
            outage(sink, runner);
            assertThat(fixture.memberIds(group)).as("same member: no rebalance").isEqualTo(members);
            assertThat(fixture.committed(group, topics.editions().name()))
                    .isNotEqualTo(fixture.lastStableOffsets(topics.editions().name(), 2));
            postgres.start();

            EditionsFixture.await("second wave stored", BOUND, () -> sink.stored() == 200);
            EditionsFixture.await("database up", BOUND, () -> sink.health().snapshot().healthy());
            assertThat(fixture.memberIds(group)).isEqualTo(members);
            SinkRuns.stopAndJoin(sink, runner, BOUND);
        }
        EditionsFixture.assertStoredOnce(jdbcUrl, "A", 200);
        fixture.assertCommittedAll(group, topics, 2);
    }

    @Test
    void databaseDownBeforeTheFirstWriteTheSinkWaitsThenStoresEverythingOnce() throws Exception {
        Topics topics = topics("first");
        fixture.createTopics(topics, 2);
        String jdbcUrl = postgres.createDatabase("outage_first");
        SchemaMigrator.migrate(jdbcUrl, "postgres", null);
        String group = "outage-first-" + RUN.get();
        postgres.stop();
        fixture.produce(topics, EditionsFixture.numbered(topics, "B", 0, 60));
        Map<String, String> noMigration = values(topics, jdbcUrl, group);
        noMigration.put(SinkConfig.MIGRATE, "false");
        try (SinkService sink = new SinkService(new SinkConfig(noMigration), new SimpleMeterRegistry())) {
            Thread runner = SinkRuns.start(sink, RUNNER);
            outage(sink, runner);
            assertThat(sink.stored()).isZero();
            postgres.start();
            EditionsFixture.await("stored", BOUND, () -> sink.stored() == 60);
            EditionsFixture.await("database up", BOUND, () -> sink.health().snapshot().healthy());
            SinkRuns.stopAndJoin(sink, runner, BOUND);
        }
        EditionsFixture.assertStoredOnce(jdbcUrl, "B", 60);
        fixture.assertCommittedAll(group, topics, 2);
    }

    /** A sink (re)started while its database is down waits to migrate the schema instead of exiting. */
    @Test
    void databaseDownAtStartUpTheSinkWaitsToMigrateThenStoresEverythingOnce() throws Exception {
        Topics topics = topics("startup");
        fixture.createTopics(topics, 2);
        String jdbcUrl = postgres.createDatabase("outage_startup");
        String group = "outage-startup-" + RUN.get();
        postgres.stop();
        fixture.produce(topics, EditionsFixture.numbered(topics, "D", 0, 30));
        CompletableFuture<SinkService> starting = CompletableFuture.supplyAsync(
                () -> new SinkService(config(topics, jdbcUrl, group), new SimpleMeterRegistry()));
        Thread.sleep(OUTAGE.toMillis());
        assertThat(starting).as("still waiting to migrate, not failed").isNotDone();
        postgres.start();
        try (SinkService sink = starting.get(BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
            assertThat(sink.health().snapshot().healthy()).isTrue();
            sink.runUntilIdle(Duration.ofSeconds(3));
            assertThat(sink.stored()).isEqualTo(30);
        }
        EditionsFixture.assertStoredOnce(jdbcUrl, "D", 30);
        fixture.assertCommittedAll(group, topics, 2);
    }

    @Test
    void aSecondSinkJoiningDuringTheOutageRebalancesHeldBatchesWithoutLossOrDuplicate() throws Exception {
        Topics topics = topics("rebalance");
        fixture.createTopics(topics, 4);
        String jdbcUrl = postgres.createDatabase("outage_rebalance");
        String group = "outage-rebalance-" + RUN.get();
        fixture.produce(topics, EditionsFixture.numbered(topics, "C", 0, 40));
        try (SinkService first = new SinkService(config(topics, jdbcUrl, group), new SimpleMeterRegistry());
             SinkService second = new SinkService(config(topics, jdbcUrl, group), new SimpleMeterRegistry())) {
            Thread firstRunner = SinkRuns.start(first, RUNNER);
            EditionsFixture.await("first wave stored", BOUND, () -> first.stored() == 40);
            postgres.stop();
            fixture.produce(topics, EditionsFixture.numbered(topics, "C", 40, 160));
            outage(first, firstRunner);
            // the second sink joins the group: the held partitions are revoked
            Thread secondRunner = SinkRuns.start(second, RUNNER);
            EditionsFixture.await("two members", BOUND, () -> memberCount(group) == 2);
            EditionsFixture.await("both assigned", BOUND, () -> first.health().snapshot().consumerAssigned()
                    && second.health().snapshot().consumerAssigned());
            EditionsFixture.await("second waits", BOUND,
                    () -> !second.health().snapshot().healthy() || second.stored() > 0);
            assertThat(firstRunner.isAlive()).isTrue();
            postgres.start();
            EditionsFixture.await("all stored", BOUND, () -> first.stored() + second.stored() == 200);
            EditionsFixture.await("both up", BOUND, () -> first.health().snapshot().healthy()
                    && second.health().snapshot().healthy());
            SinkRuns.stopAndJoin(second, secondRunner, BOUND);
            SinkRuns.stopAndJoin(first, firstRunner, BOUND);
            System.out.printf(Locale.ROOT, "rebalance during outage: stored %d + %d, unchanged %d + %d%n",
                    first.stored(), second.stored(), first.metrics().unchanged(), second.metrics().unchanged());
        }
        EditionsFixture.assertStoredOnce(jdbcUrl, "C", 200);
        fixture.assertCommittedAll(group, topics, 4);
    }

    /** The database is down: the sink reports waiting and stays up, paused but assigned, for {@link #OUTAGE}. */
    private static void outage(SinkService sink, Thread runner) throws InterruptedException {
        EditionsFixture.await("waiting reported", BOUND,
                () -> sink.health().snapshot().database() == SinkHealth.DatabaseState.WAITING);
        long started = System.nanoTime();
        Thread.sleep(OUTAGE.toMillis());
        SinkHealth.Snapshot s = sink.health().snapshot();
        System.out.printf(Locale.ROOT, "outage: old give-up %d ms, waited %d ms, still %s (%s), held %d, assigned %d,"
                        + " paused %s%n", OLD_GIVE_UP_MS, Duration.ofNanos(System.nanoTime() - started).toMillis(),
                s.database(), s.reason(), s.heldRecords(), s.assignedPartitions(), s.paused());
        SinkRuns.assertAlive(sink, runner);
        assertThat(s.database()).isEqualTo(SinkHealth.DatabaseState.WAITING);
        assertThat(s.healthy()).isFalse();
        assertThat(s.reason()).isNotBlank();
        assertThat(s.since()).isNotNull();
        assertThat(s.paused()).isTrue();
        assertThat(s.consumerAssigned()).isTrue();
        assertThat(s.heldRecords()).isPositive();
    }

    private static int memberCount(String group) {
        try {
            return fixture.memberIds(group).size();
        } catch (Exception e) {
            return -1;
        }
    }

    private static Topics topics(String name) {
        return new Topics("outage" + RUN.incrementAndGet() + "-" + name + ".");
    }

    private static Map<String, String> values(Topics topics, String jdbcUrl, String group) {
        Map<String, String> v = SinkRuns.outageValues(kafka, topics, jdbcUrl, group);
        v.put(SinkConfig.BATCH_MAX_RECORDS, "25");
        v.put(SinkConfig.RETRY_BACKOFF_MAX_MS, "1000");
        return v;
    }

    private static SinkConfig config(Topics topics, String jdbcUrl, String group) {
        return new SinkConfig(values(topics, jdbcUrl, group));
    }
}
