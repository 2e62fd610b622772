package newsflow.enrich.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichConfigTest {
    @TempDir
    Path dir;

    @Test
    void layersOverrideInOrderDefaultsFileEnvironmentCommandLine() throws Exception {
        Path file = dir.resolve("enrich.properties");
        Files.writeString(file, "enrich.stream.threads=2\ntopics.prefix=file.\nkafka.bootstrap.servers=file:9092\n");
        EnrichConfig c = EnrichConfig.load(file,
                Map.of("NEWSFLOW_TOPICS_PREFIX", "env.", "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "env:9092"),
                Map.of("kafka.bootstrap.servers", "cli:9092"));
        assertThat(c.getInt(EnrichConfig.STREAM_THREADS)).isEqualTo(2);
        assertThat(c.topics().rawPages().name()).isEqualTo("env.raw-pages");
        assertThat(c.getString("kafka.bootstrap.servers")).isEqualTo("cli:9092");
        assertThat(c.getString(EnrichConfig.APPLICATION_ID)).isEqualTo("newsflow-enrich");
    }

    @Test
    void theInstanceIdIsEmptyByDefaultOrADirectoryName() {
        assertThat(new EnrichConfig(Map.of()).instanceId()).isEmpty();
        for (String good : new String[] {"enrich-1", "host_a.2", "A".repeat(64)}) {
            assertThat(new EnrichConfig(Map.of(EnrichConfig.INSTANCE_ID, good)).instanceId()).contains(good);
        }
        for (String bad : new String[] {"a/b", "..", ".", "a b", "A".repeat(65), "../etc", "é"}) {
            assertThatThrownBy(
                            () -> new EnrichConfig(Map.of(EnrichConfig.INSTANCE_ID, bad)))
                    .as(bad).isInstanceOf(ConfigException.class)
                    .hasMessageContaining(EnrichConfig.INSTANCE_ID);
        }
    }

    @Test
    void aBadValueFailsNamingTheKey() {
        assertThatThrownBy(() -> EnrichConfig.load(null, Map.of("NEWSFLOW_ENRICH_STREAM_THREADS", "zero"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("enrich.stream.threads");
        assertThatThrownBy(() -> EnrichConfig.load(null, Map.of(), Map.of(EnrichConfig.PROCESSING_GUARANTEE, "maybe")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("enrich.processing.guarantee");
    }

    @Test
    void perLanguageTopicsDefaultToTheEnabledLanguages() {
        EnrichConfig c = new EnrichConfig(Map.of(EnrichConfig.LANGUAGES, "en,ar"));
        assertThat(c.topicLanguages()).containsExactly("en", "ar");
        assertThat(c.topics().all(c.topicLanguages())).containsKeys("newsflow.editions.en", "newsflow.editions.ar",
                "newsflow.editions.other", "newsflow.dead-letter", "newsflow.raw-pages", "newsflow.editions");
    }
}
