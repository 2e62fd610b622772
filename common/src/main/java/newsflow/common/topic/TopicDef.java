package newsflow.common.topic;

import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic: its name, key and value serdes, and the topic-level configs it is created with.
 *
 * @param name        full topic name, prefix included
 * @param keySerde    serde of the record key
 * @param valueSerde  serde of the record value
 * @param topicConfig topic configs applied at creation (cleanup.policy, compression.type, retention.ms…)
 * @param <K>         key type
 * @param <V>         value type
 */
public record TopicDef<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Map<String, String> topicConfig) {
}
