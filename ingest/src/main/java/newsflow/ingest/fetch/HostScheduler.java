package newsflow.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The crawl frontier: URLs grouped by host, handed out politely. A host gets at most one request in flight and
 * waits the per-host delay between requests; a host can be paused (429, 503, robots.txt unavailable) without
 * touching other hosts; a task can be rescheduled for later. Nothing here sleeps: the caller asks
 * {@link #next(Instant)} for a ready task and {@link #nextWakeUp(Instant)} for when to ask again. A URL key is
 * queued at most once at a time. Thread-safe (all methods synchronized): the loop takes tasks, workers return
 * them. With several ingest instances each scheduler holds only the hosts its instance owns (issue 11): the
 * owner of a host partition of the discovered-urls topic; {@link #drop} forgets the hosts a rebalance moved away
 * and {@link #holdAll} keeps newly owned hosts waiting one politeness delay after a hand-over.
 */
public final class HostScheduler {
    /** A queued task with its arrival number: equal due times are served first come, first served. */
    private record Queued(FetchTask task, long seq) {
    }

    private static final Comparator<Queued> BY_DUE =
            Comparator.comparing((Queued q) -> q.task().dueAt()).thenComparingLong(Queued::seq);

    private static final class Host {
        final PriorityQueue<Queued> tasks = new PriorityQueue<>(BY_DUE);
        Instant nextAllowed;
        /** Until when the host is paused by a Retry-After (429, 503) or an unavailable robots.txt. */
        Instant pausedUntil = Instant.EPOCH;
        boolean busy;

        Host(Instant floor) {
            nextAllowed = floor;
        }
    }

    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final Set<String> queuedKeys = new HashSet<>();
    private final Consumer<FetchTask> onFinished;
    private Instant floor = Instant.EPOCH;
    private int inFlight;
    private long seq;

    /** A scheduler that tells nobody when a task finishes. */
    public HostScheduler() {
        this(t -> { });
    }

    /**
     * @param onFinished told of every task finished by {@link #done} (not of one handed on by {@link #doneThen}
     *                   nor put back by {@link #requeue}), under the scheduler's lock: must be quick and must not
     *                   call back into the scheduler
     */
    public HostScheduler(Consumer<FetchTask> onFinished) {
        this.onFinished = onFinished;
    }

    /**
     * @param host the task's host (lower case)
     * @param task the task
     * @return false when a task with the same key is already queued or in flight (then nothing changes)
     */
    public synchronized boolean add(String host, FetchTask task) {
        if (!queuedKeys.add(task.kind() + " " + task.key())) {
            return false;
        }
        hosts.computeIfAbsent(host, h -> new Host(floor)).tasks.add(new Queued(task, seq++));
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
        onFinished.accept(task);
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
        Host h = hosts.computeIfAbsent(host, x -> new Host(floor));
        h.tasks.add(new Queued(task, seq++));
        if (paused && hostUntil.isAfter(h.pausedUntil)) {
            h.pausedUntil = hostUntil;
        }
        release(host, hostUntil);
    }

    /**
     * Puts a handed-out task back behind every task its host has queued now (a slow URL's retry must not hold
     * up the host's other pages): due no earlier than the latest of them, and served after them.
     *
     * @param host      the host
     * @param task      the task with its new due time and attempt count
     * @param hostUntil the host is paused until this instant
     */
    public synchronized void requeueBehind(String host, FetchTask task, Instant hostUntil) {
        Host h = hosts.computeIfAbsent(host, x -> new Host(floor));
        Instant due = task.dueAt();
        for (Queued q : h.tasks) {
            if (q.task().dueAt().isAfter(due)) {
                due = q.task().dueAt();
            }
        }
        h.tasks.add(new Queued(due.equals(task.dueAt()) ? task : task.deferTo(due), seq++));
        release(host, hostUntil);
    }

    /**
     * Forgets the queued tasks of some hosts (a rebalance gave their partition to another instance, which reads
     * them again); tasks in flight finish normally.
     *
     * @param hostFilter which hosts to forget
     * @return the tasks forgotten
     */
    public synchronized List<FetchTask> drop(Predicate<String> hostFilter) {
        List<FetchTask> dropped = new ArrayList<>();
        for (var it = hosts.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (!hostFilter.test(e.getKey())) {
                continue;
            }
            for (Queued q : e.getValue().tasks) {
                queuedKeys.remove(q.task().kind() + " " + q.task().key());
                dropped.add(q.task());
            }
            e.getValue().tasks.clear();
            if (!e.getValue().busy) {
                it.remove();
            }
        }
        return dropped;
    }

    /**
     * @param hostFilter which hosts to look at
     * @return true when one of them has a request in flight
     */
    public synchronized boolean busy(Predicate<String> hostFilter) {
        for (var e : hosts.entrySet()) {
            if (e.getValue().busy && hostFilter.test(e.getKey())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes every host, known or not yet seen, wait until {@code until} (a host taken over from another instance
     * waits a politeness delay after that instance's last request).
     *
     * @param until the earliest next request to any host
     */
    public synchronized void holdAll(Instant until) {
        if (until.isAfter(floor)) {
            floor = until;
        }
        for (Host h : hosts.values()) {
            if (until.isAfter(h.nextAllowed)) {
                h.nextAllowed = until;
            }
        }
    }

    /**
     * Pauses a host, known or not yet seen, until {@code until} (a pause its previous owner or a previous run
     * recorded: the Retry-After still holds).
     *
     * @param host  the host
     * @param until the end of the pause
     */
    public synchronized void pause(String host, Instant until) {
        Host h = hosts.computeIfAbsent(host, x -> new Host(floor));
        if (until.isAfter(h.pausedUntil)) {
            h.pausedUntil = until;
        }
        if (until.isAfter(h.nextAllowed)) {
            h.nextAllowed = until;
        }
    }

    /**
     * @param kind the task kind
     * @param key  the task key
     * @return true when such a task is queued or in flight
     */
    public synchronized boolean contains(FetchTask.Kind kind, String key) {
        return queuedKeys.contains(kind + " " + key);
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
        Host h = hosts.computeIfAbsent(host, x -> new Host(floor));
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
