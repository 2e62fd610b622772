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
        assertThat(c.dbWaitMax()).as("waits as long as it takes").isEmpty();
        assertThat(c.retryMaxAttempts()).isEqualTo(3);
        assertThat(c.enrichmentVersionMin()).isEqualTo(1);
        assertThat(c.enrichmentVersionMax()).isEqualTo(SinkConfig.CURRENT_ENRICHMENT_VERSION);
    }

    @Test
    void theDatabaseWaitIsBoundedOnlyWhenConfigured() {
        assertThat(new SinkConfig(Map.of(SinkConfig.DB_WAIT_MAX_MS, "-1")).dbWaitMax()).isEmpty();
        assertThat(new SinkConfig(Map.of(SinkConfig.DB_WAIT_MAX_MS, "0")).dbWaitMax()).contains(Duration.ZERO);
        assertThat(new SinkConfig(Map.of(SinkConfig.DB_WAIT_MAX_MS, "600000")).dbWaitMax())
                .contains(Duration.ofMinutes(10));
        for (String bad : new String[] {"-2", "ten minutes", "1.5"}) {
            assertThatThrownBy(() -> new SinkConfig(Map.of(SinkConfig.DB_WAIT_MAX_MS, bad)))
                    .as(bad).isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.DB_WAIT_MAX_MS);
        }
    }

    @Test
    void anEnrichmentVersionRangeThatIsEmptyOrNegativeFailsNamingTheKey() {
        assertThatThrownBy(() -> new SinkConfig(Map.of(SinkConfig.ENRICHMENT_VERSION_MIN, "3")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.ENRICHMENT_VERSION_MIN);
        assertThatThrownBy(() -> new SinkConfig(Map.of(SinkConfig.ENRICHMENT_VERSION_MAX, "-1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.ENRICHMENT_VERSION_MAX);
        assertThatThrownBy(() -> new SinkConfig(Map.of(SinkConfig.ENRICHMENT_VERSION_MIN, "-5")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.ENRICHMENT_VERSION_MIN);
        SinkConfig upgraded = new SinkConfig(Map.of(SinkConfig.ENRICHMENT_VERSION_MAX, "3"));
        assertThat(upgraded.enrichmentVersionMax()).isEqualTo(3);
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
        assertThatThrownBy(() -> new SinkConfig(Map.of(SinkConfig.KAFKA_API_TIMEOUT_MS, "999")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.KAFKA_API_TIMEOUT_MS);
    }

    @Test
    void theKafkaApiTimeoutBoundsEveryBlockingCallOfBothClients() {
        var defaults = new SinkConfig(Map.of());
        assertThat(SinkClients.consumerProperties(defaults).getProperty("default.api.timeout.ms")).isEqualTo("60000");
        assertThat(SinkClients.consumerProperties(defaults).getProperty("request.timeout.ms")).isEqualTo("30000");
        var c = new SinkConfig(Map.of(SinkConfig.KAFKA_API_TIMEOUT_MS, "4000"));
        var consumer = SinkClients.consumerProperties(c);
        assertThat(consumer.getProperty("default.api.timeout.ms")).isEqualTo("4000");
        assertThat(consumer.getProperty("request.timeout.ms")).isEqualTo("2000");
        var producer = SinkClients.producerProperties(c);
        assertThat(producer.getProperty("max.block.ms")).isEqualTo("4000");
        assertThat(producer.getProperty("delivery.timeout.ms")).isEqualTo("4000");
        assertThat(producer.getProperty("request.timeout.ms")).isEqualTo("2000");
    }

    @Test
    void consumerReadsCommittedAndCommitsByHand() {
        SinkConfig c = new SinkConfig(Map.of(SinkConfig.BATCH_MAX_RECORDS, "7"));
        var p = SinkClients.consumerProperties(c);
        assertThat(p.getProperty("enable.auto.commit")).isEqualTo("false");
        assertThat(p.getProperty("isolation.level")).isEqualTo("read_committed");
        assertThat(p.getProperty("max.poll.records")).isEqualTo("7");
        assertThat(SinkClients.producerProperties(c).getProperty("acks")).isEqualTo("all");
    }
}
