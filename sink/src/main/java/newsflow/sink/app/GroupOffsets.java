package newsflow.sink.app;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's offset commits to its consumer group, and the offsets it last committed per assigned partition
 * (to commit positions that moved past transaction markers while nothing was delivered). Used by the run
 * thread only.
 */
final class GroupOffsets {
    private static final Logger LOG = LoggerFactory.getLogger(GroupOffsets.class);

    private final Consumer<byte[], byte[]> consumer;
    private final BooleanSupplier stopping;
    private final Map<TopicPartition, Long> committed = new HashMap<>();

    /**
     * @param consumer the sink's consumer
     * @param stopping whether {@code stop()} was called (a wakeup then only interrupts, never fails, a commit)
     */
    GroupOffsets(Consumer<byte[], byte[]> consumer, BooleanSupplier stopping) {
        this.consumer = consumer;
        this.stopping = stopping;
    }

    /** @param partitions newly assigned partitions: their committed offsets are read from the group */
    void assigned(Collection<TopicPartition> partitions) {
        for (var e : consumer.committed(new HashSet<>(partitions)).entrySet()) {
            committed.put(e.getKey(), e.getValue() == null ? 0L : e.getValue().offset());
        }
    }

    /** @param partitions partitions no longer owned */
    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(committed::remove);
    }

    /**
     * With nothing buffered, commits positions that moved past offsets we committed without delivering records
     * (transaction markers, aborted transactions), so the group's lag reaches 0.
     */
    void commitIdlePositions() {
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
        if (!moved.isEmpty()) {
            commit(moved);
        }
    }

    /** @param offsets next offsets to read, per partition, of a batch written to the database */
    void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            try {
                consumer.commitSync(offsets);
            } catch (WakeupException e) {
                if (!stopping.getAsBoolean()) {
                    throw e;
                }
                consumer.commitSync(offsets); // stop() woke the consumer during the batch: the flag is used up
            }
            offsets.forEach((tp, o) -> committed.put(tp, o.offset()));
        } catch (CommitFailedException e) {
            // the group moved these partitions elsewhere; their new owner rewrites the batch idempotently
            LOG.warn("offsets of a written batch could not be committed (rebalance): {}", e.getMessage());
        }
    }
}
