package newsflow.sink.app;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's offset commits to its consumer group, and the offsets it last committed per assigned partition
 * (to commit positions that moved past transaction markers while nothing was delivered). Used by the run
 * thread only.
 * <p>A commit that fails with a retriable error (the broker unreachable beyond {@code default.api.timeout.ms},
 * a coordinator moving: {@link org.apache.kafka.common.errors.RetriableException}) is not fatal (issue 11): its
 * offsets stay pending, later commits merge into them (the highest offset per partition wins), and they are
 * retried with the backoff of {@link BrokerWait} while the sink keeps polling. A commit refused because the
 * group is rebalancing ({@link RebalanceInProgressException}) stays pending and is retried after the next poll,
 * which completes the rebalance; if the partitions moved, the rebalance listener forgets their pending offsets.
 * A commit refused because the partitions already belong to another member ({@link CommitFailedException}) is
 * dropped. Uncommitted records are read again by whoever owns their partition, which the version-guarded
 * idempotent upsert makes harmless.
 */
final class GroupOffsets {
    private static final Logger LOG = LoggerFactory.getLogger(GroupOffsets.class);

    private final Consumer<byte[], byte[]> consumer;
    private final BooleanSupplier stopping;
    private final BrokerWait brokerWait;
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    private final Map<TopicPartition, OffsetAndMetadata> pending = new HashMap<>();
    private final Set<TopicPartition> unread = new HashSet<>();

    /**
     * @param consumer   the sink's consumer
     * @param stopping   whether {@code stop()} was called (a wakeup then only interrupts, never fails, a commit)
     * @param brokerWait the wait a retriable failure starts or continues
     */
    GroupOffsets(Consumer<byte[], byte[]> consumer, BooleanSupplier stopping, BrokerWait brokerWait) {
        this.consumer = consumer;
        this.stopping = stopping;
        this.brokerWait = brokerWait;
    }

    /** @param partitions newly assigned partitions: their committed offsets are read from the group */
    void assigned(Collection<TopicPartition> partitions) {
        unread.addAll(partitions);
        readCommitted();
    }

    private void readCommitted() {
        if (unread.isEmpty()) {
            return;
        }
        try {
            for (var e : consumer.committed(new HashSet<>(unread)).entrySet()) {
                committed.put(e.getKey(), e.getValue() == null ? 0L : e.getValue().offset());
            }
            unread.clear();
        } catch (RuntimeException e) {
            if (!BrokerWait.retriable(e)) {
                throw e;
            }
            brokerWait.failed("reading committed offsets", e); // read again by commitIdlePositions
        }
    }

    /** @param partitions partitions no longer owned: their pending offsets are dropped (the next owner re-reads) */
    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(committed::remove);
        partitions.forEach(pending::remove);
        unread.removeAll(partitions);
    }

    /** @return whether offsets of written batches wait to be committed */
    boolean hasPending() {
        return !pending.isEmpty();
    }

    /**
     * With nothing buffered, retries pending offsets when due, and commits positions that moved past offsets we
     * committed without delivering records (transaction markers, aborted transactions), so the group's lag
     * reaches 0.
     */
    void commitIdlePositions() {
        if (!brokerWait.due()) {
            return;
        }
        readCommitted();
        Map<TopicPartition, OffsetAndMetadata> moved = new HashMap<>();
        for (TopicPartition tp : consumer.assignment()) {
            long position;
            try {
                position = consumer.position(tp, Duration.ZERO);
            } catch (TimeoutException e) {
                continue; // no position yet
            }
            Long last = committed.get(tp);
            if (last != null && position > last) {
                moved.put(tp, new OffsetAndMetadata(position));
            }
        }
        if (!moved.isEmpty() || !pending.isEmpty()) {
            commit(moved);
        }
    }

    /**
     * Commits these offsets with any pending ones; a retriable failure keeps them pending (see the class doc).
     *
     * @param offsets next offsets to read, per partition, of a batch written to the database
     * @return whether everything pending is committed now
     */
    boolean commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((tp, o) -> pending.merge(tp, o, (a, b) -> a.offset() >= b.offset() ? a : b));
        if (pending.isEmpty()) {
            return true;
        }
        Map<TopicPartition, OffsetAndMetadata> attempt = new HashMap<>(pending);
        try {
            try {
                consumer.commitSync(attempt);
            } catch (WakeupException e) {
                if (!stopping.getAsBoolean()) {
                    throw e;
                }
                consumer.commitSync(attempt); // stop() woke the consumer during the batch: the flag is used up
            }
            attempt.forEach((tp, o) -> committed.put(tp, o.offset()));
            attempt.keySet().forEach(pending::remove);
            brokerWait.succeeded();
            return true;
        } catch (RebalanceInProgressException e) {
            LOG.info("offset commit deferred: the group is rebalancing; retried after the next poll");
            return false;
        } catch (CommitFailedException e) {
            // the group moved these partitions elsewhere; their new owner rewrites the batch idempotently
            LOG.warn("offsets of a written batch could not be committed (rebalance): {}", e.getMessage());
            attempt.keySet().forEach(pending::remove);
            return false;
        } catch (RuntimeException e) {
            if (!BrokerWait.retriable(e)) {
                throw e;
            }
            brokerWait.failed("offset commit", e);
            return false;
        }
    }
}
