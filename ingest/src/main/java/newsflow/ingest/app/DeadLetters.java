package newsflow.ingest.app;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import newsflow.common.model.DeadLetter;
import newsflow.common.topic.DeadLetterRecords;
import newsflow.ingest.state.FetchState;
import newsflow.ingest.state.FetchStateStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
    private final ProduceRetry retry;

    DeadLetters(IngestOutput output, FetchStateStore store, IngestCounters counters) {
        this(output, store, counters, new ProduceRetry(Duration.ofSeconds(1), Duration.ofSeconds(30)));
    }

    /** @param retry how a transient producer failure is retried (issue 11) */
    DeadLetters(IngestOutput output, FetchStateStore store, IngestCounters counters, ProduceRetry retry) {
        this.output = output;
        this.store = store;
        this.counters = counters;
        this.retry = retry;
    }

    /**
     * @param key            canonical URL (or the raw URL when it has no canonical form)
     * @param letter         the dead-letter value
     * @param exceptionClass exception class name or reason code
     * @param state          the fetch state to record, or null to record a plain dead-lettered page
     * @return true when the dead letter was written and the state recorded; false when it could not be written
     *         (nothing recorded: the caller keeps its task unfinished)
     */
    boolean write(String key, DeadLetter letter, String exceptionClass, FetchState state) {
        try {
            retry.run("dead letter for " + key, () -> output.deadLetter(key, letter, exceptionClass));
        } catch (IngestOutput.ProduceException e) {
            LOG.error("dead letter for {} ({}) could not be produced: {}", key, letter.reason(), e.getMessage());
            return false;
        }
        counters.deadLetterWritten(letter.stage());
        store.record(key, state != null ? state
                : new FetchState(key, FetchState.PAGE, FetchState.DEAD_LETTERED, 0, letter.at(), 0));
        LOG.info("dead-lettered {}: {} ({})", key, letter.reason(), letter.detail());
        return true;
    }

    /**
     * Dead-letters a discovered-urls record that is not a {@link newsflow.common.model.DiscoveredUrl}: its bytes
     * and its coordinates (stage {@code deserialize}); a failure to produce it is logged.
     *
     * @param r               the record as read
     * @param e               why it could not be read
     * @param deadLetterTopic the dead-letter topic's name
     */
    void malformed(ConsumerRecord<String, byte[]> r, Exception e, String deadLetterTopic) {
        byte[] key = r.key() == null ? null : r.key().getBytes(StandardCharsets.UTF_8);
        try {
            output.deadLetterRecord(DeadLetterRecords.ofException(deadLetterTopic, key, r.value(), "deserialize", e,
                    new DeadLetterRecords.Origin(r.topic(), r.partition(), r.offset()), r.key()));
            counters.deadLetterWritten("deserialize");
        } catch (IngestOutput.ProduceException pe) {
            LOG.error("dead letter for the malformed record {}-{}@{} could not be produced: {}", r.topic(),
                    r.partition(), r.offset(), pe.getMessage());
        }
    }
}
