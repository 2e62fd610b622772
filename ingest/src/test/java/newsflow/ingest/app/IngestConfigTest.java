package newsflow.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestConfigTest {
    @Test
    void layersOverrideEachOtherInOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ingest.properties");
        Files.writeString(file, "ingest.sources.file=/from/file.json\ningest.per.host.delay.ms=2500\n"
                + "ingest.max.redirects=3\n", StandardCharsets.UTF_8);
        IngestConfig c = IngestConfig.load(file, Map.of("NEWSFLOW_INGEST_PER_HOST_DELAY_MS", "4000"),
                Map.of(IngestConfig.MAX_REDIRECTS, "7"));
        assertThat(c.getString(IngestConfig.SOURCES_FILE)).isEqualTo("/from/file.json");
        assertThat(c.millis(IngestConfig.PER_HOST_DELAY_MS)).isEqualTo(Duration.ofSeconds(4));
        assertThat(c.getInt(IngestConfig.MAX_REDIRECTS)).isEqualTo(7);
        assertThat(c.getBoolean(IngestConfig.ALLOW_LOOPBACK)).isFalse();
        assertThat(c.topics().rawPages().name()).isEqualTo("newsflow.raw-pages");
        assertThat(c.productToken()).isEqualTo("newsflow-bot");
    }

    @Test
    void badValuesNameTheKey() {
        assertThatThrownBy(() -> IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE, "s.json",
                IngestConfig.MAX_BODY_BYTES, "999999999")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(IngestConfig.MAX_BODY_BYTES);
        assertThatThrownBy(() -> IngestConfig.load(null, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining(IngestConfig.SOURCES_FILE);
    }

    @Test
    void productTokenIsTheUserAgentNameLowerCased() {
        IngestConfig c = IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE, "s.json",
                IngestConfig.USER_AGENT, "NewsBot/2.1 (+https://example.org/bot)"));
        assertThat(c.productToken()).isEqualTo("newsbot");
    }

    @Test
    void theKafkaCallTimeoutBoundsTheConsumersAndIsValidated() {
        IngestConfig d = IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE, "s.json"));
        assertThat(d.consumerTimeouts()).containsEntry("default.api.timeout.ms", 60_000)
                .containsEntry("request.timeout.ms", 30_000);
        IngestConfig shortened = IngestConfig.load(null, Map.of("NEWSFLOW_INGEST_KAFKA_API_TIMEOUT_MS", "4000"),
                Map.of(IngestConfig.SOURCES_FILE, "s.json"));
        assertThat(shortened.consumerTimeouts()).containsEntry("default.api.timeout.ms", 4_000)
                .containsEntry("request.timeout.ms", 2_000);
        for (String bad : new String[] {"999", "600001", "soon"}) {
            assertThatThrownBy(() -> IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE, "s.json",
                    IngestConfig.KAFKA_API_TIMEOUT_MS, bad)))
                    .isInstanceOf(ConfigException.class).hasMessageContaining(IngestConfig.KAFKA_API_TIMEOUT_MS);
        }
    }

    @Test
    void theBodyCapGoesAbove4MiBUpToTheRecordSize() {
        for (String ok : new String[] {"4194305", "5242880", Integer.toString(newsflow.common.topic.Topics.MAX_MESSAGE_BYTES)}) {
            IngestConfig c = IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE, "s.json",
                    IngestConfig.MAX_BODY_BYTES, ok));
            assertThat(c.getLong(IngestConfig.MAX_BODY_BYTES)).isEqualTo(Long.parseLong(ok));
        }
        for (String bad : new String[] {Integer.toString(newsflow.common.topic.Topics.MAX_MESSAGE_BYTES + 1), "1023",
            "5MiB"}) {
            assertThatThrownBy(() -> IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE, "s.json",
                    IngestConfig.MAX_BODY_BYTES, bad)))
                    .isInstanceOf(ConfigException.class).hasMessageContaining(IngestConfig.MAX_BODY_BYTES);
        }
    }
}
