package newsflow.sink.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;
import newsflow.sink.jdbc.RetryPolicy;
import newsflow.sink.jdbc.SinkUnavailableException;
import newsflow.sink.jdbc.TransientFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's wait for an unavailable database (issue 11: PostgreSQL restarts and failovers take longer than a
 * few retries). Once a batch fails through every retry of the writer, the sink holds the batch uncommitted,
 * pauses its consumer and keeps polling (so it stays in its group within {@code max.poll.interval.ms}); this
 * class decides when to check the database again, with capped exponential backoff ({@link RetryPolicy}, from
 * {@code sink.retry.backoff.ms} to {@code sink.retry.backoff.max.ms}), and gives up only after
 * {@code sink.db.wait.max.ms} when that is bounded. It logs one line when the wait starts and one when the
 * database is back, never one per check; it keeps {@link SinkHealth} current. Used by the run thread only.
 */
final class DatabaseWait {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseWait.class);
    private static final int VALID_TIMEOUT_SECONDS = 5;
    private static final int REASON_CHARS = 300;

    private final DataSource dataSource;
    private final RetryPolicy backoff;
    private final Optional<Duration> bound;
    private final SinkHealth health;
    private final LongSupplier nanoTime;
    private boolean waiting;
    private long startedNanos;
    private long nextCheckNanos;
    private int failedChecks;
    private int checks;

    /**
     * @param dataSource the sink's pool, checked with {@link Connection#isValid(int)}
     * @param backoff    the waits between checks (its attempt count is not used)
     * @param bound      longest wait, empty for none
     * @param health     where the state is published
     * @param nanoTime   monotonic clock in nanoseconds ({@link System#nanoTime()})
     */
    DatabaseWait(DataSource dataSource, RetryPolicy backoff, Optional<Duration> bound, SinkHealth health,
                 LongSupplier nanoTime) {
        this.dataSource = dataSource;
        this.backoff = backoff;
        this.bound = bound;
        this.health = health;
        this.nanoTime = nanoTime;
    }

    /** @return whether the sink is waiting for its database */
    boolean waiting() {
        return waiting;
    }

    /**
     * A write failed through every retry: starts the wait (logging once), or schedules the next check when
     * already waiting.
     *
     * @param cause      the writer's failure
     * @param held       records held uncommitted
     * @param partitions partitions paused
     * @throws SinkUnavailableException when the wait exceeds its bound
     */
    void failed(SinkUnavailableException cause, int held, int partitions) {
        long now = nanoTime.getAsLong();
        String reason = brief(cause.getCause() == null ? cause : cause.getCause());
        if (!waiting) {
            waiting = true;
            startedNanos = now;
            failedChecks = 0;
            checks = 0;
            LOG.warn("database unavailable: pausing consumption of {} partitions and holding {} editions"
                            + " uncommitted; checking it with backoff from {} to {} ms, {} ({})", partitions, held,
                    backoff.initialBackoff().toMillis(), backoff.maxBackoff().toMillis(),
                    bound.map(b -> "for at most " + b.toMillis() + " ms").orElse("as long as it takes"), reason);
        }
        health.waiting(reason, held);
        scheduleNext(now, cause);
    }

    /**
     * Checks the database when the next check is due.
     *
     * @param held records held uncommitted
     * @return true when a check was due and the database answered (write the held batch now)
     * @throws SinkUnavailableException when the wait exceeds its bound
     */
    boolean checkIfDue(int held) {
        long now = nanoTime.getAsLong();
        if (now < nextCheckNanos) {
            return false;
        }
        checks++;
        Exception failure;
        try (Connection c = dataSource.getConnection()) {
            if (c.isValid(VALID_TIMEOUT_SECONDS)) {
                return true;
            }
            failure = new SQLException("connection is not valid");
        } catch (SQLException | RuntimeException e) {
            failure = e;
        }
        LOG.debug("database still unavailable (check {}): {}", checks, brief(failure));
        health.waiting(brief(failure), held);
        scheduleNext(nanoTime.getAsLong(), new SinkUnavailableException("database check failed", failure));
        return false;
    }

    /**
     * The held batch is written: ends the wait, logging once.
     *
     * @param written records of the held batch written and committed
     */
    void recovered(int written) {
        long waitedMs = Duration.ofNanos(nanoTime.getAsLong() - startedNanos).toMillis();
        waiting = false;
        health.up();
        LOG.info("database available again after {} ms ({} checks): wrote the {} held editions, resuming"
                + " consumption", waitedMs, checks, written);
    }

    private void scheduleNext(long now, SinkUnavailableException cause) {
        long waited = now - startedNanos;
        if (bound.isPresent() && waited >= bound.get().toNanos()) {
            String reason = brief(cause.getCause() == null ? cause : cause.getCause());
            health.gaveUp(reason);
            throw new SinkUnavailableException("database unavailable for " + Duration.ofNanos(waited).toMillis()
                    + " ms, longer than sink.db.wait.max.ms=" + bound.get().toMillis() + ": " + reason, cause);
        }
        failedChecks++;
        nextCheckNanos = now + backoff.backoffAfter(failedChecks).toNanos();
    }

    /**
     * Runs a start-up step that needs the database (the schema migration) until it succeeds: a transient
     * failure ({@link TransientFailures}, e.g. the database is still starting) is retried with the same capped
     * backoff and bound as the wait of a running sink, logging once when the wait starts and once when it ends.
     *
     * @param what    the step, for the log
     * @param step    the step
     * @param backoff the waits between attempts
     * @param bound   longest wait, empty for none
     * @param health  where the state is published
     * @param <T>     the step's result
     * @return the step's result
     * @throws RuntimeException         the step's failure when it is not transient
     * @throws SinkUnavailableException when the wait exceeds its bound or is interrupted
     */
    static <T> T atStart(String what, Supplier<T> step, RetryPolicy backoff, Optional<Duration> bound,
                         SinkHealth health) {
        long started = System.nanoTime();
        for (int failures = 0; ; failures++) {
            try {
                T result = step.get();
                if (failures > 0) {
                    health.up();
                    LOG.info("database available after {} ms: {} done",
                            Duration.ofNanos(System.nanoTime() - started).toMillis(), what);
                }
                return result;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                String reason = brief(e);
                long waited = System.nanoTime() - started;
                if (bound.isPresent() && waited >= bound.get().toNanos()) {
                    health.gaveUp(reason);
                    throw new SinkUnavailableException("database unavailable for "
                            + Duration.ofNanos(waited).toMillis() + " ms at start-up, longer than sink.db.wait.max.ms="
                            + bound.get().toMillis() + ": " + reason, e);
                }
                if (failures == 0) {
                    LOG.warn("database unavailable at start-up ({}): retrying with backoff from {} to {} ms, {}",
                            what, backoff.initialBackoff().toMillis(), backoff.maxBackoff().toMillis(),
                            bound.map(b -> "for at most " + b.toMillis() + " ms").orElse("as long as it takes")
                                    + " (" + reason + ")");
                }
                health.waiting(reason, 0);
                try {
                    Thread.sleep(backoff.backoffAfter(failures + 1).toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new SinkUnavailableException("interrupted while waiting for the database", e);
                }
            }
        }
    }

    private static String brief(Throwable e) {
        String text = e.toString();
        return text.length() <= REASON_CHARS ? text : text.substring(0, REASON_CHARS) + "…";
    }

    /**
     * Applies the Flyway migrations when {@code sink.migrate} is on, waiting for an unavailable database as a
     * running sink does ({@link #atStart}).
     *
     * @param config the sink configuration
     * @param retry  the retry policy of the sink
     * @param health where the wait is reported
     */
    static void migrateAtStart(SinkConfig config, RetryPolicy retry, SinkHealth health) {
        if (config.migrate()) {
            int applied = atStart("schema migration", () -> newsflow.sink.schema.SchemaMigrator.migrate(
                    config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword()), retry, config.dbWaitMax(), health);
            LOG.info("schema of {} is current ({} migrations applied)", config.jdbcUrl(), applied);
        }
    }
}
