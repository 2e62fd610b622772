package newsflow.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsflow.common.topic.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** A dead-letter replay's requeued state: which known states it replaces, and the records that carry it. */
class FetchStateStoreRequeueTest {
    private static final Instant T = Instant.parse("2024-03-06T12:00:00Z");
    private static final String URL = "https://news.example/a/1";

    private static FetchState state(String outcome) {
        return new FetchState(URL, FetchState.PAGE, outcome, 0, T, 1);
    }

    private static FetchStateStore storeWith(String outcome) {
        Map<String, FetchState> initial = new HashMap<>();
        if (outcome != null) {
            initial.put(URL, state(outcome));
        }
        return new FetchStateStore(initial, (k, v) -> { });
    }

    @Test
    void requeuedReplacesDeadLettered() {
        FetchStateStore s = storeWith(FetchState.DEAD_LETTERED);
        assertThat(s.isDone(URL)).isTrue();
        s.learn(URL, state(FetchState.REQUEUED));
        assertThat(s.isDone(URL)).isFalse();
        assertThat(s.isDeadLetteredOrRequeued(URL)).isTrue();
    }

    @Test
    void requeuedNeverReplacesFetched() {
        FetchStateStore s = storeWith(FetchState.FETCHED);
        s.learn(URL, state(FetchState.REQUEUED));
        assertThat(s.isDone(URL)).isTrue();
        assertThat(s.isDeadLetteredOrRequeued(URL)).isFalse();
    }

    @Test
    void aFetchAfterTheRequeueIsFinalAgain() {
        FetchStateStore s = storeWith(FetchState.DEAD_LETTERED);
        s.learn(URL, state(FetchState.REQUEUED));
        s.learn(URL, state(FetchState.FETCHED));
        assertThat(s.isDone(URL)).isTrue();
        FetchStateStore unknown = storeWith(null);
        unknown.learn(URL, state(FetchState.REQUEUED));
        assertThat(unknown.isDone(URL)).isFalse();
    }

    @Test
    void requeueWritesTheStateBeforeTheDiscoveredUrl() {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(
                Requeue.records(new Topics("t."), URL, URL + "?x=1", "news", T));
        assertThat(records).extracting(ProducerRecord::topic).containsExactly("t.fetch-state", "t.discovered-urls");
        assertThat(new String(records.get(0).value(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"outcome\":\"requeued\"");
        assertThat(new String(records.get(1).value(), java.nio.charset.StandardCharsets.UTF_8))
                .contains(Requeue.VIA).contains("\"source\":\"news\"");
    }
}
