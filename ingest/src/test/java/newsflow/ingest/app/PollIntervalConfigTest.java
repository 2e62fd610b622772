package newsflow.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/** The adaptive re-poll bounds: defaults, values, and bad values named at start-up. */
class PollIntervalConfigTest {
    private static IngestConfig load(Map<String, ?> overrides) {
        Map<String, Object> all = new java.util.HashMap<>(overrides);
        all.put(IngestConfig.SOURCES_FILE, "sources.json");
        return IngestConfig.load(null, Map.of(), all);
    }

    @Test
    void defaultsAreOneMinuteToOneHour() {
        IngestConfig c = load(Map.of());
        assertThat(c.millis(IngestConfig.POLL_INTERVAL_MIN_MS)).isEqualTo(Duration.ofMinutes(1));
        assertThat(c.millis(IngestConfig.POLL_INTERVAL_MAX_MS)).isEqualTo(Duration.ofHours(1));
        assertThat(c.pollInterval().next(Duration.ofMinutes(10), Duration.ofMinutes(10), true, null))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void environmentVariablesSetThem() {
        IngestConfig c = IngestConfig.load(null, Map.of("NEWSFLOW_INGEST_POLL_INTERVAL_MAX_MS", "7200000"),
                Map.of(IngestConfig.SOURCES_FILE, "sources.json"));
        assertThat(c.millis(IngestConfig.POLL_INTERVAL_MAX_MS)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void badValuesNameTheKey() {
        assertThatThrownBy(() -> load(Map.of(IngestConfig.POLL_INTERVAL_MIN_MS, "7200000")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(IngestConfig.POLL_INTERVAL_MIN_MS)
                .hasMessageContaining(IngestConfig.POLL_INTERVAL_MAX_MS);
        assertThatThrownBy(() -> load(Map.of(IngestConfig.POLL_INTERVAL_MAX_MS, "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(IngestConfig.POLL_INTERVAL_MAX_MS);
        assertThatThrownBy(() -> load(Map.of(IngestConfig.POLL_INTERVAL_MIN_MS, "soon")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(IngestConfig.POLL_INTERVAL_MIN_MS);
    }
}
