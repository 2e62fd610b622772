package newsflow.sink.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import newsflow.common.metrics.DeadLetterMeters;

/**
 * The sink's counters, registered in a Micrometer registry and readable as plain numbers (the demo prints
 * them). Meter {@code newsflow.sink.editions} with tag {@code outcome}: {@code stored} (inserted or replaced an
 * older version), {@code unchanged} (a redelivery or an older version: the stored row was kept),
 * {@code dead_lettered}, {@code tombstone} (null values, each deleting the edition its key names); meter
 * {@code newsflow.sink.batches}: database transactions committed.
 * <p>The operator's meters (Prometheus names): {@code newsflow_sink_rows_total{outcome}} ({@code inserted},
 * {@code updated}: replaced an older version, {@code skipped_older}: the stored row was as new or newer),
 * {@code newsflow_sink_batch_seconds} (time to write one batch and its dead letters), {@code
 * newsflow_sink_db_errors_total} (failed database attempts, transient ones included, each retry counted),
 * {@code newsflow_sink_fetch_to_stored_seconds} (histogram: an edition's {@code fetched_at} to its batch being
 * committed, for every edition of the batch that was not refused) and {@code newsflow_dead_letters_total{stage}}
 * ({@code deserialize}, {@code validate}, {@code sink}).
 */
public final class SinkMetrics {
    private final Counter stored;
    private final Counter unchanged;
    private final Counter deadLettered;
    private final Counter tombstones;
    private final Counter batches;
    private final Counter inserted;
    private final Counter updated;
    private final Counter skippedOlder;
    private final Counter dbErrors;
    private final Timer batchTimer;
    private final Timer fetchToStored;
    private final MeterRegistry registry;

    /** @param registry where the meters are registered */
    public SinkMetrics(MeterRegistry registry) {
        this.stored = editions(registry, "stored");
        this.unchanged = editions(registry, "unchanged");
        this.deadLettered = editions(registry, "dead_lettered");
        this.tombstones = editions(registry, "tombstone");
        this.batches = Counter.builder("newsflow.sink.batches").description("batches committed to the database")
                .register(registry);
        this.registry = registry;
        this.inserted = rows(registry, "inserted");
        this.updated = rows(registry, "updated");
        this.skippedOlder = rows(registry, "skipped_older");
        this.dbErrors = Counter.builder("newsflow.sink.db.errors")
                .description("failed database attempts (transient ones included; each retry counts)").register(registry);
        this.batchTimer = Timer.builder("newsflow.sink.batch").description("time to write one batch and its dead letters")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5)).register(registry);
        this.fetchToStored = Timer.builder("newsflow.sink.fetch.to.stored")
                .description("from an edition's fetched_at to its batch committed to the database")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofHours(6)).register(registry);
        DeadLetterMeters.counter(registry, DeadLetterRecords.STAGE_DESERIALIZE);
        DeadLetterMeters.counter(registry, DeadLetterRecords.STAGE_SINK);
    }

    private static Counter rows(MeterRegistry registry, String outcome) {
        return Counter.builder("newsflow.sink.rows").tag("outcome", outcome)
                .description("editions written to the database, by outcome").register(registry);
    }

    /** Counts one failed database attempt. */
    void databaseError() {
        dbErrors.increment();
    }

    /**
     * @param insertedCount  new keys
     * @param updatedCount   older versions replaced
     * @param skippedCount   kept because the stored row was as new or newer
     */
    void recordRows(int insertedCount, int updatedCount, int skippedCount) {
        inserted.increment(insertedCount);
        updated.increment(updatedCount);
        skippedOlder.increment(skippedCount);
    }

    /** @param stage the stage of a dead letter produced */
    void deadLetter(String stage) {
        DeadLetterMeters.counter(registry, stage).increment();
    }

    /** @param nanos time to write one batch */
    void batchTook(long nanos) {
        batchTimer.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** @param fetchedAt fetch time of an edition now durable in the database */
    void storedFrom(Instant fetchedAt) {
        if (fetchedAt != null) {
            Duration d = Duration.between(fetchedAt, Instant.now());
            fetchToStored.record(d.isNegative() ? Duration.ZERO : d);
        }
    }

    /** @return failed database attempts so far */
    public long databaseErrors() {
        return (long) dbErrors.count();
    }

    private static Counter editions(MeterRegistry registry, String outcome) {
        return Counter.builder("newsflow.sink.editions").tag("outcome", outcome)
                .description("editions consumed by the sink, by outcome").register(registry);
    }

    void recordBatch(int storedCount, int unchangedCount, int deadLetteredCount, int tombstoneCount) {
        stored.increment(storedCount);
        unchanged.increment(unchangedCount);
        deadLettered.increment(deadLetteredCount);
        tombstones.increment(tombstoneCount);
        batches.increment();
    }

    /** @return editions inserted or replacing an older version */
    public long stored() {
        return (long) stored.count();
    }

    /** @return editions whose stored row was as new or newer */
    public long unchanged() {
        return (long) unchanged.count();
    }

    /** @return records sent to the dead-letter topic */
    public long deadLettered() {
        return (long) deadLettered.count();
    }

    /** @return null values skipped */
    public long tombstones() {
        return (long) tombstones.count();
    }

    /** @return batches committed */
    public long batches() {
        return (long) batches.count();
    }
}
