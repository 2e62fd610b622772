package newsflow.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The crawl frontier: URLs grouped by host, handed out politely. A host gets at most one request in flight and
 * waits the per-host delay between requests; a host can be paused (429, 503, robots.txt unavailable) without
 * touching other hosts; a task can be rescheduled for later. Nothing here sleeps: the caller asks
 * {@link #next(Instant)} for a ready task and {@link #nextWakeUp(Instant)} for when to ask again. A URL key is
 * queued at most once at a time. Thread-safe (all methods synchronized): the loop takes tasks, workers return
 * them.
 */
public final class HostScheduler {
    /** A queued task with its arrival number: equal due times are served first come, first served. */
    private record Queued(FetchTask task, long seq) {
    }

    private static final Comparator<Queued> BY_DUE =
            Comparator.comparing((Queued q) -> q.task().dueAt()).thenComparingLong(Queued::seq);

    private static final class Host {
        final PriorityQueue<Queued> tasks = new PriorityQueue<>(BY_DUE);
        Instant nextAllowed = Instant.EPOCH;
        /** Until when the host is paused by a Retry-After (429, 503) or an unavailable robots.txt. */
        Instant pausedUntil = Instant.EPOCH;
        boolean busy;
    }

    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final Set<String> queuedKeys = new HashSet<>();
    private int inFlight;
    private long seq;

    /**
     * @param host the task's host (lower case)
     * @param task the task
     * @return false when a task with the same key is already queued or in flight (then nothing changes)
     */
    public synchronized boolean add(String host, FetchTask task) {
        if (!queuedKeys.add(task.kind() + " " + task.key())) {
            return false;
        }
        hosts.computeIfAbsent(host, h -> new Host()).tasks.add(new Queued(task, seq++));
        return true;
    }

    /**
     * @param now the current instant
     * @return a task whose host is idle and allowed and whose due time has come; its host becomes busy until
     *         {@link #done} or {@link #requeue}
     */
    public synchronized Optional<Map.Entry<String, FetchTask>> next(Instant now) {
        for (Map.Entry<String, Host> e : hosts.entrySet()) {
            Host h = e.getValue();
            Queued q = h.tasks.peek();
            FetchTask head = q == null ? null : q.task();
            if (!h.busy && head != null && !now.isBefore(h.nextAllowed) && !now.isBefore(head.dueAt())) {
                h.tasks.poll();
                h.busy = true;
                inFlight++;
                // rotate: move this host to the end so hosts take turns
                hosts.remove(e.getKey());
                hosts.put(e.getKey(), h);
                return Optional.of(Map.entry(e.getKey(), head));
            }
        }
        return Optional.empty();
    }

    /**
     * @param now the current instant
     * @return the earliest instant a queued task may become ready, or empty when nothing is queued outside busy
     *         hosts (then wait for a worker to finish)
     */
    public synchronized Optional<Instant> nextWakeUp(Instant now) {
        Instant best = null;
        for (Host h : hosts.values()) {
            Queued q = h.tasks.peek();
            if (h.busy || q == null) {
                continue;
            }
            FetchTask head = q.task();
            Instant t = head.dueAt().isAfter(h.nextAllowed) ? head.dueAt() : h.nextAllowed;
            if (best == null || t.isBefore(best)) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Finishes a task handed out by {@link #next}: the host becomes idle and waits {@code delay}.
     *
     * @param host  the host
     * @param task  the finished task
     * @param now   the current instant
     * @param delay politeness delay before the host's next request
     */
    public synchronized void done(String host, FetchTask task, Instant now, Duration delay) {
        queuedKeys.remove(task.kind() + " " + task.key());
        release(host, now.plus(delay));
    }

    /**
     * Finishes a task and queues its follow-up in one step, so the scheduler is never seen empty in between
     * (the following page of a multi-page article, whose task has the same key as the one that finishes).
     *
     * @param host  the host of both tasks
     * @param task  the finished task
     * @param next  the task that follows it
     * @param now   the current instant
     * @param delay politeness delay before the host's next request
     */
    public synchronized void doneThen(String host, FetchTask task, FetchTask next, Instant now, Duration delay) {
        queuedKeys.remove(task.kind() + " " + task.key());
        add(host, next);
        release(host, now.plus(delay));
    }

    /**
     * Puts a handed-out task back, due at its (new) due time; the host becomes idle.
     *
     * @param host      the host
     * @param task      the task with its new due time and attempt count
     * @param hostUntil the host is paused until this instant (e.g. Retry-After); use {@code now + delay} for a
     *                  plain politeness wait
     */
    public synchronized void requeue(String host, FetchTask task, Instant hostUntil) {
        requeue(host, task, hostUntil, false);
    }

    /**
     * Same as {@link #requeue(String, FetchTask, Instant)}, telling whether the wait is a pause the host asked
     * for (Retry-After on 429 / 503, robots.txt unavailable) rather than politeness; paused hosts are counted by
     * {@link #pausedHosts(Instant)}.
     *
     * @param host      the host
     * @param task      the task with its new due time and attempt count
     * @param hostUntil the host waits until this instant
     * @param paused    true when the wait is a pause
     */
    public synchronized void requeue(String host, FetchTask task, Instant hostUntil, boolean paused) {
        Host h = hosts.computeIfAbsent(host, x -> new Host());
        h.tasks.add(new Queued(task, seq++));
        if (paused && hostUntil.isAfter(h.pausedUntil)) {
            h.pausedUntil = hostUntil;
        }
        release(host, hostUntil);
    }

    /**
     * @param now the current instant
     * @return how many hosts are paused at {@code now} (waiting on a Retry-After or robots.txt)
     */
    public synchronized int pausedHosts(Instant now) {
        int n = 0;
        for (Host h : hosts.values()) {
            if (h.pausedUntil.isAfter(now)) {
                n++;
            }
        }
        return n;
    }

    private void release(String host, Instant until) {
        Host h = hosts.computeIfAbsent(host, x -> new Host());
        if (h.busy) {
            h.busy = false;
            inFlight--;
        }
        if (until.isAfter(h.nextAllowed)) {
            h.nextAllowed = until;
        }
    }

    /**
     * @param host a host
     * @return when the host may be asked next (paused or polite), {@link Instant#EPOCH} for an unknown host
     */
    public synchronized Instant hostAvailableAt(String host) {
        Host h = hosts.get(host);
        return h == null ? Instant.EPOCH : h.nextAllowed;
    }

    /** @return queued plus in-flight tasks */
    public synchronized int size() {
        return queuedKeys.size();
    }

    /** @return tasks currently handed out */
    public synchronized int inFlight() {
        return inFlight;
    }

    /** @return true when nothing is queued or in flight */
    public synchronized boolean isEmpty() {
        return queuedKeys.isEmpty();
    }
}
