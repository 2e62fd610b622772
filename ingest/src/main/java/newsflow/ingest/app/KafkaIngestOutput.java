package newsflow.ingest.app;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.DeadLetterHeaders;
import newsflow.common.model.DiscoveredUrl;
import newsflow.common.model.RawPage;
import newsflow.common.serde.Json;
import newsflow.common.topic.Topics;
import newsflow.ingest.state.FetchState;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything ingest writes to Kafka, through one idempotent producer ({@code acks=all}, zstd,
 * {@code max.request.size} = {@link Topics#MAX_MESSAGE_BYTES}): raw pages, dead letters, fetch states and
 * source statuses.
 * Raw pages and dead letters are sent synchronously (the worker waits for the acknowledgement) so the fetch
 * state, written after them, never claims a page that Kafka does not hold. Thread-safe.
 */
public final class KafkaIngestOutput implements IngestOutput {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaIngestOutput.class);
    /** Cut of the exception-message header, in characters (DeadLetterHeaders). */
    public static final int MAX_MESSAGE_CHARS = 1000;
    private final KafkaProducer<byte[], byte[]> producer;
    private final Topics topics;
    private final Serializer<RawPage> rawPageSerializer;
    private final Duration resendBackoff;
    private final ScheduledExecutorService resender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ingest-state-resend");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param bootstrapServers Kafka bootstrap servers
     * @param topics           topic names
     */
    public KafkaIngestOutput(String bootstrapServers, Topics topics) {
        this(bootstrapServers, topics, Map.of(), Duration.ofSeconds(1));
    }

    /**
     * @param bootstrapServers Kafka bootstrap servers
     * @param topics           topic names
     * @param producerSettings producer configs set from the ingest configuration ({@code delivery.timeout.ms},
     *                         {@code request.timeout.ms}, {@code max.block.ms})
     * @param resendBackoff    wait before a fetch state whose send failed transiently is sent again
     */
    public KafkaIngestOutput(String bootstrapServers, Topics topics, Map<String, Object> producerSettings,
                             Duration resendBackoff) {
        this.resendBackoff = resendBackoff;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
        p.putAll(producerSettings);
        this.producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
        this.topics = topics;
        this.rawPageSerializer = topics.rawPages().valueSerde().serializer();
    }

    @Override
    public void rawPage(RawPage page) throws ProduceException {
        String topic = topics.rawPages().name();
        send(new ProducerRecord<>(topic, key(page.url()), rawPageSerializer.serialize(topic, page)));
    }

    @Override
    public void deadLetter(String key, DeadLetter letter, String exceptionClass) throws ProduceException {
        RecordHeaders h = new RecordHeaders();
        h.add(DeadLetterHeaders.STAGE, utf8(letter.stage()));
        h.add(DeadLetterHeaders.EXCEPTION_CLASS, utf8(exceptionClass));
        String msg = letter.detail() == null ? "" : letter.detail();
        h.add(DeadLetterHeaders.EXCEPTION_MESSAGE,
                utf8(msg.length() > MAX_MESSAGE_CHARS ? msg.substring(0, MAX_MESSAGE_CHARS) : msg));
        if (letter.url() != null) {
            h.add(DeadLetterHeaders.URL, utf8(letter.url()));
        }
        String topic = topics.deadLetter().name();
        byte[] value = Topics.deadLetterValueSerde().serializer().serialize(topic, letter);
        send(new ProducerRecord<>(topic, null, key(key), value, h));
    }

    @Override
    public void discovered(List<DiscoveredUrl> urls) throws ProduceException {
        String topic = topics.discoveredUrlsName();
        List<Future<RecordMetadata>> sent = new ArrayList<>(urls.size());
        for (DiscoveredUrl d : urls) {
            try {
                String host = HostOwnership.hostOf(d.url(), d.document());
                sent.add(producer.send(new ProducerRecord<>(topic, key(host),
                        Json.mapper().writeValueAsBytes(d))));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new ProduceException("cannot serialise the discovered URL " + d.url(), e);
            } catch (KafkaException e) {
                throw new ProduceException("producing to " + topic + " failed: " + e, e);
            }
        }
        for (Future<RecordMetadata> f : sent) {
            await(f, topic);
        }
    }

    @Override
    public void deadLetterRecord(ProducerRecord<byte[], byte[]> record) throws ProduceException {
        send(record);
    }

    /**
     * Writes the state asynchronously (the idempotent producer keeps the order per key); a send that fails
     * transiently (broker outage longer than the delivery timeout) is sent again after a wait, as long as the
     * output is open, so the state is not lost.
     */
    @Override
    public void fetchState(String key, FetchState state) {
        try {
            sendState(new ProducerRecord<>(topics.fetchStateName(), key(key), Json.mapper().writeValueAsBytes(state)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write fetch state for " + key, e);
        }
    }

    /** Writes the status asynchronously, like the fetch state. */
    @Override
    public void sourceStatus(String url, newsflow.common.model.FeedStatus status) {
        String topic = topics.sourceStatus().name();
        sendState(new ProducerRecord<>(topic, key(url),
                topics.sourceStatus().valueSerde().serializer().serialize(topic, status)));
    }


    private void sendState(ProducerRecord<byte[], byte[]> record) {
        try {
            producer.send(record, (metadata, e) -> {
                if (e != null) {
                    stateFailed(record, e);
                }
            });
        } catch (KafkaException e) {
            stateFailed(record, e);
        }
    }

    private void stateFailed(ProducerRecord<byte[], byte[]> record, Exception e) {
        String key = new String(record.key(), StandardCharsets.UTF_8);
        if (ProduceRetry.isTransient(e) && !resender.isShutdown()) {
            LOG.warn("state record for {} not acknowledged ({}); sent again in {} ms", key, e.getMessage(),
                    resendBackoff.toMillis());
            try {
                resender.schedule(() -> sendState(record), resendBackoff.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // closing: fall through
            }
        }
        LOG.error("state record for {} not written ({}): a fetch state lost means the URL may be fetched again after a restart", key,
                e.getMessage());
    }

    @Override
    public void flush() {
        producer.flush();
    }

    private void send(ProducerRecord<byte[], byte[]> record) throws ProduceException {
        Future<RecordMetadata> f;
        try {
            f = producer.send(record);
        } catch (KafkaException e) {
            // thrown by send itself, e.g. a TimeoutException after max.block.ms without the topic's metadata
            throw new ProduceException("producing to " + record.topic() + " failed: " + e, e);
        }
        await(f, record.topic());
    }

    private static void await(Future<RecordMetadata> f, String topic) throws ProduceException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProduceException("interrupted while producing to " + topic, e);
        } catch (ExecutionException e) {
            throw new ProduceException("producing to " + topic + " failed: " + e.getCause(), e.getCause());
        }
    }

    private static byte[] key(String k) {
        return k == null ? null : k.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }


    /**
     * Binds this client's Kafka metrics ({@code kafka_producer_*} / {@code kafka_consumer_*}) to a registry.
     *
     * @param registry the registry
     * @return the binder, to close with the client
     */
    public AutoCloseable bindMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        var binder = new io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics(producer);
        binder.bindTo(registry);
        return binder;
    }

    @Override
    public void close() {
        producer.flush();
        resender.shutdown();
        producer.close();
    }
}
