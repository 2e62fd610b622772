package newsflow.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import newsflow.common.topic.CompactedTopicReader;
import newsflow.common.topic.DeadLetterRecords;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dead-letters replay} of records that failed after Kafka, through a real broker: enrich stages
 * ({@code extract}, {@code language}) go back to raw-pages and the sink stage to editions with their original key
 * and bytes; a dry run changes nothing; a second replay replays nothing; a dead letter with neither a source topic
 * nor a URL is reported as not replayable. {@code dead-letters list} shows each one's origin; {@code status} with no
 * service running shows no members, the dead letters by stage, and the replayed edition as the sink's lag.
 */
class DeadLetterReplayIT {
    private static final String PREFIX = "ops.";

    @TempDir
    Path dir;

    @Test
    void enrichAndSinkFailuresGoBackToTheirTopicOnce() throws Exception {
        Topics topics = new Topics(PREFIX);
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            kafka.createTopics(topics.all(List.of("en")), 2);
            String k = kafka.bootstrapServers();
            String dl = topics.deadLetter().name();
            try (KafkaProducer<byte[], byte[]> p = producer(k)) {
                p.send(DeadLetterRecords.of(dl, utf8("https://n.example/a/1"), utf8("{\"page\":1}"), "extract",
                        "java.lang.IllegalStateException", "boom", new DeadLetterRecords.Origin(topics.rawPages().name(),
                                0, 3), "https://n.example/a/1")).get();
                p.send(DeadLetterRecords.of(dl, utf8("https://n.example/a/2"), utf8("{\"page\":2}"), "language",
                        "java.lang.ArithmeticException", "bad", new DeadLetterRecords.Origin(topics.rawPages().name(),
                                1, 4), "https://n.example/a/2")).get();
                p.send(DeadLetterRecords.of(dl, utf8("doc1:en"), utf8("{\"edition\":1}"), "sink",
                        "java.sql.SQLTransientConnectionException", "db down",
                        new DeadLetterRecords.Origin(topics.editions().name(), 1, 7), "https://n.example/a/3")).get();
                p.send(DeadLetterRecords.of(dl, null, utf8("{}"), "classify", "java.lang.RuntimeException", "?",
                        DeadLetterRecords.Origin.NONE, null)).get();
            }
            String[] base = {"--bootstrap-servers", k, "--topics-prefix", PREFIX};

            CliRun.Result idle = CliRun.run(args(base, "status"));
            assertThat(idle.exit()).isZero();
            assertThat(idle.out()).contains("none (no service instance is running)")
                    .contains("dead letters since").containsPattern("(?m)^dead letters since \\S+: 4$")
                    .containsPattern("(?m)^  extract +1$").containsPattern("(?m)^  language +1$")
                    .containsPattern("(?m)^  sink +1$").containsPattern("(?m)^  classify +1$");
            assertThat(CliRun.run(args(base, "sources")).out()).contains("0 feeds and sitemaps of 0 sources, 0 failing");

            CliRun.Result sinkList = CliRun.run(args(base, "dead-letters", "list", "--stage", "sink"));
            assertThat(sinkList.out()).contains("1 dead letters").contains("ops.editions/1@7")
                    .contains("SQLTransientConnectionException");
            assertThat(CliRun.run(args(base, "dead-letters", "list", "--reason", "ArithmeticException")).out())
                    .contains("1 dead letters").contains("https://n.example/a/2");

            assertThat(CliRun.run(args(base, "dead-letters", "replay", "--stage", "language", "--dry-run")).out())
                    .contains("dry run: would replay 1 of 1");
            assertThat(latest(k, topics.rawPages().name())).isEmpty();

            assertThat(CliRun.run(args(base, "dead-letters", "replay", "--stage", "extract")).out())
                    .contains("replayed 1 of 1");
            assertThat(CliRun.run(args(base, "dead-letters", "replay", "--stage", "language")).out())
                    .contains("replayed 1 of 1");
            assertThat(CliRun.run(args(base, "dead-letters", "replay", "--stage", "sink")).out())
                    .contains("replayed 1 of 1");
            assertThat(latest(k, topics.rawPages().name())).containsOnly(
                    Map.entry("https://n.example/a/1", "{\"page\":1}"), Map.entry("https://n.example/a/2", "{\"page\":2}"));
            assertThat(latest(k, topics.editions().name())).containsOnly(Map.entry("doc1:en", "{\"edition\":1}"));

            CliRun.Result again = CliRun.run(args(base, "dead-letters", "replay", "--stage", "extract"));
            assertThat(again.out()).contains("replayed 0 of 1").contains("already replayed");
            assertThat(CliRun.run(args(base, "dead-letters", "replay", "--stage", "sink")).out())
                    .contains("replayed 0 of 1");
            CliRun.Result classify = CliRun.run(args(base, "dead-letters", "replay", "--stage", "classify"));
            assertThat(classify.out()).contains("cannot replay").contains("replayed 0 of 1");
            assertThat(latest(k, topics.deadLetterReplays().name())).hasSize(3);
            // nobody reads editions here: the replayed edition (and its transaction marker) is the sink group's lag
            assertThat(OpsCommandsIT.line(CliRun.run(args(base, "status")).out(), " ops.editions "))
                    .contains("newsflow-sink").doesNotEndWith(" 0");
        }
    }

    private static String[] args(String[] base, String... command) {
        String[] all = new String[command.length + base.length];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(base, 0, all, command.length, base.length);
        return all;
    }

    private static Map<String, String> latest(String bootstrap, String topic) {
        Map<String, String> out = new java.util.TreeMap<>();
        CompactedTopicReader.readLatest(bootstrap, topic, java.time.Duration.ofSeconds(30))
                .forEach((key, v) -> out.put(key, new String(v, StandardCharsets.UTF_8)));
        return out;
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
