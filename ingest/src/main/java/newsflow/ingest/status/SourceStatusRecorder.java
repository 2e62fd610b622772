package newsflow.ingest.status;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import newsflow.common.model.FeedStatus;
import newsflow.common.topic.CompactedTopicReader;
import newsflow.common.topic.TopicDef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the status of every feed and sitemap ingest polls ({@link FeedStatus}: last poll, last success, last error,
 * items seen and new, next poll) and hands each new status to a writer (the compacted source-status topic), counts
 * each poll in the Micrometer counter {@value #POLLS} with tags {@code source} and {@code outcome} ({@code ok},
 * {@code not_modified}, {@code failed}; Prometheus: {@code newsflow_ingest_feed_polls_total}), and logs a feed only
 * when its state changes: WARN when it starts failing (or fails for another reason), INFO when it recovers — not
 * once per poll. Started from the statuses read back from the topic, so a restart neither forgets the last
 * success nor logs a known failure again. Thread-safe (fetch workers call it concurrently).
 */
public final class SourceStatusRecorder {
    /** Micrometer name of the poll counter. */
    public static final String POLLS = "newsflow.ingest.feed.polls";
    /** Outcome tag of a successful read. */
    public static final String OK = "ok";
    /** Outcome tag of a 304 answer. */
    public static final String NOT_MODIFIED = "not_modified";
    /** Outcome tag of a failed poll. */
    public static final String FAILED = "failed";
    private static final Logger LOG = LoggerFactory.getLogger(SourceStatusRecorder.class);

    private final Map<String, FeedStatus> statuses = new ConcurrentHashMap<>();
    private final BiConsumer<String, FeedStatus> writer;
    private final MeterRegistry registry;
    private final Function<String, Instant> nextPoll;
    private final Clock clock;

    /**
     * @param initial  URL → status read back from the topic
     * @param writer   persists one status (key = URL); must not block for long
     * @param registry where the poll counter is registered
     * @param nextPoll source name → its next poll time, or null when unknown
     * @param clock    time source
     */
    public SourceStatusRecorder(Map<String, FeedStatus> initial, BiConsumer<String, FeedStatus> writer,
                                MeterRegistry registry, Function<String, Instant> nextPoll, Clock clock) {
        this.statuses.putAll(initial);
        this.writer = writer;
        this.registry = registry;
        this.nextPoll = nextPoll;
        this.clock = clock;
    }

    /**
     * Reads the statuses back from the source-status topic and returns a recorder that writes there; when the topic
     * does not exist (or cannot be read) the recorder starts empty and keeps statuses in memory only, with a warning
     * — a status is an operator's aid, never a reason for ingest not to run.
     *
     * @param bootstrapServers Kafka bootstrap servers
     * @param topic            the source-status topic
     * @param writer           persists one status (key = URL)
     * @param registry         where the poll counter is registered
     * @param nextPoll         source name → next poll time, or null
     * @param clock            time source
     * @param timeout          the longest the read-back may take
     * @return the recorder
     */
    public static SourceStatusRecorder open(String bootstrapServers, TopicDef<String, FeedStatus> topic,
                                            BiConsumer<String, FeedStatus> writer, MeterRegistry registry,
                                            Function<String, Instant> nextPoll, Clock clock, Duration timeout) {
        Map<String, FeedStatus> initial = new HashMap<>();
        Map<String, byte[]> raw;
        try {
            raw = CompactedTopicReader.readIfExists(bootstrapServers, topic.name(), timeout).orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("source statuses not read back from {}: {}; keeping them in memory only", topic.name(),
                    e.toString());
            return new SourceStatusRecorder(initial, (k, v) -> { }, registry, nextPoll, clock);
        }
        if (raw == null) { // writing to a missing topic would block the fetch workers on metadata
            LOG.warn("topic {} does not exist (create it, or let ingest.create.topics do it): source statuses are"
                    + " kept in memory only", topic.name());
            return new SourceStatusRecorder(initial, (k, v) -> { }, registry, nextPoll, clock);
        }
        raw.forEach((k, v) -> {
            try {
                initial.put(k, topic.valueSerde().deserializer().deserialize(topic.name(), v));
            } catch (RuntimeException e) {
                LOG.warn("skipping malformed source status for {}: {}", k, e.getMessage());
            }
        });
        return new SourceStatusRecorder(initial, writer, registry, nextPoll, clock);
    }

    /** @return a recorder that keeps statuses in memory only (tests, tools) */
    public static SourceStatusRecorder inMemory(MeterRegistry registry, Clock clock) {
        return new SourceStatusRecorder(Map.of(), (k, v) -> { }, registry, s -> null, clock);
    }

    /**
     * A feed or sitemap was read.
     *
     * @param source source name
     * @param kind   {@link FeedStatus#FEED} or {@link FeedStatus#SITEMAP}
     * @param url    the feed or sitemap URL
     * @param seen   items it listed
     * @param fresh  of those, how many were queued as new
     */
    public void succeeded(String source, String kind, String url, long seen, long fresh) {
        succeeded(source, kind, url, seen, fresh, 0, null);
    }

    /**
     * A feed or sitemap was read, some items perhaps not.
     *
     * @param source  source name
     * @param kind    {@link FeedStatus#FEED} or {@link FeedStatus#SITEMAP}
     * @param url     the feed or sitemap URL
     * @param seen    items it listed
     * @param fresh   of those, how many were queued as new
     * @param skipped items that could not be read
     * @param note    what is worth saying about the read (skipped items by reason, items left for later), or null
     */
    public void succeeded(String source, String kind, String url, long seen, long fresh, long skipped, String note) {
        success(source, kind, url, seen, fresh, skipped, note, OK);
    }

    /**
     * A feed or sitemap answered 304 Not Modified (a success: nothing new). It still lists what its last full read
     * listed, so the items seen stay those of that read; none is new.
     *
     * @param source source name
     * @param kind   feed or sitemap
     * @param url    the URL
     */
    public void notModified(String source, String kind, String url) {
        FeedStatus before = statuses.get(url);
        success(source, kind, url, before == null ? 0 : before.itemsSeen(), 0,
                before == null ? 0 : before.itemsSkipped(), before == null ? null : before.note(), NOT_MODIFIED);
    }

    private void success(String source, String kind, String url, long seen, long fresh, long skipped, String note,
                         String outcome) {
        Instant now = clock.instant();
        FeedStatus before = statuses.get(url);
        FeedStatus s = new FeedStatus(source, url, kind, FeedStatus.OK, now, now,
                before == null ? null : before.lastErrorKind(), before == null ? null : before.lastErrorMessage(),
                before == null ? null : before.lastErrorAt(), seen, fresh, nextPoll.apply(source), skipped, note);
        if (before != null && before.failing()) {
            LOG.info("source {}: {} {} recovered (was failing since {}: {})", source, kind, url, before.lastErrorAt(),
                    before.lastErrorKind());
        }
        store(url, s, source, outcome);
    }

    /**
     * A feed or sitemap could not be fetched or read.
     *
     * @param source    source name
     * @param kind      feed or sitemap
     * @param url       the URL
     * @param errorKind reason code, e.g. {@code http-404}, {@code malformed}
     * @param message   human-readable detail
     */
    public void failed(String source, String kind, String url, String errorKind, String message) {
        Instant now = clock.instant();
        FeedStatus before = statuses.get(url);
        FeedStatus s = new FeedStatus(source, url, kind, FeedStatus.FAILING, now,
                before == null ? null : before.lastSuccessAt(), errorKind, message, now,
                before == null ? 0 : before.itemsSeen(), before == null ? 0 : before.itemsNew(),
                nextPoll.apply(source), before == null ? 0 : before.itemsSkipped(),
                before == null ? null : before.note());
        if (before == null || !before.failing() || !Objects.equals(before.lastErrorKind(), errorKind)) {
            LOG.warn("source {}: {} {} failing: {} ({}); logged again when it recovers or fails otherwise",
                    source, kind, url, errorKind, message);
        } else {
            LOG.debug("source {}: {} {} still failing: {}", source, kind, url, errorKind);
        }
        store(url, s, source, FAILED);
    }

    private void store(String url, FeedStatus s, String source, String outcome) {
        statuses.put(url, s);
        Counter.builder(POLLS).description("feed and sitemap polls by source and outcome")
                .tag("source", source == null ? "unknown" : source).tag("outcome", outcome)
                .register(registry).increment();
        try {
            writer.accept(url, s);
        } catch (RuntimeException e) {
            LOG.warn("status of {} not written: {}", url, e.toString());
        }
    }

    /** @return every status known, by source then URL */
    public List<FeedStatus> all() {
        return statuses.values().stream()
                .sorted(Comparator.comparing((FeedStatus f) -> String.valueOf(f.source())).thenComparing(FeedStatus::url))
                .toList();
    }
}
