package newsflow.sink.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The sink's counters, registered in a Micrometer registry and readable as plain numbers (the demo prints
 * them). Meter {@code newsflow.sink.editions} with tag {@code outcome}: {@code stored} (inserted or replaced an
 * older version), {@code unchanged} (a redelivery or an older version: the stored row was kept),
 * {@code dead_lettered}, {@code tombstone} (null values, each deleting the edition its key names); meter
 * {@code newsflow.sink.batches}: database transactions committed.
 */
public final class SinkMetrics {
    private final Counter stored;
    private final Counter unchanged;
    private final Counter deadLettered;
    private final Counter tombstones;
    private final Counter batches;

    /** @param registry where the meters are registered */
    public SinkMetrics(MeterRegistry registry) {
        this.stored = editions(registry, "stored");
        this.unchanged = editions(registry, "unchanged");
        this.deadLettered = editions(registry, "dead_lettered");
        this.tombstones = editions(registry, "tombstone");
        this.batches = Counter.builder("newsflow.sink.batches").description("batches committed to the database")
                .register(registry);
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
