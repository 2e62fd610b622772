package newsflow.ingest.app;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import newsflow.ingest.source.SourceDefinition;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;

/**
 * Which sources an ingest instance polls in follow mode, so that N instances share the sources instead of each
 * polling all of them. Kafka does the sharing: every instance is a member of the ingest consumer group on the
 * discovered-urls topic, and a source belongs to the instance the group assigned the partition its name maps
 * to. The mapping is Kafka's default partitioner for a key (murmur2 of the UTF-8 source name, made positive,
 * modulo the partition count), so one instance owning every partition polls every source, and a rebalance
 * (an instance joins, leaves or dies) moves sources with the partitions. No state of its own.
 */
final class SourceOwnership {

    private SourceOwnership() {
    }

    /**
     * @param sourceName the source's name from the sources file
     * @param partitions the partition count of the discovered-urls topic, &gt; 0
     * @return the partition the source maps to, in {@code [0, partitions)}
     * @throws IllegalArgumentException when {@code partitions} is not positive
     */
    static int partitionOf(String sourceName, int partitions) {
        if (partitions <= 0) {
            throw new IllegalArgumentException("partition count must be positive: " + partitions);
        }
        return Utils.toPositive(Utils.murmur2(sourceName.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /**
     * @param sourceName the source's name
     * @param topic      the discovered-urls topic name
     * @param partitions its partition count, &gt; 0
     * @param assigned   the partitions the group assigned to this instance
     * @return true when this instance polls the source
     */
    static boolean owns(String sourceName, String topic, int partitions, Set<TopicPartition> assigned) {
        return assigned.contains(new TopicPartition(topic, partitionOf(sourceName, partitions)));
    }

    /**
     * @param sources    every source of the sources file
     * @param topic      the discovered-urls topic name
     * @param partitions its partition count, &gt; 0
     * @param assigned   the partitions the group assigned to this instance
     * @return the sources this instance polls, in file order
     */
    static List<SourceDefinition> owned(List<SourceDefinition> sources, String topic, int partitions,
                                        Set<TopicPartition> assigned) {
        return sources.stream().filter(s -> owns(s.name(), topic, partitions, assigned)).toList();
    }
}
