package newsflow.common.topic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.DeadLetterReplay;
import newsflow.common.model.Edition;
import newsflow.common.model.FeedStatus;
import newsflow.common.model.RawPage;
import newsflow.common.serde.JsonSerde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of newsflow, named under one configurable prefix. Formats are documented once, in docs/topics.md.
 *
 * @param prefix the name prefix, e.g. {@code newsflow.}
 */
public record Topics(String prefix) {
    /** The default prefix. */
    public static final String DEFAULT_PREFIX = "newsflow.";
    /** Largest record value the project produces or accepts, in bytes (broker, topic and clients agree). */
    public static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    private static final Map<String, String> COMPACTED = Map.of(
            "cleanup.policy", "compact",
            "compression.type", "zstd",
            "max.message.bytes", Integer.toString(MAX_MESSAGE_BYTES));
    private static final Map<String, String> RETAINED_30_DAYS = Map.of(
            "cleanup.policy", "delete",
            "retention.ms", Long.toString(30L * 24 * 3600 * 1000),
            "compression.type", "zstd",
            "max.message.bytes", Integer.toString(MAX_MESSAGE_BYTES));

    /** Fetched pages, key = canonical URL, value = {@link RawPage}; compacted so a replay re-enriches every page. */
    public TopicDef<String, RawPage> rawPages() {
        return new TopicDef<>(prefix + "raw-pages", Serdes.String(), JsonSerde.of(RawPage.class), COMPACTED);
    }

    /** Every edition, key = {@code documentId:lang}, value = {@link Edition}; compacted (latest per key). */
    public TopicDef<String, Edition> editions() {
        return new TopicDef<>(prefix + "editions", Serdes.String(), JsonSerde.of(Edition.class), COMPACTED);
    }

    /**
     * The editions of one language, same format as {@link #editions()}.
     *
     * @param lang ISO 639-1 code, or {@code other} for languages outside the routed set
     */
    public TopicDef<String, Edition> editionsIn(String lang) {
        return new TopicDef<>(prefix + "editions." + lang.toLowerCase(Locale.ROOT), Serdes.String(),
                JsonSerde.of(Edition.class), COMPACTED);
    }

    /** Dead letters from every stage: original key and value bytes plus DeadLetterHeaders, or a {@link DeadLetter}. */
    public TopicDef<byte[], byte[]> deadLetter() {
        return new TopicDef<>(prefix + "dead-letter", Serdes.ByteArray(), Serdes.ByteArray(), RETAINED_30_DAYS);
    }

    /** Serde for {@link DeadLetter} values written by services that have no original bytes. */
    public static JsonSerde<DeadLetter> deadLetterValueSerde() {
        return JsonSerde.of(DeadLetter.class);
    }

    /** Ingest's crawl state, key = canonical URL, value = JSON fetch state (ingest module); compacted. */
    public String fetchStateName() {
        return prefix + "fetch-state";
    }

    /** URLs found by enrich on listing pages, key = canonical URL, value = JSON {url, source, discovered_via}. */
    public String discoveredUrlsName() {
        return prefix + "discovered-urls";
    }

    /**
     * How each feed and sitemap of every source was last polled, key = feed or sitemap URL, value =
     * {@link FeedStatus}; compacted (the latest status per URL), written by ingest, read by {@code newsflow sources}.
     */
    public TopicDef<String, FeedStatus> sourceStatus() {
        return new TopicDef<>(prefix + "source-status", Serdes.String(), JsonSerde.of(FeedStatus.class), COMPACTED);
    }

    /**
     * Dead letters already re-submitted, key = {@code <partition>:<offset>} on the dead-letter topic, value =
     * {@link DeadLetterReplay}; compacted, so a replay is never applied twice.
     */
    public TopicDef<String, DeadLetterReplay> deadLetterReplays() {
        return new TopicDef<>(prefix + "dead-letter-replays", Serdes.String(), JsonSerde.of(DeadLetterReplay.class),
                COMPACTED);
    }

    /** @return the topic configs of the state topics (fetch-state: compacted; discovered-urls: retained) */
    public Map<String, Map<String, String>> stateTopicConfigs() {
        return Map.of(fetchStateName(), COMPACTED, discoveredUrlsName(), RETAINED_30_DAYS);
    }

    /**
     * @param languages the languages routed to their own topic
     * @return every topic name to create, with its configs
     */
    public Map<String, Map<String, String>> all(List<String> languages) {
        var all = new java.util.LinkedHashMap<String, Map<String, String>>();
        all.put(rawPages().name(), rawPages().topicConfig());
        all.put(editions().name(), editions().topicConfig());
        for (String lang : languages) {
            all.put(editionsIn(lang).name(), COMPACTED);
        }
        all.put(editionsIn("other").name(), COMPACTED);
        all.put(deadLetter().name(), deadLetter().topicConfig());
        all.putAll(stateTopicConfigs());
        all.put(sourceStatus().name(), sourceStatus().topicConfig());
        all.put(deadLetterReplays().name(), deadLetterReplays().topicConfig());
        return all;
    }
}
