package newsflow.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: discovered-urls offsets are committed per partition only up to the first unfinished record, so a
 * crash or rebalance re-reads every URL not yet fetched; records waiting on one task (several sources announcing
 * one URL) finish with it; a revoked partition is forgotten.
 */
class FrontierOffsetsTest {
    private static final TopicPartition P0 = new TopicPartition("d", 0);
    private static final TopicPartition P1 = new TopicPartition("d", 1);

    private static final java.util.function.ToLongFunction<TopicPartition> NO_POSITION = tp -> -1;

    private static FrontierOffsets.Origin at(TopicPartition tp, long offset) {
        return new FrontierOffsets.Origin(tp, offset);
    }

    @Test
    void commitsUpToTheFirstUnfinishedRecordOfEachPartition() {
        FrontierOffsets o = new FrontierOffsets();
        for (long i = 0; i < 4; i++) {
            o.read(at(P0, i));
        }
        o.read(at(P1, 7));
        o.finish(at(P0, 0));
        o.finish(at(P0, 2)); // 1 is still being fetched: 2 and 3 are read again after a crash
        o.finish(at(P1, 7));
        Map<TopicPartition, OffsetAndMetadata> c = o.committable(List.of(P0, P1), NO_POSITION);
        assertThat(c).containsEntry(P0, new OffsetAndMetadata(1)).containsEntry(P1, new OffsetAndMetadata(8));
        o.committed(c);
        assertThat(o.committable(List.of(P0, P1), NO_POSITION)).as("nothing moved").isEmpty();
        o.finish(at(P0, 1));
        assertThat(o.committable(List.of(P0, P1), NO_POSITION)).containsOnlyKeys(P0).containsEntry(P0, new OffsetAndMetadata(3));
        assertThat(o.allFinished(List.of(P0))).isFalse();
        o.finish(at(P0, 3));
        assertThat(o.allFinished(List.of(P0, P1))).isTrue();
        assertThat(o.committable(List.of(P0), NO_POSITION)).containsEntry(P0, new OffsetAndMetadata(4));
    }

    @Test
    void recordsAnnouncingOneUrlFinishWithItsTask() {
        FrontierOffsets o = new FrontierOffsets();
        o.read(at(P0, 0)); // the feed's item
        o.read(at(P0, 1)); // the sitemap's entry, same URL
        o.attach("page https://news.example/a", at(P0, 0));
        o.attach("page https://news.example/a", at(P0, 1));
        assertThat(o.committable(List.of(P0), NO_POSITION)).containsEntry(P0, new OffsetAndMetadata(0));
        o.finishTask("page https://news.example/a");
        assertThat(o.committable(List.of(P0), NO_POSITION)).containsEntry(P0, new OffsetAndMetadata(2));
        o.finishTask("page https://news.example/unknown"); // a feed task, never attached: nothing happens
    }

    @Test
    void withEverythingFinishedTheConsumersPositionIsCommittedPastTransactionMarkers() {
        FrontierOffsets o = new FrontierOffsets();
        o.read(at(P0, 0));
        o.read(at(P0, 1));
        o.finish(at(P0, 0));
        o.finish(at(P0, 1));
        // enrich's transactional writes leave a commit marker at offset 2: the consumer is at 3
        assertThat(o.committable(List.of(P0, P1), tp -> tp.equals(P0) ? 3 : 0))
                .containsEntry(P0, new OffsetAndMetadata(3)).containsEntry(P1, new OffsetAndMetadata(0));
        o.read(at(P0, 3));
        assertThat(o.committable(List.of(P0), tp -> 4)).containsEntry(P0, new OffsetAndMetadata(3));
    }

    @Test
    void aRevokedPartitionIsForgottenAndNothingIsCommittedForIt() {
        FrontierOffsets o = new FrontierOffsets();
        o.read(at(P0, 5));
        o.read(at(P1, 9));
        o.attach("page https://x.example/", at(P1, 9));
        o.forget(List.of(P1));
        assertThat(o.committable(List.of(P0, P1), NO_POSITION)).containsOnlyKeys(P0);
        o.finishTask("page https://x.example/"); // the request in flight ends after the hand-over
        assertThat(o.committable(List.of(P1), NO_POSITION)).isEmpty();
    }
}
