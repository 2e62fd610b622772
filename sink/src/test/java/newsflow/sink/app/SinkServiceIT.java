package newsflow.sink.app;

import static newsflow.sink.app.EditionsFixture.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.common.model.DeadLetterHeaders;
import newsflow.common.model.Edition;
import newsflow.common.serde.Json;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.sink.jdbc.SampleEditions;
import newsflow.sink.jdbc.SinkUnavailableException;
import newsflow.sink.jdbc.TestDatabases;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sink end to end through a real in-process Kafka broker into real databases: editions produced
 * transactionally (as enrich does) including a redelivery, a newer and a late older version (C36), a corrupt
 * JSON value, a poison record and an aborted transaction; then a restart of the same group and a full replay
 * by a new group.
 */
class SinkServiceIT {
    private static final Duration IDLE = Duration.ofSeconds(3);
    private static final AtomicInteger RUN = new AtomicInteger();
    private static EmbeddedKafka kafka;
    private static EditionsFixture fixture;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = EmbeddedKafka.start(Path.of("target", "kafka-it-" + ProcessHandle.current().pid()));
        fixture = new EditionsFixture(kafka);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void storesEditionsDeadLettersFailuresAndCommitsOffsets(String vendor) throws Exception {
        Topics topics = new Topics("it" + RUN.incrementAndGet() + "-" + vendor + ".");
        String editionsTopic = topics.editions().name();
        fixture.createTopics(topics, 2);
        String jdbcUrl = TestDatabases.fresh(vendor);

        Edition v1 = SampleEditions.bridge("Bridge repair approved", 1, SampleEditions.T1);
        Edition v2 = SampleEditions.bridge("Bridge repair approved (updated)", 2, SampleEditions.T2);
        Edition de = SampleEditions.edition("G1", "de", "Brücke", 1, SampleEditions.T1, List.of("Die Brücke."), List.of(), null);
        Edition ar = SampleEditions.edition("G1", "ar", "الجسر", 1, SampleEditions.T1, List.of("الجسر القديم."), List.of(), null);
        Edition fr = SampleEditions.edition("G3", "fr", "Pont", 1, SampleEditions.T1, List.of("Le pont."), List.of(), null);
        Edition poison = new Edition("P1", "en", "https://news.example/p", "example", "bad share", "ltr", 1.5,
                List.of("x"), List.of(), List.of(), null, null, List.of(), null, SampleEditions.T1, 1, "h", 1, false, null);
        Edition aborted = SampleEditions.edition("A1", "en", "aborted", 1, SampleEditions.T1, List.of("never"), List.of(), null);
        byte[] corrupt = "{\"document_id\": \"C1\", \"lang\": ".getBytes(StandardCharsets.UTF_8);

        Map<String, RecordMetadata> sent = new HashMap<>();
        try (KafkaProducer<byte[], byte[]> producer = transactionalProducer(topics)) {
            producer.initTransactions();
            producer.beginTransaction();
            send(producer, editionsTopic, v1, null, null);
            send(producer, editionsTopic, v1, null, null);                      // redelivery
            send(producer, editionsTopic, de, null, null);
            send(producer, editionsTopic, ar, null, null);
            sent.put("corrupt", send(producer, editionsTopic, null, "C1:en", corrupt));
            sent.put("poison", send(producer, editionsTopic, poison, null, null));
            send(producer, editionsTopic, v2, null, null);                      // newer version
            producer.commitTransaction();
            producer.beginTransaction();
            send(producer, editionsTopic, v1, null, null);                      // late replay of the older version
            send(producer, editionsTopic, fr, null, null);
            producer.commitTransaction();
            producer.beginTransaction();
            send(producer, editionsTopic, aborted, null, null);
            producer.flush();
            producer.abortTransaction();
        }

        String group = "sink-it-" + vendor + "-" + RUN.get();
        try (SinkService sink = new SinkService(config(topics, jdbcUrl, group), new SimpleMeterRegistry())) {
            sink.runUntilIdle(IDLE);
            assertThat(sink.stored()).isEqualTo(5);          // H1 v1, H1 v2, G1 de, G1 ar, G3 fr
            assertThat(sink.metrics().unchanged()).isEqualTo(2); // the redelivery and the late replay
            assertThat(sink.deadLettered()).isEqualTo(2);
            assertThat(sink.batches()).isPositive();
        }

        List<String> rows = List.of("G1|ar|1|الجسر", "G1|de|1|Brücke", "G3|fr|1|Pont",
                "H1|en|2|Bridge repair approved (updated)");
        assertThat(EditionsFixture.rows(jdbcUrl)).containsExactlyElementsOf(rows);

        List<ConsumerRecord<byte[], byte[]>> deadLetters = fixture.readAll(topics.deadLetter().name());
        assertThat(deadLetters).hasSize(2);
        ConsumerRecord<byte[], byte[]> dlCorrupt = byOffset(deadLetters, sent.get("corrupt"));
        assertThat(dlCorrupt.value()).isEqualTo(corrupt);
        assertThat(new String(dlCorrupt.key(), StandardCharsets.UTF_8)).isEqualTo("C1:en");
        assertThat(header(dlCorrupt, DeadLetterHeaders.STAGE)).isEqualTo("deserialize");
        assertThat(header(dlCorrupt, DeadLetterHeaders.EXCEPTION_CLASS))
                .isEqualTo("org.apache.kafka.common.errors.SerializationException");
        assertThat(header(dlCorrupt, DeadLetterHeaders.EXCEPTION_MESSAGE)).contains("malformed Edition JSON");
        assertThat(header(dlCorrupt, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(editionsTopic);
        assertThat(header(dlCorrupt, DeadLetterHeaders.SOURCE_PARTITION))
                .isEqualTo(Integer.toString(sent.get("corrupt").partition()));
        assertThat(header(dlCorrupt, DeadLetterHeaders.SOURCE_OFFSET))
                .isEqualTo(Long.toString(sent.get("corrupt").offset()));
        ConsumerRecord<byte[], byte[]> dlPoison = byOffset(deadLetters, sent.get("poison"));
        assertThat(header(dlPoison, DeadLetterHeaders.STAGE)).isEqualTo("sink");
        assertThat(header(dlPoison, DeadLetterHeaders.EXCEPTION_CLASS))
                .isEqualTo(vendor.equals("sqlite") ? "org.sqlite.SQLiteException" : "org.postgresql.util.PSQLException");
        assertThat(header(dlPoison, DeadLetterHeaders.EXCEPTION_MESSAGE)).containsIgnoringCase("check");
        assertThat(Json.mapper().readValue(dlPoison.value(), Edition.class)).isEqualTo(poison);

        // offsets: committed up to the last stable offset of every partition (markers and the aborted
        // transaction included), so the group has no lag
        assertThat(fixture.committed(group, editionsTopic)).isEqualTo(fixture.lastStableOffsets(editionsTopic, 2));

        // restart of the same group: nothing is redelivered
        try (SinkService again = new SinkService(config(topics, jdbcUrl, group), new SimpleMeterRegistry())) {
            again.runUntilIdle(IDLE);
            assertThat(again.stored()).isZero();
            assertThat(again.metrics().unchanged()).isZero();
            assertThat(again.deadLettered()).isZero();
        }
        // a new group replays everything (offsets lost): the table does not change
        try (SinkService replay = new SinkService(config(topics, jdbcUrl, group + "-replay"), new SimpleMeterRegistry())) {
            replay.runUntilIdle(IDLE);
            assertThat(replay.stored()).isZero();
            assertThat(replay.metrics().unchanged()).isEqualTo(7);
        }
        assertThat(EditionsFixture.rows(jdbcUrl)).containsExactlyElementsOf(rows);
    }

    /** Stopped mid-stream and started again: every edition stored exactly once, none lost. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void stopMidStreamThenRestartLosesNothingAndDuplicatesNothing(String vendor) throws Exception {
        Topics topics = new Topics("it" + RUN.incrementAndGet() + "-" + vendor + ".");
        String editionsTopic = topics.editions().name();
        fixture.createTopics(topics, 3);
        String jdbcUrl = TestDatabases.fresh(vendor);
        int total = 300;
        try (KafkaProducer<byte[], byte[]> producer = transactionalProducer(topics)) {
            producer.initTransactions();
            for (int t = 0; t < total / 50; t++) {
                producer.beginTransaction();
                for (int i = t * 50; i < (t + 1) * 50; i++) {
                    producer.send(record(editionsTopic, SampleEditions.edition(String.format(java.util.Locale.ROOT, "M%04d", i), "en",
                            "title " + i, 1, SampleEditions.T1, List.of("paragraph " + i), List.of(), null)));
                }
                producer.commitTransaction();
            }
        }
        String group = "sink-it-mid-" + vendor + "-" + RUN.get();
        long firstStored;
        try (SinkService first = new SinkService(config(topics, jdbcUrl, group), new SimpleMeterRegistry())) {
            Thread runner = new Thread(first::run, "sink-it-runner");
            runner.start();
            while (first.stored() < total / 3 && runner.isAlive()) {
                Thread.sleep(5);
            }
            first.stop();
            runner.join();
            firstStored = first.stored();
        }
        assertThat(firstStored).isGreaterThanOrEqualTo(total / 3).isLessThan(total);
        long secondStored;
        long secondUnchanged;
        try (SinkService second = new SinkService(config(topics, jdbcUrl, group), new SimpleMeterRegistry())) {
            second.runUntilIdle(IDLE);
            secondStored = second.stored();
            secondUnchanged = second.metrics().unchanged();
        }
        assertThat(firstStored + secondStored).isEqualTo(total);
        assertThat(secondUnchanged).isZero(); // stop() waited for the batch's commit: nothing redelivered
        assertThat(EditionsFixture.rows(jdbcUrl)).hasSize(total).doesNotHaveDuplicates();
        assertThat(fixture.committed(group, editionsTopic)).isEqualTo(fixture.lastStableOffsets(editionsTopic, 3));
    }

    /**
     * The database stays down longer than {@code sink.db.wait.max.ms}: the sink waits (retries, then checks with
     * backoff), then fails loudly, reports that it gave up and commits nothing.
     */
    @Test
    void databaseDownLongerThanTheWaitBoundFailsLoudlyWithoutCommitting() throws Exception {
        Topics topics = new Topics("it" + RUN.incrementAndGet() + "-down.");
        String editionsTopic = topics.editions().name();
        fixture.createTopics(topics, 1);
        try (KafkaProducer<byte[], byte[]> producer = transactionalProducer(topics)) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(record(editionsTopic, SampleEditions.bridge("t", 1, SampleEditions.T1)));
            producer.commitTransaction();
        }
        String group = "sink-it-down-" + RUN.get();
        Map<String, String> values = new HashMap<>(Map.of(SinkConfig.DB_WAIT_MAX_MS, "1500"));
        values.putAll(Map.of(
                SinkConfig.JDBC_URL, "jdbc:postgresql://127.0.0.1:" + closedPort() + "/newsflow",
                SinkConfig.MIGRATE, "false",
                SinkConfig.JDBC_CONNECTION_TIMEOUT_MS, "250",
                SinkConfig.RETRY_MAX_ATTEMPTS, "3",
                SinkConfig.RETRY_BACKOFF_MS, "10",
                SinkConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                SinkConfig.TOPICS_PREFIX, topics.prefix(),
                SinkConfig.GROUP_ID, group,
                SinkConfig.BATCH_MAX_WAIT_MS, "0"));
        try (SinkService sink = new SinkService(new SinkConfig(values), new SimpleMeterRegistry())) {
            assertThatThrownBy(() -> sink.runUntilIdle(IDLE))
                    .isInstanceOf(SinkUnavailableException.class)
                    .hasMessageContaining("longer than sink.db.wait.max.ms=1500");
            assertThat(sink.failure()).containsInstanceOf(SinkUnavailableException.class);
            assertThat(sink.health().snapshot().database()).isEqualTo(SinkHealth.DatabaseState.GAVE_UP);
            assertThat(sink.health().snapshot().healthy()).isFalse();
            assertThat(sink.stored()).isZero();
        }
        assertThat(fixture.committed(group, editionsTopic)).isEmpty();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static ProducerRecord<byte[], byte[]> record(String topic, Edition e) throws Exception {
        return new ProducerRecord<>(topic, e.key().getBytes(StandardCharsets.UTF_8), Json.mapper().writeValueAsBytes(e));
    }

    private static SinkConfig config(Topics topics, String jdbcUrl, String group) {
        return new SinkConfig(Map.of(
                SinkConfig.JDBC_URL, jdbcUrl,
                SinkConfig.JDBC_USER, jdbcUrl.startsWith("jdbc:postgresql:") ? "postgres" : "",
                SinkConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                SinkConfig.TOPICS_PREFIX, topics.prefix(),
                SinkConfig.GROUP_ID, group,
                SinkConfig.BATCH_MAX_RECORDS, "4",
                SinkConfig.BATCH_MAX_WAIT_MS, "100"));
    }

    private static KafkaProducer<byte[], byte[]> transactionalProducer(Topics topics) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, topics.prefix() + "test-producer");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static RecordMetadata send(KafkaProducer<byte[], byte[]> producer, String topic, Edition edition,
                                       String key, byte[] value) throws Exception {
        String k = edition == null ? key : edition.key();
        byte[] v = edition == null ? value : Json.mapper().writeValueAsBytes(edition);
        return producer.send(new ProducerRecord<>(topic, k.getBytes(StandardCharsets.UTF_8), v)).get(30, TimeUnit.SECONDS);
    }

    private static ConsumerRecord<byte[], byte[]> byOffset(List<ConsumerRecord<byte[], byte[]>> dls, RecordMetadata m) {
        return dls.stream().filter(r -> header(r, DeadLetterHeaders.SOURCE_OFFSET).equals(Long.toString(m.offset()))
                        && header(r, DeadLetterHeaders.SOURCE_PARTITION).equals(Integer.toString(m.partition())))
                .findFirst().orElseThrow(() -> new AssertionError("no dead letter for " + m));
    }

}
