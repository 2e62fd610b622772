package newsflow.enrich.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Properties;
import newsflow.enrich.deadletter.DeadLetterHandlers;
import newsflow.enrich.pipeline.Enricher;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service: runs {@link EnrichTopology} in Kafka Streams (exactly-once v2 by default). Scale out by
 * starting more instances with the same application id; Kafka assigns the raw-pages partitions among them.
 * Lifecycle only: the topology is built by {@link EnrichTopology#buildTopology(EnrichConfig)}. Each instance
 * claims its own state directory ({@link InstanceStateDirectory}: {@code <enrich.state.dir>/<enrich.instance.id>},
 * or the first free {@code instance-N}) so several instances can run on one machine.
 */
public final class EnrichService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
    private final KafkaStreams streams;
    private final InstanceStateDirectory stateDirectory;
    private final EnrichCounters counters;
    private final KafkaStreamsMetrics streamsMetrics;

    /**
     * @param config the configuration; meters go to a private registry
     * @throws org.apache.kafka.common.config.ConfigException when another running instance holds the configured
     *                                                        {@code enrich.instance.id}
     */
    public EnrichService(EnrichConfig config) {
        this(config, new SimpleMeterRegistry());
    }

    /**
     * @param config   the configuration
     * @param registry where the meters go: the topology's ({@link EnrichCounters}), the dead letters
     *                 ({@code newsflow.dead.letters}) and Kafka Streams' own ({@code kafka.stream.*} and the
     *                 embedded clients', through Micrometer's {@link KafkaStreamsMetrics})
     * @throws org.apache.kafka.common.config.ConfigException when another running instance holds the configured
     *                                                        {@code enrich.instance.id}
     */
    public EnrichService(EnrichConfig config, MeterRegistry registry) {
        this.counters = new EnrichCounters(registry);
        Enricher enricher = Enrichers.create(config).observedBy(counters);
        this.stateDirectory = InstanceStateDirectory.claim(config.stateDir(), config.instanceId());
        Properties props = config.streamsProperties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDirectory.path().toString());
        props.put(DeadLetterHandlers.METER_REGISTRY_CONFIG, registry);
        try {
            this.streams = new KafkaStreams(EnrichTopology.buildTopology(config, enricher, counters), props);
        } catch (RuntimeException | Error e) {
            stateDirectory.close();
            throw e;
        }
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        LOG.info("enrich instance {} keeps its state in {}", stateDirectory.instanceId(), stateDirectory.path());
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
        try {
            streams.close(timeout);
        } finally {
            streamsMetrics.close();
            stateDirectory.close();
        }
    }

    /** @return this instance's state directory (its id and path) */
    public InstanceStateDirectory stateDirectory() {
        return stateDirectory;
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
