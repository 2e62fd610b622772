package newsflow.ingest.state;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The crawl state in memory, written through to the compacted fetch-state topic. It is filled at start-up by
 * {@link FetchStateLoader} (the whole topic, so a restarted instance knows every URL already fetched), kept
 * current by {@link #record} for this instance's outcomes and by {@link #learn} for the outcomes other instances
 * write to the topic. Thread-safe.
 */
public final class FetchStateStore {
    private final Map<String, FetchState> states = new ConcurrentHashMap<>();
    private final BiConsumer<String, FetchState> writer;

    /**
     * @param initial the states read back from the topic (key → latest state)
     * @param writer  persists one state (produces to the topic); called on every {@link #record}
     */
    public FetchStateStore(Map<String, FetchState> initial, BiConsumer<String, FetchState> writer) {
        this.states.putAll(initial);
        this.writer = writer;
    }

    /**
     * @param key a canonical page URL
     * @return true when the page already has a final outcome (fetched or dead-lettered)
     */
    public boolean isDone(String key) {
        FetchState s = states.get(key);
        return s != null && s.isFinalPage();
    }

    /**
     * @param key a canonical page URL
     * @return the state recorded for it
     */
    public Optional<FetchState> get(String key) {
        return Optional.ofNullable(states.get(key));
    }

    /**
     * Stores and persists a state.
     *
     * @param key   canonical page URL
     * @param state the new state
     */
    public void record(String key, FetchState state) {
        states.put(key, state);
        writer.accept(key, state);
    }

    /**
     * Stores a state read from the topic (written by this or another instance) without writing it back. A
     * final page outcome is never replaced by a non-final state, except a dead-lettered page by
     * {@link FetchState#REQUEUED} (a dead-letter replay asks for it to be fetched again).
     *
     * @param key   canonical page URL
     * @param state the state read
     */
    public void learn(String key, FetchState state) {
        states.merge(key, state, (known, read) -> known.isFinalPage() && !read.isFinalPage()
                && !(FetchState.DEAD_LETTERED.equals(known.outcome()) && FetchState.REQUEUED.equals(read.outcome()))
                ? known : read);
    }

    /**
     * @param key a canonical page URL
     * @return true when the page was dead-lettered or re-queued after that (a replay may fetch it again)
     */
    public boolean isDeadLetteredOrRequeued(String key) {
        FetchState s = states.get(key);
        return s != null && (FetchState.DEAD_LETTERED.equals(s.outcome()) || FetchState.REQUEUED.equals(s.outcome()));
    }

    /**
     * @param kind a state kind, e.g. {@link FetchState#HOST}
     * @return the states of that kind known now
     */
    public java.util.List<FetchState> ofKind(String kind) {
        return states.values().stream().filter(s -> kind.equals(s.kind())).toList();
    }

    /** @return how many keys are known */
    public int size() {
        return states.size();
    }
}
