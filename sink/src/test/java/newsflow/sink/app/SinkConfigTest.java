package newsflow.sink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkConfigTest {

    @Test
    void defaults() {
        SinkConfig c = SinkConfig.load(null, Map.of(), Map.of());
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:sqlite:newsflow.db");
        assertThat(c.jdbcUser()).isNull();
        assertThat(c.jdbcPassword()).isNull();
        assertThat(c.groupId()).isEqualTo("newsflow-sink");
        assertThat(c.topics().editions().name()).isEqualTo("newsflow.editions");
        assertThat(c.batchMaxRecords()).isEqualTo(500);
        assertThat(c.batchMaxWait()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.migrate()).isTrue();
    }

    @Test
    void everyKeyHasADoc() {
        SinkConfig.DEF.configKeys().values().forEach(k -> assertThat(k.documentation).as(k.name).isNotBlank());
    }

    @Test
    void layersOverrideInOrderFileThenEnvironmentThenExplicit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sink.properties");
        Files.writeString(file, "sink.batch.max.records=50\nsink.group.id=from-file\ntopics.prefix=f.\n",
                StandardCharsets.UTF_8);
        SinkConfig c = SinkConfig.load(file,
                Map.of("NEWSFLOW_SINK_GROUP_ID", "from-env", "NEWSFLOW_SINK_JDBC_PASSWORD", "s3cret"),
                Map.of("topics.prefix", "cli."));
        assertThat(c.batchMaxRecords()).isEqualTo(50);
        assertThat(c.groupId()).isEqualTo("from-env");
        assertThat(c.topics().prefix()).isEqualTo("cli.");
        assertThat(c.jdbcPassword()).isEqualTo("s3cret");
        assertThat(c.values().get(SinkConfig.JDBC_PASSWORD).toString()).doesNotContain("s3cret");
    }

    @Test
    void invalidValuesFailNamingTheKey() {
        assertThatThrownBy(() -> new SinkConfig(Map.of(SinkConfig.JDBC_URL, "jdbc:mysql://db/x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.JDBC_URL);
        assertThatThrownBy(() -> new SinkConfig(Map.of(SinkConfig.BATCH_MAX_RECORDS, "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.BATCH_MAX_RECORDS);
    }

    @Test
    void consumerReadsCommittedAndCommitsByHand() {
        SinkConfig c = new SinkConfig(Map.of(SinkConfig.BATCH_MAX_RECORDS, "7"));
        var p = SinkService.consumerProperties(c);
        assertThat(p.getProperty("enable.auto.commit")).isEqualTo("false");
        assertThat(p.getProperty("isolation.level")).isEqualTo("read_committed");
        assertThat(p.getProperty("max.poll.records")).isEqualTo("7");
        assertThat(SinkService.producerProperties(c).getProperty("acks")).isEqualTo("all");
    }
}
