package newsflow.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import newsflow.enrich.app.EnrichConfig;
import newsflow.ingest.app.IngestConfig;
import newsflow.sink.app.SinkConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Static group membership (KIP-345): {@code <service>.group.instance.id} and {@code <service>.session.timeout.ms}
 * reach each service's group consumer — ingest's discovered-urls consumer, enrich's main Streams consumers, the
 * sink's consumer — and bad values fail at start-up naming the key.
 */
class StaticMembershipConfigTest {
    /** service → the consumer properties of its group member, given the service's config keys and values. */
    private static Map<String, Object> member(String service, Map<String, String> values) {
        Map<String, Object> v = new HashMap<>(values);
        return switch (service) {
            case "ingest" -> {
                v.put(IngestConfig.SOURCES_FILE, "s.json");
                yield new IngestConfig(v).groupMembership();
            }
            case "sink" -> new SinkConfig(v).groupMembership();
            case "enrich" -> new StreamsConfig(new EnrichConfig(v).streamsProperties())
                    .getMainConsumerConfigs("newsflow-enrich", "client", 1);
            default -> throw new IllegalArgumentException(service);
        };
    }

    @ParameterizedTest
    @CsvSource({"ingest, ingest-0", "sink, sink-0", "enrich, enrich-0-1"})
    void theInstanceIdAndSessionTimeoutReachTheGroupConsumer(String service, String expectedId) {
        Map<String, Object> p = member(service, Map.of(service + ".group.instance.id", service + "-0",
                service + ".session.timeout.ms", "10000"));
        assertThat(p.get(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)).as("group.instance.id").isEqualTo(expectedId);
        assertThat(String.valueOf(p.get(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG))).isEqualTo("10000");
    }

    @ParameterizedTest
    @CsvSource({"ingest", "sink", "enrich"})
    void withoutAnIdMembershipStaysDynamicWithKafkasSessionTimeout(String service) {
        for (Map<String, String> values : java.util.List.of(Map.<String, String>of(),
                Map.of(service + ".group.instance.id", ""), Map.of(service + ".group.instance.id", "  "))) {
            Map<String, Object> p = member(service, values);
            assertThat(p).doesNotContainKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
            assertThat(String.valueOf(p.get(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG))).isEqualTo("45000");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ingest|ingest.group.instance.id|pod 1",
            "sink|sink.group.instance.id|sink/1",
            "enrich|enrich.group.instance.id|énrich",
            "sink|sink.session.timeout.ms|1000",
            "ingest|ingest.session.timeout.ms|3600000",
            "enrich|enrich.session.timeout.ms|soon"})
    void aBadValueFailsNamingTheKey(String service, String key, String value) {
        assertThatThrownBy(() -> member(service, Map.of(key, value)))
                .isInstanceOf(ConfigException.class).hasMessageContaining(key);
    }

    @Test
    void theKeysAreReadFromTheEnvironmentToo() {
        Function<Map<String, String>, SinkConfig> load = env -> SinkConfig.load(null, env, Map.of());
        assertThat(load.apply(Map.of("NEWSFLOW_SINK_GROUP_INSTANCE_ID", "sink-a", "NEWSFLOW_SINK_SESSION_TIMEOUT_MS",
                "12000")).groupMembership()).containsEntry(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "sink-a")
                .containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 12000);
    }
}
