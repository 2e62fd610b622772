package newsflow.ingest.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Which offsets of the discovered-urls topic may be committed: per partition, up to the first record whose task
 * is not finished (issue 11). A record read is pending until {@link #finish} (nothing to fetch: already fetched,
 * malformed, re-routed) or until the task it was attached to ({@link #attach}) finishes ({@link #finishTask}) —
 * several records may wait on one task when several sources announce the same URL. So a crash or a rebalance
 * re-reads every unfinished URL and never loses one; what it re-reads twice the fetch state skips. Thread-safe:
 * the loop reads and commits, workers finish tasks.
 */
final class FrontierOffsets {
    /** Where a record was read. */
    record Origin(TopicPartition partition, long offset) {
    }

    private final Map<TopicPartition, TreeSet<Long>> pending = new HashMap<>();
    private final Map<TopicPartition, Long> nextToRead = new HashMap<>();
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    private final Map<String, List<Origin>> byTask = new HashMap<>();

    /** @param origin a record just read: pending until finished */
    synchronized void read(Origin origin) {
        pending.computeIfAbsent(origin.partition(), p -> new TreeSet<>()).add(origin.offset());
        nextToRead.merge(origin.partition(), origin.offset() + 1, Math::max);
    }

    /** @param origin a record that needs no task (or whose task is done) */
    synchronized void finish(Origin origin) {
        TreeSet<Long> p = pending.get(origin.partition());
        if (p != null) {
            p.remove(origin.offset());
        }
    }

    /**
     * @param taskKey the key of the task that fetches the record's URL
     * @param origin  the record: finished with the task
     */
    synchronized void attach(String taskKey, Origin origin) {
        byTask.computeIfAbsent(taskKey, k -> new ArrayList<>()).add(origin);
    }

    /** @param taskKey a task that finished: every record attached to it is finished */
    synchronized void finishTask(String taskKey) {
        List<Origin> origins = byTask.remove(taskKey);
        if (origins != null) {
            origins.forEach(this::finish);
        }
    }

    /**
     * @param assigned the partitions this instance holds
     * @param position the consumer's position in a partition (past transaction markers, which take offsets of
     *                 their own: enrich writes discovered-urls transactionally), or -1 when unknown
     * @return for each of them whose committable offset moved since the last {@link #committed}: the offset of
     *         its first unfinished record, or the consumer's position when all are finished
     */
    synchronized Map<TopicPartition, OffsetAndMetadata> committable(Collection<TopicPartition> assigned,
                                                                    ToLongFunction<TopicPartition> position) {
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        for (TopicPartition tp : assigned) {
            TreeSet<Long> p = pending.get(tp);
            long offset;
            if (p != null && !p.isEmpty()) {
                offset = p.first();
            } else {
                offset = Math.max(position.applyAsLong(tp), nextToRead.getOrDefault(tp, -1L));
                if (offset < 0) {
                    continue;
                }
            }
            if (!Long.valueOf(offset).equals(committed.get(tp))) {
                out.put(tp, new OffsetAndMetadata(offset));
            }
        }
        return out;
    }

    /** @param offsets offsets the group coordinator acknowledged */
    synchronized void committed(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((tp, o) -> committed.put(tp, o.offset()));
    }

    /**
     * @param assigned the partitions this instance holds
     * @return true when every record read from them is finished
     */
    synchronized boolean allFinished(Collection<TopicPartition> assigned) {
        for (TopicPartition tp : assigned) {
            TreeSet<Long> p = pending.get(tp);
            if (p != null && !p.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** @param partitions partitions given up: their records are another instance's to read again */
    synchronized void forget(Collection<TopicPartition> partitions) {
        Set<TopicPartition> gone = Set.copyOf(partitions);
        gone.forEach(tp -> {
            pending.remove(tp);
            nextToRead.remove(tp);
            committed.remove(tp);
        });
        byTask.values().forEach(list -> list.removeIf(o -> gone.contains(o.partition())));
        byTask.values().removeIf(List::isEmpty);
    }
}
