package newsflow.ingest.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import newsflow.ingest.fetch.FetchTask;
import newsflow.ingest.fetch.HostScheduler;
import newsflow.ingest.fetch.RetryPolicy;
import newsflow.ingest.state.FetchState;
import newsflow.ingest.state.FetchStateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a failed task back for a later attempt ({@link RetryPolicy}: Retry-After or exponential backoff, capped
 * at the ceiling) and remembers it in the fetch state, so that neither a restart nor a rebalance resets it
 * (issue 12 item 7): a retrying page is recorded {@link FetchState#RETRYING} with its attempts, last failure
 * and next attempt, which {@link #resume} gives back to the task when the page is admitted again; a host
 * paused by a Retry-After (429, 503) or an unavailable robots.txt is recorded {@link FetchState#PAUSED} until
 * the end of the pause, which {@link #restorePauses} applies to the scheduler of the host's (new) owner.
 * Thread-safe (the scheduler and the store are).
 */
final class Retries {
    /** Reason of a fetch that ran out of time ({@code ingest.request.budget.ms} or the read timeout). */
    static final String TIMEOUT = "timeout";
    private static final Logger LOG = LoggerFactory.getLogger(Retries.class);
    private final HostScheduler scheduler;
    private final RetryPolicy retry;
    private final Duration ceiling;
    private final FetchStateStore store;
    private final IngestCounters counters;
    private final Clock clock;

    Retries(HostScheduler scheduler, RetryPolicy retry, Duration ceiling, FetchStateStore store,
            IngestCounters counters, Clock clock) {
        this.scheduler = scheduler;
        this.retry = retry;
        this.ceiling = ceiling;
        this.store = store;
        this.counters = counters;
        this.clock = clock;
    }

    /**
     * @param host       the task's host
     * @param task       the task that failed
     * @param reason     why ({@code http-503}, {@code timeout}, {@code consent-redirect}…)
     * @param retryAfter the Retry-After header, or null
     * @param pauseHost  true when the whole host waits (429, 503, robots.txt unavailable)
     * @param fixedAt    the next attempt when it is already known (robots.txt), or null
     * @param politeness the host's politeness delay
     * @param status     the HTTP status, or 0
     * @return false when the attempts ran out: nothing was scheduled, the caller gives the task up
     */
    boolean later(String host, FetchTask task, String reason, String retryAfter, boolean pauseHost, Instant fixedAt,
                  Duration politeness, int status) {
        int made = task.attempts() + 1;
        Instant now = clock.instant();
        if (!retry.mayRetry(made, status)) {
            return false;
        }
        Instant at = fixedAt != null ? fixedAt : retry.retryAt(made, retryAfter, now);
        if (at.isAfter(now.plus(ceiling))) {
            at = now.plus(ceiling);
        }
        if (task.kind() == FetchTask.Kind.PAGE) {
            store.record(task.key(), new FetchState(task.key(), FetchState.PAGE, FetchState.RETRYING, status, now,
                    made, null, null, at, null, reason));
        }
        if (pauseHost) {
            store.record(FetchState.hostKey(host), new FetchState(host, FetchState.HOST, FetchState.PAUSED, status,
                    now, 0, null, null, at, null, reason));
        }
        if (reason.equals(TIMEOUT)) {
            scheduler.requeueBehind(host, task.retry(at, reason), now.plus(politeness));
        } else {
            scheduler.requeue(host, task.retry(at, reason), pauseHost ? at : now.plus(politeness), pauseHost);
        }
        counters.retriesScheduled.increment();
        LOG.info("{} {} ({}), attempt {}: retry at {}", task.kind(), task.url(), reason, made, at);
        return true;
    }

    /**
     * @param state the fetch state of the page's key, if any
     * @param fresh the task of a page just admitted (attempts 0)
     * @return {@code fresh} with the attempts, last failure and next attempt of a {@link FetchState#RETRYING}
     *         state (a restart, a host taken over), else {@code fresh} itself
     */
    static FetchTask resume(Optional<FetchState> state, FetchTask fresh) {
        if (state.isEmpty() || !FetchState.RETRYING.equals(state.get().outcome())) {
            return fresh;
        }
        FetchState s = state.get();
        Instant at = s.nextAt() != null && s.nextAt().isAfter(fresh.dueAt()) ? s.nextAt() : fresh.dueAt();
        return new FetchTask(fresh.kind(), fresh.url(), fresh.key(), fresh.source(), fresh.hints(),
                fresh.discoveredVia(), fresh.feedItem(), s.attempts(), at, s.reason());
    }

    /**
     * Pauses the hosts of the fetch state whose pause has not ended (the hosts this instance just took over).
     *
     * @param store     the fetch state
     * @param scheduler this instance's frontier
     * @param hosts     which hosts to restore
     * @param now       the current instant
     * @return how many hosts were paused
     */
    static int restorePauses(FetchStateStore store, HostScheduler scheduler, Predicate<String> hosts, Instant now) {
        int n = 0;
        for (FetchState s : store.ofKind(FetchState.HOST)) {
            if (FetchState.PAUSED.equals(s.outcome()) && s.nextAt() != null && s.nextAt().isAfter(now)
                    && hosts.test(s.url())) {
                scheduler.pause(s.url(), s.nextAt());
                n++;
            }
        }
        return n;
    }
}
