package newsflow.ingest.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import newsflow.common.serde.Json;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the compacted fetch-state topic without a consumer group (manual assignment of every partition, no
 * commits): first from the beginning to the end offsets captured at start ({@link #readToEnd}), keeping the
 * latest state per key (a tombstone removes the key); then, while the instance runs, the states other ingest
 * instances record ({@link #follow}), so that a URL another instance fetched after this one started is not
 * fetched again (after a rebalance moves a source, or when a feed and a listing page announce the same URL to
 * two instances). Malformed values are skipped with a warning: they cannot be acted on, and the topic is
 * ingest's own. Not thread-safe: the service loop alone uses it after start-up.
 */
public final class FetchStateLoader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FetchStateLoader.class);
    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final List<TopicPartition> parts = new ArrayList<>();

    /**
     * Opens a consumer on every partition of the topic, positioned at the beginning.
     *
     * @param bootstrapServers the Kafka bootstrap servers
     * @param topic            the fetch-state topic name
     * @param timeout          how long to wait for the topic metadata
     * @throws IllegalStateException when the topic does not exist
     */
    public FetchStateLoader(String bootstrapServers, String topic, Duration timeout) {
        this(bootstrapServers, topic, timeout, Map.of());
    }

    /**
     * Opens a consumer on every partition of the topic, positioned at the beginning.
     *
     * @param bootstrapServers the Kafka bootstrap servers
     * @param topic            the fetch-state topic name
     * @param timeout          how long to wait for the topic metadata
     * @param settings         further consumer configs (ingest's Kafka call timeouts)
     * @throws IllegalStateException when the topic does not exist
     * @throws org.apache.kafka.common.KafkaException when the metadata cannot be had (e.g. a {@code
     *         TimeoutException} while the broker is unreachable; the consumer is closed, the caller may retry)
     */
    public FetchStateLoader(String bootstrapServers, String topic, Duration timeout, Map<String, ?> settings) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-ingest-state-loader");
        p.putAll(settings);
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        List<PartitionInfo> infos;
        try {
            infos = consumer.partitionsFor(topic, timeout);
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
        if (infos == null || infos.isEmpty()) {
            consumer.close();
            throw new IllegalStateException("fetch-state topic " + topic + " does not exist");
        }
        infos.forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
        consumer.assign(parts);
        consumer.seekToBeginning(parts);
    }

    /**
     * @param timeout how long the read may take
     * @return key → latest state, from the beginning to the end offsets at the time of the call
     * @throws IllegalStateException when the topic cannot be read to its end within {@code timeout}
     * @throws org.apache.kafka.common.KafkaException when the end offsets cannot be had (a {@code TimeoutException}
     *         while the broker is unreachable); the read may be tried again: each call starts from the beginning
     */
    public Map<String, FetchState> readToEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, FetchState> out = new HashMap<>();
        consumer.seekToBeginning(parts); // a retry after a failed read starts over
        Map<TopicPartition, Long> end = consumer.endOffsets(parts, timeout);
        while (!caughtUp(end)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("fetch-state topic " + topic + " not read to its end within "
                        + timeout);
            }
            read(Duration.ofMillis(200), out::put, out::remove);
        }
        LOG.info("fetch state read back: {} keys from {}", out.size(), topic);
        return out;
    }

    /**
     * Hands over the states written since the last read, without waiting.
     *
     * @param onState receives each key and its newest state (this instance's own included)
     * @return how many records were read
     */
    public int follow(BiConsumer<String, FetchState> onState) {
        return read(Duration.ZERO, onState, key -> { });
    }

    /**
     * Reads what other instances recorded up to the end offsets of now (a host just taken over from another
     * instance: what it fetched must be known before its URLs are read again).
     *
     * @param timeout how long the read may take; whatever is not read by then arrives through {@link #follow}
     * @param onState receives each key and its newest state
     * @return how many records were read
     */
    public int catchUp(Duration timeout, BiConsumer<String, FetchState> onState) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int n = 0;
        try {
            Map<TopicPartition, Long> end = consumer.endOffsets(parts, timeout);
            while (!caughtUp(end) && System.nanoTime() < deadline) {
                n += read(Duration.ofMillis(100), onState, key -> { });
            }
        } catch (RetriableException e) {
            // the broker unreachable: best effort, the rest arrives through follow() once it is back
            LOG.warn("fetch states not caught up ({}): the rest is read as the broker answers again", e.toString());
        }
        return n;
    }

    private int read(Duration timeout, BiConsumer<String, FetchState> onState,
                     java.util.function.Consumer<String> onTombstone) {
        int n = 0;
        for (ConsumerRecord<String, byte[]> r : consumer.poll(timeout)) {
            n++;
            if (r.key() == null) {
                continue;
            }
            if (r.value() == null) {
                onTombstone.accept(r.key());
                continue;
            }
            try {
                onState.accept(r.key(), Json.mapper().readValue(r.value(), FetchState.class));
            } catch (java.io.IOException e) {
                LOG.warn("skipping malformed fetch state for {}: {}", r.key(), e.getMessage());
            }
        }
        return n;
    }

    private boolean caughtUp(Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Binds this client's Kafka metrics ({@code kafka_producer_*} / {@code kafka_consumer_*}) to a registry.
     *
     * @param registry the registry
     * @return the binder, to close with the client
     */
    public AutoCloseable bindMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        var binder = new io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics(consumer);
        binder.bindTo(registry);
        return binder;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
