package newsflow.enrich.app;

import java.util.List;
import newsflow.common.model.DiscoveredUrl;
import newsflow.common.model.Edition;
import newsflow.common.serde.JsonSerde;
import newsflow.common.topic.Topics;
import newsflow.enrich.pipeline.Enricher;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich topology. Input: {@code <prefix>raw-pages} (key canonical URL, value RawPage JSON). Outputs:
 * {@code <prefix>editions} and {@code <prefix>editions.<lang>} (key {@code documentId:lang}, value Edition
 * JSON), {@code <prefix>discovered-urls} (key the URL's host, value DiscoveredUrl JSON) and {@code <prefix>dead-letter}
 * (non-articles from this topology; failures through the exception handlers). Every node and the store are
 * named; the store's changelog is {@code <application.id>-enriched-content-changelog}.
 */
public final class EnrichTopology {
    /** Source node. */
    public static final String SOURCE = "raw-pages-source";
    /** The enrichment processor. */
    public static final String PROCESSOR = "enrich";
    /** Store: document id → "enrichmentVersion:contentHash" of the last enriched content. */
    public static final String CONTENT_STORE = "enriched-content";
    /** Sink of every edition. */
    public static final String EDITIONS_SINK = "editions-sink";
    /** Sink routing each edition to the topic of its language. */
    public static final String EDITIONS_BY_LANGUAGE_SINK = "editions-by-language-sink";
    /** Sink of listing links. */
    public static final String DISCOVERED_URLS_SINK = "discovered-urls-sink";
    /** Sink of non-article records on the dead-letter topic. */
    public static final String NON_ARTICLES_SINK = "non-articles-sink";

    private EnrichTopology() {
    }

    /**
     * Builds the topology with the enrichment parts the configuration names.
     *
     * @param config the configuration
     * @return the topology (pure: nothing is started)
     */
    public static Topology buildTopology(EnrichConfig config) {
        return buildTopology(config, Enrichers.create(config), new EnrichCounters());
    }

    /**
     * @param config   the configuration (topics, routed languages)
     * @param enricher the enrichment
     * @param counters counters to update
     * @return the topology (pure: nothing is started)
     */
    public static Topology buildTopology(EnrichConfig config, Enricher enricher, EnrichCounters counters) {
        Topics topics = config.topics();
        List<String> routed = config.topicLanguages();
        JsonSerde<Edition> editionSerde = JsonSerde.of(Edition.class);
        TopicNameExtractor<Object, Object> byLanguage = (key, value, ctx) -> {
            String lang = ((Edition) value).lang();
            return topics.editionsIn(routed.contains(lang) ? lang : "other").name();
        };
        String deadLetter = topics.deadLetter().name();
        Topology t = new Topology();
        t.addSource(SOURCE, Serdes.String().deserializer(), topics.rawPages().valueSerde().deserializer(),
                topics.rawPages().name());
        t.addProcessor(PROCESSOR, () -> new EnrichProcessor(enricher, deadLetter, counters), SOURCE);
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CONTENT_STORE),
                Serdes.String(), Serdes.String()), PROCESSOR);
        t.addSink(EDITIONS_SINK, topics.editions().name(), Serdes.String().serializer(),
                editionSerde.serializer(), PROCESSOR);
        t.addSink(EDITIONS_BY_LANGUAGE_SINK, byLanguage, cast(Serdes.String().serializer()),
                cast(editionSerde.serializer()), PROCESSOR);
        t.addSink(DISCOVERED_URLS_SINK, topics.discoveredUrlsName(), Serdes.String().serializer(),
                JsonSerde.of(DiscoveredUrl.class).serializer(), PROCESSOR);
        t.addSink(NON_ARTICLES_SINK, deadLetter, Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer(),
                PROCESSOR);
        return t;
    }

    @SuppressWarnings("unchecked")
    private static <T> org.apache.kafka.common.serialization.Serializer<Object> cast(
            org.apache.kafka.common.serialization.Serializer<T> s) {
        return (org.apache.kafka.common.serialization.Serializer<Object>) s;
    }
}
