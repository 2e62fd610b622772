package newsflow.enrich.app;

import java.time.Duration;
import newsflow.enrich.pipeline.Enricher;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service: runs {@link EnrichTopology} in Kafka Streams (exactly-once v2 by default). Scale out by
 * starting more instances with the same application id; Kafka assigns the raw-pages partitions among them.
 * Lifecycle only: the topology is built by {@link EnrichTopology#buildTopology(EnrichConfig)}.
 */
public final class EnrichService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
    private final KafkaStreams streams;
    private final EnrichCounters counters = new EnrichCounters();

    /**
     * @param config the configuration
     */
    public EnrichService(EnrichConfig config) {
        Enricher enricher = Enrichers.create(config);
        this.streams = new KafkaStreams(EnrichTopology.buildTopology(config, enricher, counters),
                config.streamsProperties());
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> LOG.info("enrich state {} -> {}", before, now));
    }

    /** Starts processing (returns at once). */
    public void start() {
        streams.start();
    }

    /** @return the running counts */
    public EnrichCounters counters() {
        return counters;
    }

    /** @return the Kafka Streams state */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /**
     * Stops processing, committing what was processed.
     *
     * @param timeout how long to wait for a clean shutdown
     */
    public void close(Duration timeout) {
        streams.close(timeout);
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
