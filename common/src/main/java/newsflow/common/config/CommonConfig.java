package newsflow.common.config;

import newsflow.common.topic.Topics;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/** The configuration keys every service shares: where Kafka is and how topics are named. */
public final class CommonConfig {
    /** Kafka bootstrap servers, {@code host:port[,host:port…]}. */
    public static final String BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
    /** Prefix of every topic name. */
    public static final String TOPICS_PREFIX = "topics.prefix";

    private CommonConfig() {
    }

    /**
     * Adds the shared keys to a service's definition.
     *
     * @param def the service's definition
     * @return {@code def}
     */
    public static ConfigDef define(ConfigDef def) {
        return def
                .define(BOOTSTRAP_SERVERS, Type.STRING, "localhost:9092", new ConfigDef.NonEmptyString(),
                        Importance.HIGH, "Kafka bootstrap servers, host:port[,host:port...].")
                .define(TOPICS_PREFIX, Type.STRING, Topics.DEFAULT_PREFIX, Importance.MEDIUM,
                        "Prefix of every topic name (raw-pages, editions, editions.<lang>, dead-letter, ...).");
    }
}
