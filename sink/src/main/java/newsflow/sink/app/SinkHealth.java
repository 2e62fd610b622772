package newsflow.sink.app;

import java.time.Clock;
import java.time.Instant;

/**
 * The sink's state for a health endpoint or a probe: whether its database is usable, and whether its consumer
 * holds partitions. Written by the sink's run thread, read from any thread ({@link #snapshot()} returns an
 * immutable value; no locking on the read side).
 * <p>States of the database:
 * <ul>
 *   <li>{@link DatabaseState#UP}: the last write or check succeeded (also the state before the first write);</li>
 *   <li>{@link DatabaseState#WAITING}: writes failed through every retry; the consumer is paused (it still polls,
 *       so it stays in its group), the batch is held uncommitted and the database is checked with capped
 *       exponential backoff ({@code sink.retry.backoff.ms} to {@code sink.retry.backoff.max.ms});</li>
 *   <li>{@link DatabaseState#GAVE_UP}: the wait exceeded {@code sink.db.wait.max.ms}; the sink stopped with
 *       {@link newsflow.sink.jdbc.SinkUnavailableException}.</li>
 * </ul>
 * The broker ({@link Broker}) is {@link BrokerState#UP} until a Kafka call of the sink fails with a retriable
 * error (an offset commit or a dead-letter produce timing out, {@code sink.kafka.api.timeout.ms}), then
 * {@link BrokerState#WAITING} with the reason and the instant of the first failure until a call succeeds again;
 * the sink never gives up on its broker.
 * A health endpoint answers "unavailable" (HTTP 503) unless {@link Snapshot#healthy()}.
 */
public final class SinkHealth {
    /** What the sink knows about its database. */
    public enum DatabaseState {
        /** Writes succeed. */
        UP,
        /** Unavailable; the sink waits for it with its consumer paused. */
        WAITING,
        /** Unavailable for longer than {@code sink.db.wait.max.ms}; the sink stopped. */
        GAVE_UP
    }

    /** What the sink knows about its Kafka broker. */
    public enum BrokerState {
        /** The last Kafka call succeeded (also the state before the first). */
        UP,
        /** A Kafka call failed with a retriable error; the sink retries with capped backoff, work held. */
        WAITING
    }

    /**
     * The broker component of a reading.
     *
     * @param state  the broker's state
     * @param reason the last failure (class and message) while waiting, null when up
     * @param since  when the broker entered this state (UTC instant)
     */
    public record Broker(BrokerState state, String reason, Instant since) {
    }

    /**
     * One consistent reading.
     *
     * @param database           the database's state
     * @param reason             why the database is not {@link DatabaseState#UP} (the last failure, class and
     *                           message), or null when up
     * @param since              when the database entered this state (UTC instant); the sink's start for the
     *                           first {@link DatabaseState#UP}
     * @param heldRecords        records consumed but not yet written and committed while waiting (0 when up)
     * @param assignedPartitions partitions of the editions topic the consumer holds now
     * @param paused             whether consumption is paused (while waiting)
     * @param broker             the broker's state
     */
    public record Snapshot(DatabaseState database, String reason, Instant since, int heldRecords,
                           int assignedPartitions, boolean paused, Broker broker) {
        /** @return true when the database and the broker are up: the sink stores and commits what it consumes */
        public boolean healthy() {
            return database == DatabaseState.UP && broker.state() == BrokerState.UP;
        }

        /** @return true when the consumer holds at least one partition */
        public boolean consumerAssigned() {
            return assignedPartitions > 0;
        }
    }

    private final Clock clock;
    private volatile Snapshot current;

    /** @param clock source of the {@code since} instants */
    public SinkHealth(Clock clock) {
        this.clock = clock;
        this.current = new Snapshot(DatabaseState.UP, null, clock.instant(), 0, 0, false,
                new Broker(BrokerState.UP, null, clock.instant()));
    }

    /** A health with the system UTC clock. */
    public SinkHealth() {
        this(Clock.systemUTC());
    }

    /** @return the state now; thread-safe */
    public Snapshot snapshot() {
        return current;
    }

    synchronized void waiting(String reason, int held) {
        Snapshot s = current;
        Instant since = s.database() == DatabaseState.WAITING ? s.since() : clock.instant();
        current = new Snapshot(DatabaseState.WAITING, reason, since, held, s.assignedPartitions(), true, s.broker());
    }

    synchronized void up() {
        Snapshot s = current;
        Instant since = s.database() == DatabaseState.UP ? s.since() : clock.instant();
        current = new Snapshot(DatabaseState.UP, null, since, 0, s.assignedPartitions(), false, s.broker());
    }

    synchronized void gaveUp(String reason) {
        Snapshot s = current;
        current = new Snapshot(DatabaseState.GAVE_UP, reason, clock.instant(), s.heldRecords(),
                s.assignedPartitions(), s.paused(), s.broker());
    }

    synchronized void assigned(int partitions) {
        Snapshot s = current;
        current = new Snapshot(s.database(), s.reason(), s.since(), s.heldRecords(), partitions, s.paused(),
                s.broker());
    }

    synchronized void held(int records) {
        Snapshot s = current;
        current = new Snapshot(s.database(), s.reason(), s.since(), records, s.assignedPartitions(), s.paused(),
                s.broker());
    }

    synchronized void brokerWaiting(String reason) {
        Snapshot s = current;
        Instant since = s.broker().state() == BrokerState.WAITING ? s.broker().since() : clock.instant();
        current = withBroker(s, new Broker(BrokerState.WAITING, reason, since));
    }

    synchronized void brokerUp() {
        Snapshot s = current;
        if (s.broker().state() != BrokerState.UP) {
            current = withBroker(s, new Broker(BrokerState.UP, null, clock.instant()));
        }
    }

    private static Snapshot withBroker(Snapshot s, Broker broker) {
        return new Snapshot(s.database(), s.reason(), s.since(), s.heldRecords(), s.assignedPartitions(), s.paused(),
                broker);
    }
}
