package newsflow.launcher.ops;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import newsflow.common.model.DeadLetterReplay;
import newsflow.common.topic.CompactedTopicReader;
import newsflow.common.topic.TopicBootstrap;
import newsflow.common.topic.TopicDef;
import newsflow.common.topic.Topics;
import newsflow.ingest.state.Requeue;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Re-submits dead letters after the fault that caused them is fixed, and records each one it re-submitted on the
 * compacted dead-letter-replays topic (key {@code <partition>:<offset>} of the dead letter) in the same Kafka
 * transaction as the re-submitted records, so that a dead letter is replayed once: a later replay skips what the
 * topic lists, and a replay that dies half-way leaves nothing (its transaction aborts); replays run one at a time
 * (one transactional id per topic prefix: a newer replay fences an older one still open).
 * <ul>
 *   <li>a fetch failure (stage {@code fetch}, never in Kafka): the page is re-queued for ingest ({@link Requeue});</li>
 *   <li>a record that failed after Kafka (enrich and sink stages: the {@code newsflow.source.topic} header is set):
 *       its original key and value go back to that topic;</li>
 *   <li>anything else (no source topic and no URL) cannot be re-submitted and is reported as such.</li>
 * </ul>
 */
public final class DeadLetterReplayer {
    /** Transactional id of the replay producer: one replay at a time per pipeline (a newer one fences). */
    public static final String TRANSACTIONAL_ID_PREFIX = "newsflow-dead-letter-replay-";

    /**
     * What a replay does with one dead letter.
     *
     * @param entry  the dead letter
     * @param target the topic it goes back to, {@code ingest} for a re-queued URL, or null when it cannot be
     *               re-submitted
     * @param note   why it is skipped, or null
     */
    public record Step(DeadLetterEntry entry, String target, String note) {
        /** @return true when it is re-submitted */
        public boolean replayable() {
            return target != null && note == null;
        }
    }

    private final PipelineCoordinates pipeline;
    private final Clock clock;

    /**
     * @param pipeline where the pipeline lives
     * @param clock    time source of the replay records
     */
    public DeadLetterReplayer(PipelineCoordinates pipeline, Clock clock) {
        this.pipeline = pipeline;
        this.clock = clock;
    }

    /**
     * @param entries the dead letters (already filtered by stage, reason, time)
     * @param timeout the longest reading the replays topic may take
     * @return one step per entry: replayed, or skipped with the reason
     */
    public List<Step> plan(List<DeadLetterEntry> entries, Duration timeout) {
        Set<String> done = CompactedTopicReader.readLatest(pipeline.bootstrapServers(),
                pipeline.topics().deadLetterReplays().name(), timeout).keySet();
        List<Step> steps = new ArrayList<>();
        for (DeadLetterEntry e : entries) {
            String target = target(e);
            String note = done.contains(e.replayKey()) ? "already replayed"
                    : target == null ? "cannot replay: no source topic and no URL" : null;
            steps.add(new Step(e, target, note));
        }
        return steps;
    }

    private static String target(DeadLetterEntry e) {
        if (e.sourceTopic() != null && e.value() != null) {
            return e.sourceTopic();
        }
        if (DeadLetterEntry.FETCH.equals(e.stage()) && (e.url() != null || e.key() != null)) {
            return "ingest";
        }
        return null;
    }

    /**
     * Re-submits the replayable steps in one transaction, each with its replay record.
     *
     * @param steps the plan
     * @return how many dead letters were re-submitted
     */
    public int apply(List<Step> steps) {
        List<Step> todo = steps.stream().filter(Step::replayable).toList();
        if (todo.isEmpty()) {
            return 0;
        }
        Topics topics = pipeline.topics();
        TopicDef<String, DeadLetterReplay> replays = topics.deadLetterReplays();
        TopicBootstrap.ensure(pipeline.bootstrapServers(),
                java.util.Map.of(replays.name(), replays.topicConfig()), java.util.Optional.empty());
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.initTransactions();
            producer.beginTransaction();
            try {
                for (Step s : todo) {
                    DeadLetterEntry e = s.entry();
                    for (ProducerRecord<byte[], byte[]> r : records(s)) {
                        producer.send(r);
                    }
                    DeadLetterReplay done = new DeadLetterReplay(e.stage(), e.reason(), e.url(), s.target(),
                            clock.instant());
                    producer.send(new ProducerRecord<>(replays.name(),
                            e.replayKey().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            replays.valueSerde().serializer().serialize(replays.name(), done)));
                }
                producer.commitTransaction();
            } catch (RuntimeException ex) {
                producer.abortTransaction();
                throw ex;
            }
        }
        return todo.size();
    }

    private List<ProducerRecord<byte[], byte[]>> records(Step s) {
        DeadLetterEntry e = s.entry();
        if (!"ingest".equals(s.target())) {
            return List.of(new ProducerRecord<>(s.target(), e.key(), e.value()));
        }
        String key = e.keyText() != null ? e.keyText() : e.url();
        String url = e.url() != null ? e.url() : key;
        return Requeue.records(pipeline.topics(), key, url, e.source(), clock.instant());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                TRANSACTIONAL_ID_PREFIX + pipeline.topics().prefix().toLowerCase(Locale.ROOT));
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-dead-letter-replay");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
