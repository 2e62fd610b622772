package newsflow.ingest.app;

import newsflow.common.model.DeadLetter;
import newsflow.ingest.state.FetchState;
import newsflow.ingest.state.FetchStateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a page that cannot be fetched to the dead-letter topic (stage {@code fetch}, headers per
 * {@link newsflow.common.model.DeadLetterHeaders}) and records it as final in the fetch state, so it is neither
 * lost silently nor fetched again after a restart.
 */
final class DeadLetters {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    private final IngestOutput output;
    private final FetchStateStore store;
    private final IngestCounters counters;

    DeadLetters(IngestOutput output, FetchStateStore store, IngestCounters counters) {
        this.output = output;
        this.store = store;
        this.counters = counters;
    }

    /**
     * @param key            canonical URL (or the raw URL when it has no canonical form)
     * @param letter         the dead-letter value
     * @param exceptionClass exception class name or reason code
     * @param state          the fetch state to record, or null to record a plain dead-lettered page
     */
    void write(String key, DeadLetter letter, String exceptionClass, FetchState state) {
        try {
            output.deadLetter(key, letter, exceptionClass);
        } catch (IngestOutput.ProduceException e) {
            LOG.error("dead letter for {} ({}) could not be produced: {}", key, letter.reason(), e.getMessage());
            return;
        }
        counters.deadLetterWritten(letter.stage());
        store.record(key, state != null ? state
                : new FetchState(key, FetchState.PAGE, FetchState.DEAD_LETTERED, 0, letter.at(), 0));
        LOG.info("dead-lettered {}: {} ({})", key, letter.reason(), letter.detail());
    }
}
