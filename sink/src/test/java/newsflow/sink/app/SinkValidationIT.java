package newsflow.sink.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.common.model.DeadLetterHeaders;
import newsflow.common.model.Edition;
import newsflow.common.model.TopicTag;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.sink.jdbc.InvalidEditionException;
import newsflow.sink.jdbc.SampleEditions;
import newsflow.sink.jdbc.TestDatabases;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11 item 4 end to end (real broker, real databases): the sink stores only editions with an ISO 639-1 lang
 * (or und) and an enrichment version the enrich service can produce, dead-letters the rest with context
 * (stage {@code validate}, exception, source topic/partition/offset), and applies tombstones: one for a stored
 * key deletes the edition and its topic rows, one for a missing key changes nothing, one followed by the same
 * edition again leaves it stored, and one whose key names no edition is dead-lettered.
 */
class SinkValidationIT {
    private static final Duration IDLE = Duration.ofSeconds(3);
    private static final AtomicInteger RUN = new AtomicInteger();
    private static final List<TopicTag> TAGS = List.of(new TopicTag("medtop:20001245", "infrastructure projects", 0.8),
            new TopicTag("medtop:11000000", "politics", 0.6));
    private static EmbeddedKafka kafka;
    private static EditionsFixture fixture;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = EmbeddedKafka.start(Path.of("target", "kafka-validation-" + ProcessHandle.current().pid()));
        fixture = new EditionsFixture(kafka);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    private static Edition edition(String id, String lang, int version, List<TopicTag> tags) {
        return SampleEditions.edition(id, lang, "title " + id, version, SampleEditions.T1, List.of("text of " + id),
                tags, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void invalidEditionsAreDeadLetteredAndTombstonesDelete(String vendor) throws Exception {
        Topics topics = new Topics("val" + RUN.incrementAndGet() + "-" + vendor + ".");
        String t = topics.editions().name();
        fixture.createTopics(topics, 2);
        String jdbcUrl = TestDatabases.fresh(vendor);

        List<ProducerRecord<byte[], byte[]>> first = new ArrayList<>(List.of(
                EditionsFixture.record(t, edition("K1", "en", 1, TAGS)),
                EditionsFixture.record(t, edition("K2", "en", 2, List.of())),
                EditionsFixture.record(t, edition("K3", "de", 1, TAGS)),
                EditionsFixture.record(t, edition("K4", "fr", 1, TAGS)),
                EditionsFixture.record(t, edition("U1", "und", 1, List.of())),
                // bad lang codes of different shapes
                EditionsFixture.record(t, edition("B1", "english-long-not-a-code", 1, List.of())),
                EditionsFixture.record(t, edition("B2", "EN", 1, List.of())),
                EditionsFixture.record(t, edition("B3", "eng", 1, List.of())),
                EditionsFixture.record(t, edition("B4", "en-US", 1, List.of())),
                // versions the enrich service cannot produce
                EditionsFixture.record(t, edition("V1", "en", 99, List.of())),
                EditionsFixture.record(t, edition("V2", "en", 3, List.of())),
                EditionsFixture.record(t, edition("V3", "en", -1, List.of())),
                EditionsFixture.record(t, edition("V4", "en", 0, List.of())),
                // a key that is not the edition's
                EditionsFixture.record(t, "W1:de", edition("W1", "en", 1, List.of()))));
        fixture.produce(topics, first);
        List<ProducerRecord<byte[], byte[]>> second = List.of(
                EditionsFixture.tombstone(t, "K1:en"),                       // stored: deleted with its topics
                EditionsFixture.tombstone(t, "M1:en"),                       // never stored: nothing happens
                EditionsFixture.tombstone(t, "K3:de"),                       // deleted, then stored again
                EditionsFixture.record(t, edition("K3", "de", 1, TAGS)),
                EditionsFixture.tombstone(t, "K4:fr"),                       // deleted twice: still deleted
                EditionsFixture.tombstone(t, "K4:fr"),
                EditionsFixture.tombstone(t, "no-colon"),                    // names no edition
                EditionsFixture.tombstone(t, "X1:english"));
        fixture.produce(topics, second);

        String group = "val-" + vendor + "-" + RUN.get();
        try (SinkService sink = new SinkService(new SinkConfig(Map.of(
                SinkConfig.JDBC_URL, jdbcUrl,
                SinkConfig.JDBC_USER, vendor.equals("postgresql") ? "postgres" : "",
                SinkConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                SinkConfig.TOPICS_PREFIX, topics.prefix(),
                SinkConfig.GROUP_ID, group,
                SinkConfig.BATCH_MAX_RECORDS, "4",
                SinkConfig.BATCH_MAX_WAIT_MS, "100")), new SimpleMeterRegistry())) {
            sink.runUntilIdle(IDLE);
            assertThat(sink.deadLettered()).isEqualTo(11);
            assertThat(sink.metrics().tombstones()).isEqualTo(5);
        }

        assertThat(EditionsFixture.rows(jdbcUrl)).containsExactly(
                "K2|en|2|title K2", "K3|de|1|title K3", "U1|und|1|title U1");
        assertThat(EditionsFixture.topicRows(jdbcUrl)).containsExactly(
                "K3|de|medtop:11000000", "K3|de|medtop:20001245");

        List<ConsumerRecord<byte[], byte[]>> deadLetters = fixture.readAll(topics.deadLetter().name());
        assertThat(deadLetters).hasSize(11);
        List<String> keys = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> dl : deadLetters) {
            keys.add(dl.key() == null ? "null" : new String(dl.key(), StandardCharsets.UTF_8));
            assertThat(EditionsFixture.header(dl, DeadLetterHeaders.STAGE)).isEqualTo("validate");
            assertThat(EditionsFixture.header(dl, DeadLetterHeaders.EXCEPTION_CLASS))
                    .isEqualTo(InvalidEditionException.class.getName());
            assertThat(EditionsFixture.header(dl, DeadLetterHeaders.EXCEPTION_MESSAGE)).isNotBlank();
            assertThat(EditionsFixture.header(dl, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(t);
            assertThat(EditionsFixture.header(dl, DeadLetterHeaders.SOURCE_PARTITION)).isIn("0", "1");
            assertThat(EditionsFixture.header(dl, DeadLetterHeaders.SOURCE_OFFSET)).matches("\\d+");
        }
        assertThat(keys).containsExactlyInAnyOrder("B1:english-long-not-a-code", "B2:EN", "B3:eng", "B4:en-US",
                "V1:en", "V2:en", "V3:en", "V4:en", "W1:de", "no-colon", "X1:english");
        ConsumerRecord<byte[], byte[]> stray = deadLetters.stream()
                .filter(r -> "V1:en".equals(r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8)))
                .findFirst().orElseThrow();
        assertThat(EditionsFixture.header(stray, DeadLetterHeaders.EXCEPTION_MESSAGE))
                .contains("enrichment_version 99");
        assertThat(stray.value()).as("the original value, to replay").isNotEmpty();
        assertThat(fixture.committed(group, t)).isEqualTo(fixture.lastStableOffsets(t, 2));
    }
}
