package newsflow.ingest.app;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import newsflow.common.topic.TopicBootstrap;
import newsflow.common.topic.Topics;

/**
 * The Kafka side of ingest's start-up that does not need the service: the topics it creates and the settings of
 * its group consumer. Start-up runs these under {@link BrokerWait#untilUp} so that a broker down at start-up is
 * waited for (up to {@code ingest.state.load.timeout.ms}) instead of failing the start (issue 11).
 */
final class KafkaStartup {

    private KafkaStartup() {
    }

    /**
     * Creates the missing topics ingest reads and writes (raw-pages, dead-letter, the state topics, source-status)
     * with the configs of {@link Topics}; existing topics keep their partition count.
     *
     * @param bootstrap  the brokers
     * @param topics     the topic names
     * @param partitions partitions of the topics created ({@code ingest --partitions N}), or empty for the
     *                   broker's default
     * @return true
     * @throws newsflow.common.topic.KafkaUnreachableException when Kafka does not answer in time (retriable)
     */
    static boolean ensureTopics(String bootstrap, Topics topics, Optional<Integer> partitions) {
        Map<String, Map<String, String>> wanted = new LinkedHashMap<>();
        wanted.put(topics.rawPages().name(), topics.rawPages().topicConfig());
        wanted.put(topics.deadLetter().name(), topics.deadLetter().topicConfig());
        wanted.putAll(topics.stateTopicConfigs());
        wanted.put(topics.sourceStatus().name(), topics.sourceStatus().topicConfig());
        TopicBootstrap.ensure(bootstrap, wanted, partitions);
        return true;
    }

    /**
     * @param config ingest's configuration
     * @return the discovered-urls consumer's settings: group membership ({@link IngestConfig#groupMembership()})
     *         and Kafka call timeouts ({@link IngestConfig#consumerTimeouts()})
     */
    static Map<String, Object> groupConsumerSettings(IngestConfig config) {
        Map<String, Object> settings = new HashMap<>(config.groupMembership());
        settings.putAll(config.consumerTimeouts());
        return settings;
    }
}
