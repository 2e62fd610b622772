package newsflow.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsflow.common.model.SourceHints;
import newsflow.ingest.source.SourceDefinition;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class SourceOwnershipTest {
    private static final String TOPIC = "newsflow.discovered-urls";

    @Test
    void everySourceHasExactlyOneOwnerAmongInstancesSplittingThePartitions() {
        List<SourceDefinition> sources = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sources.add(source("source-" + i));
        }
        Set<TopicPartition> a = Set.of(new TopicPartition(TOPIC, 0), new TopicPartition(TOPIC, 2));
        Set<TopicPartition> b = Set.of(new TopicPartition(TOPIC, 1), new TopicPartition(TOPIC, 3));
        List<SourceDefinition> ofA = SourceOwnership.owned(sources, TOPIC, 4, a);
        List<SourceDefinition> ofB = SourceOwnership.owned(sources, TOPIC, 4, b);

        Set<SourceDefinition> union = new HashSet<>(ofA);
        union.addAll(ofB);
        assertThat(union).containsExactlyInAnyOrderElementsOf(sources);
        assertThat(ofA).doesNotContainAnyElementsOf(ofB).isNotEmpty();
        assertThat(ofB).isNotEmpty();
    }

    @Test
    void anInstanceHoldingEveryPartitionOwnsEverySourceAndOneHoldingNoneOwnsNothing() {
        List<SourceDefinition> sources = List.of(source("a"), source("b"), source("c"));
        Set<TopicPartition> all = Set.of(new TopicPartition(TOPIC, 0), new TopicPartition(TOPIC, 1));
        assertThat(SourceOwnership.owned(sources, TOPIC, 2, all)).isEqualTo(sources);
        assertThat(SourceOwnership.owned(sources, TOPIC, 2, Set.of())).isEmpty();
        // a partition of another topic does not count
        assertThat(SourceOwnership.owned(sources, TOPIC, 1, Set.of(new TopicPartition("other", 0)))).isEmpty();
    }

    @Test
    void partitionIsStableAndInRange() {
        for (int n = 1; n <= 12; n++) {
            int p = SourceOwnership.partitionOf("al-jazeera", n);
            assertThat(p).isBetween(0, n - 1).isEqualTo(SourceOwnership.partitionOf("al-jazeera", n));
        }
        assertThat(SourceOwnership.partitionOf("anything", 1)).isZero();
        assertThatThrownBy(() -> SourceOwnership.partitionOf("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static SourceDefinition source(String name) {
        return new SourceDefinition(name, List.of("https://" + name + ".example/feed.xml"), List.of(),
                Duration.ofMinutes(5), SourceHints.NONE);
    }
}
