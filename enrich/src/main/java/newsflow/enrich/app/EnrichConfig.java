package newsflow.enrich.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import newsflow.common.config.CommonConfig;
import newsflow.common.config.LayeredConfig;
import newsflow.common.config.StaticMembership;
import newsflow.common.topic.Topics;
import newsflow.enrich.pipeline.EditionSizeBudget;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Configuration of the enrich service. Layers: these defaults → a properties file → {@code NEWSFLOW_*}
 * environment variables → command-line overrides ({@link LayeredConfig}). A bad value fails at start-up with
 * a {@link org.apache.kafka.common.config.ConfigException} naming the key.
 */
public final class EnrichConfig extends AbstractConfig {
    /** Kafka Streams application id (consumer group, internal topic prefix). */
    public static final String APPLICATION_ID = "enrich.application.id";
    /** Languages identified in text (ISO 639-1). */
    public static final String LANGUAGES = "enrich.languages";
    /** Languages whose editions also go to their own topic; others go to editions.other. */
    public static final String TOPIC_LANGUAGES = "enrich.topic.languages";
    /** Stream threads per instance. */
    public static final String STREAM_THREADS = "enrich.stream.threads";
    /** Base of the local state directories of Kafka Streams, one per instance ({@link InstanceStateDirectory}). */
    public static final String STATE_DIR = "enrich.state.dir";
    /** Name of this enrich instance on its machine: its state directory under {@link #STATE_DIR}. */
    public static final String INSTANCE_ID = "enrich.instance.id";
    /** Size budget of one edition record, bytes. */
    public static final String MAX_EDITION_BYTES = "enrich.max.edition.bytes";
    /** Processing guarantee. */
    public static final String PROCESSING_GUARANTEE = "enrich.processing.guarantee";
    /** Lingua accuracy mode: high or low. */
    public static final String LANGUAGE_ACCURACY = "enrich.language.accuracy";
    /** Commit interval, ms. */
    public static final String COMMIT_INTERVAL_MS = "enrich.commit.interval.ms";

    /** Static group membership id (KIP-345) of this instance, empty for dynamic membership. */
    public static final String GROUP_INSTANCE_ID = "enrich.group.instance.id";
    /** Consumer session timeout, ms. */
    public static final String SESSION_TIMEOUT_MS = "enrich.session.timeout.ms";

    /** The twenty languages enabled by default (issue 4). */
    public static final String DEFAULT_LANGUAGES = "ar,fa,ur,en,fr,es,de,it,pt,ru,zh,tr,nl,pl,uk,ja,ko,hi,id,he";

    private static final ConfigDef DEF = CommonConfig.define(newsflow.common.config.OpsKeys.define(new ConfigDef(), "enrich", 9402))
            .define(APPLICATION_ID, Type.STRING, "newsflow-enrich", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Kafka Streams application.id: the consumer group of all enrich instances and the prefix of their internal topics.")
            .define(LANGUAGES, Type.LIST, DEFAULT_LANGUAGES, new ConfigDef.NonNullValidator(), Importance.HIGH,
                    "Languages identified in text (ISO 639-1 codes). Text in a script none of them is written in is stored as 'und'; text in an unlisted language written in a listed script gets the closest enabled language, so list every language your sources publish in.")
            .define(LANGUAGE_ACCURACY, Type.STRING, "high", ConfigDef.ValidString.in("high", "low"), Importance.MEDIUM,
                    "Lingua accuracy mode for per-block language identification: high (1- to 5-grams, better on short blocks, about 30 MiB heap per language) or low (trigrams, about 2 MiB per language).")
            .define(TOPIC_LANGUAGES, Type.LIST, "", Importance.MEDIUM,
                    "Languages whose editions also go to <prefix>editions.<lang>; empty means every enabled language. Others go to <prefix>editions.other.")
            .define(STREAM_THREADS, Type.INT, 1, ConfigDef.Range.between(1, 64), Importance.MEDIUM,
                    "Stream threads per enrich instance.")
            .define(STATE_DIR, Type.STRING, Path.of(System.getProperty("java.io.tmpdir"), "newsflow-streams").toString(),
                    Importance.MEDIUM, "Base directory of Kafka Streams local state: each enrich instance keeps its"
                            + " state in <base>/<" + INSTANCE_ID + ">, locked while it runs, so several instances"
                            + " can share one machine and one base.")
            .define(INSTANCE_ID, Type.STRING, "", new InstanceIdValidator(), Importance.MEDIUM,
                    "Name of this enrich instance on its machine (letters, digits, '.', '_', '-'; at most 64): its"
                            + " state directory, kept across restarts so its stores need no restore. Empty: the"
                            + " first slot instance-0, instance-1, ... that no running instance holds (a lone"
                            + " instance gets instance-0 back after a restart). Two running instances with the"
                            + " same name fail at start-up.")
            .define(MAX_EDITION_BYTES, Type.INT, EditionSizeBudget.DEFAULT_MAX_BYTES,
                    ConfigDef.Range.between(16 * 1024, Topics.MAX_MESSAGE_BYTES / 2), Importance.LOW,
                    "Size budget of one edition record in bytes; longer texts are truncated and marked text_truncated.")
            .define(PROCESSING_GUARANTEE, Type.STRING, StreamsConfig.EXACTLY_ONCE_V2,
                    ConfigDef.ValidString.in(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE), Importance.LOW,
                    "Kafka Streams processing.guarantee.")
            .define(COMMIT_INTERVAL_MS, Type.LONG, 200L, ConfigDef.Range.atLeast(10), Importance.LOW,
                    "Kafka Streams commit.interval.ms (each commit ends a transaction under exactly-once).")
            .define(GROUP_INSTANCE_ID, Type.STRING, "", StaticMembership.INSTANCE_ID, Importance.MEDIUM,
                    StaticMembership.instanceIdDoc("enrich (" + APPLICATION_ID + ")", SESSION_TIMEOUT_MS)
                            + " Kafka Streams appends -<thread index> for each stream thread.")
            .define(SESSION_TIMEOUT_MS, Type.INT, StaticMembership.DEFAULT_SESSION_TIMEOUT_MS,
                    StaticMembership.SESSION_TIMEOUT_RANGE, Importance.LOW, StaticMembership.sessionTimeoutDoc("enrich"));

    /**
     * @param values raw values (unknown keys are ignored)
     */
    public EnrichConfig(Map<?, ?> values) {
        super(DEF, values, false);
    }

    /**
     * @param file      a properties file, or null
     * @param env       the environment
     * @param overrides command-line values
     * @return the checked configuration
     */
    public static EnrichConfig load(Path file, Map<String, String> env, Map<String, ?> overrides) {
        return new EnrichConfig(LayeredConfig.resolve(DEF, file, env, overrides));
    }

    /** @return the definition (for documentation) */
    public static ConfigDef definition() {
        return DEF;
    }

    /** @return the topics under the configured prefix */
    public Topics topics() {
        return new Topics(getString(CommonConfig.TOPICS_PREFIX));
    }

    /** @return enabled languages */
    public List<String> languages() {
        return getList(LANGUAGES);
    }

    /** @return the Lingua accuracy mode */
    public newsflow.enrich.lang.AccuracyMode languageAccuracy() {
        return newsflow.enrich.lang.AccuracyMode.valueOf(getString(LANGUAGE_ACCURACY).toUpperCase(java.util.Locale.ROOT));
    }

    /** @return languages routed to their own topic */
    public List<String> topicLanguages() {
        List<String> l = getList(TOPIC_LANGUAGES);
        return l.isEmpty() ? languages() : l;
    }

    /** @return the base of the instances' state directories */
    public Path stateDir() {
        return Path.of(getString(STATE_DIR));
    }

    /** @return the configured instance id, empty when a free slot is to be taken */
    public Optional<String> instanceId() {
        String id = getString(INSTANCE_ID);
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    /** Accepts an empty id or a file-name-safe one. */
    static final class InstanceIdValidator implements ConfigDef.Validator {
        private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

        @Override
        public void ensureValid(String name, Object value) {
            String id = value == null ? "" : value.toString();
            if (!id.isEmpty() && (!ID.matcher(id).matches() || id.equals(".") || id.equals(".."))) {
                throw new ConfigException(name, value,
                        "expected 1 to 64 letters, digits, '.', '_' or '-' (a directory name)");
            }
        }

        @Override
        public String toString() {
            return "empty, or [A-Za-z0-9._-]{1,64}";
        }
    }

    /**
     * @return the Kafka Streams properties, with {@code state.dir} the base ({@link #STATE_DIR}); the service
     *         replaces it with its instance's directory ({@link InstanceStateDirectory})
     */
    public Properties streamsProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, getString(APPLICATION_ID));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, getString(CommonConfig.BOOTSTRAP_SERVERS));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, getString(PROCESSING_GUARANTEE));
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, getInt(STREAM_THREADS));
        p.put(StreamsConfig.STATE_DIR_CONFIG, getString(STATE_DIR));
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, getLong(COMMIT_INTERVAL_MS));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                newsflow.enrich.deadletter.DeadLetterDeserializationHandler.class);
        p.put("processing.exception.handler.global.enabled", true);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                newsflow.enrich.deadletter.DeadLetterProcessingHandler.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                newsflow.enrich.deadletter.DeadLetterProductionHandler.class);
        p.put(newsflow.enrich.deadletter.DeadLetterHandlers.DEAD_LETTER_TOPIC_CONFIG, topics().deadLetter().name());
        p.put(StreamsConfig.producerPrefix("max.request.size"), Topics.MAX_MESSAGE_BYTES);
        p.put(StreamsConfig.producerPrefix("compression.type"), "zstd");
        p.put(StreamsConfig.consumerPrefix("max.partition.fetch.bytes"), Topics.MAX_MESSAGE_BYTES);
        p.put(StreamsConfig.consumerPrefix("max.poll.records"), 50);
        StaticMembership.consumerProperties(getString(GROUP_INSTANCE_ID), getInt(SESSION_TIMEOUT_MS))
                .forEach((k, v) -> p.put(StreamsConfig.mainConsumerPrefix(k), v));
        return p;
    }
}
