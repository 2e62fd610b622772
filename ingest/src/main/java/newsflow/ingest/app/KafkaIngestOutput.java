package newsflow.ingest.app;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.DeadLetterHeaders;
import newsflow.common.model.RawPage;
import newsflow.common.serde.Json;
import newsflow.common.topic.Topics;
import newsflow.ingest.state.FetchState;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Everything ingest writes to Kafka, through one idempotent producer ({@code acks=all}, zstd,
 * {@code max.request.size} = {@link Topics#MAX_MESSAGE_BYTES}): raw pages, dead letters and fetch states.
 * Raw pages and dead letters are sent synchronously (the worker waits for the acknowledgement) so the fetch
 * state, written after them, never claims a page that Kafka does not hold. Thread-safe.
 */
public final class KafkaIngestOutput implements IngestOutput {
    /** Cut of the exception-message header, in characters (DeadLetterHeaders). */
    public static final int MAX_MESSAGE_CHARS = 1000;
    private final KafkaProducer<byte[], byte[]> producer;
    private final Topics topics;
    private final Serializer<RawPage> rawPageSerializer;

    /**
     * @param bootstrapServers Kafka bootstrap servers
     * @param topics           topic names
     */
    public KafkaIngestOutput(String bootstrapServers, Topics topics) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
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
    public void deadLetterRecord(ProducerRecord<byte[], byte[]> record) throws ProduceException {
        send(record);
    }

    /** Writes the state asynchronously (the idempotent producer keeps the order per key). */
    @Override
    public void fetchState(String key, FetchState state) {
        try {
            producer.send(new ProducerRecord<>(topics.fetchStateName(), key(key),
                    Json.mapper().writeValueAsBytes(state)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write fetch state for " + key, e);
        }
    }

    @Override
    public void flush() {
        producer.flush();
    }

    private void send(ProducerRecord<byte[], byte[]> record) throws ProduceException {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProduceException("interrupted while producing to " + record.topic(), e);
        } catch (ExecutionException e) {
            throw new ProduceException("producing to " + record.topic() + " failed: " + e.getCause(), e.getCause());
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
        producer.close();
    }
}
