package newsflow.ingest.app;

import newsflow.common.model.DeadLetter;
import newsflow.common.model.RawPage;
import newsflow.ingest.state.FetchState;

/**
 * Where ingest's records go: raw pages, dead letters, fetch states and announced URLs. {@link KafkaIngestOutput} in the
 * service; an in-memory list in tests. Implementations are thread-safe (workers call them concurrently).
 */
public interface IngestOutput extends AutoCloseable {
    /**
     * @param page the page; its canonical URL is the key
     * @throws ProduceException when the record is not acknowledged
     */
    void rawPage(RawPage page) throws ProduceException;

    /**
     * @param key            canonical URL (the record key)
     * @param letter         the JSON value
     * @param exceptionClass exception class name or reason code for the header
     * @throws ProduceException when the record is not acknowledged
     */
    void deadLetter(String key, DeadLetter letter, String exceptionClass) throws ProduceException;

    /**
     * @param record a record that failed after Kafka, built by {@link newsflow.common.topic.DeadLetterRecords}
     *               (original bytes plus the dead-letter headers), addressed to the dead-letter topic
     * @throws ProduceException when the record is not acknowledged
     */
    void deadLetterRecord(org.apache.kafka.clients.producer.ProducerRecord<byte[], byte[]> record)
            throws ProduceException;

    /**
     * Puts URLs on the frontier (the discovered-urls topic, keyed by host) for the instance owning each host to
     * fetch, and waits until all are acknowledged.
     *
     * @param urls the URLs, in order
     * @throws ProduceException when one of them is not acknowledged (those before it may be)
     */
    void discovered(java.util.List<newsflow.common.model.DiscoveredUrl> urls) throws ProduceException;

    /**
     * @param key   canonical page URL
     * @param state the state
     */
    void fetchState(String key, FetchState state);

    /**
     * Writes the status of one feed or sitemap (asynchronously; the latest per URL wins). Outputs that keep no
     * status (tests) ignore it.
     *
     * @param url    the feed or sitemap URL (the record key)
     * @param status its status
     */
    default void sourceStatus(String url, newsflow.common.model.FeedStatus status) {
    }

    /** Waits until every record sent is acknowledged. */
    void flush();

    @Override
    void close();

    /** A record that was not acknowledged. */
    final class ProduceException extends Exception {
        private static final long serialVersionUID = 1L;

        /**
         * @param message what failed
         * @param cause   the producer's exception
         */
        public ProduceException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
