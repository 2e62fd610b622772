package newsflow.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import newsflow.common.config.CommonConfig;
import newsflow.common.topic.TopicBootstrap;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.enrich.app.EnrichConfig;
import newsflow.enrich.app.EnrichService;
import newsflow.ingest.app.IngestConfig;
import newsflow.ingest.app.IngestService;
import newsflow.sink.app.SinkConfig;
import newsflow.sink.app.SinkService;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Static group membership (KIP-345) on a real broker: with {@code <service>.group.instance.id} set, the broker
 * lists each service's group member under that id; a stopped static sink stays in its group (its partitions
 * wait for it rather than moving), and the restarted sink with the same id holds the same partitions as the only
 * member; without an id the sink leaves its group when it stops (dynamic membership, as before).
 */
class StaticMembershipIT {
    /** A bound on waiting for a group join, not a speed requirement. */
    private static final Duration JOIN_BOUND = Duration.ofMinutes(3);
    private static EmbeddedKafka kafka;
    private static Admin admin;
    private static final Topics TOPICS = new Topics("static-it.");
    @TempDir
    static Path dir;

    @BeforeAll
    static void broker() throws Exception {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
        TopicBootstrap.ensure(kafka.bootstrapServers(), TOPICS.all(List.of("en")), Optional.of(3));
    }

    @AfterAll
    static void stop() {
        admin.close();
        kafka.close();
    }

    private static Map<String, Object> common() {
        Map<String, Object> m = new HashMap<>();
        m.put(CommonConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers());
        m.put(CommonConfig.TOPICS_PREFIX, TOPICS.prefix());
        return m;
    }

    /** A sink running in its own thread, as {@code newsflow sink} runs it. */
    private record RunningSink(SinkService service, Thread thread) {
        void stop() throws InterruptedException {
            service.stop();
            thread.join(TimeUnit.SECONDS.toMillis(60));
            service.close();
        }
    }

    private static RunningSink sink(String group, String instanceId) {
        Map<String, Object> v = common();
        v.put(SinkConfig.JDBC_URL, "jdbc:sqlite:" + dir.resolve(group + ".db"));
        v.put(SinkConfig.GROUP_ID, group);
        v.put(SinkConfig.GROUP_INSTANCE_ID, instanceId);
        v.put(SinkConfig.SESSION_TIMEOUT_MS, "120000");
        SinkService s = new SinkService(new SinkConfig(v), new SimpleMeterRegistry());
        Thread t = new Thread(s::run, "sink-" + group);
        t.setDaemon(true);
        t.start();
        return new RunningSink(s, t);
    }

    private static ConsumerGroupDescription describe(String group) throws Exception {
        return admin.describeConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS).get(group);
    }

    /** @return the group's description once {@code until} holds (bounded by {@link #JOIN_BOUND}) */
    private static ConsumerGroupDescription await(String group, Predicate<ConsumerGroupDescription> until)
            throws Exception {
        long deadline = System.nanoTime() + JOIN_BOUND.toNanos();
        ConsumerGroupDescription d = describe(group);
        while (!until.test(d) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
            d = describe(group);
        }
        return d;
    }

    private static Predicate<ConsumerGroupDescription> assignedMember(String instanceId) {
        return d -> d.members().stream().anyMatch(m -> m.groupInstanceId().equals(Optional.of(instanceId))
                && !m.assignment().topicPartitions().isEmpty());
    }

    private static MemberDescription only(ConsumerGroupDescription d) {
        assertThat(d.members()).as("members of %s", d.groupId()).hasSize(1);
        return d.members().iterator().next();
    }

    private static Map<String, Set<TopicPartition>> assignments(ConsumerGroupDescription d) {
        Map<String, Set<TopicPartition>> m = new java.util.TreeMap<>();
        d.members().forEach(x -> m.put(x.groupInstanceId().orElse(x.consumerId()), x.assignment().topicPartitions()));
        return m;
    }

    private static String consumerId(ConsumerGroupDescription d, String instanceId) {
        return d.members().stream().filter(m -> m.groupInstanceId().equals(Optional.of(instanceId)))
                .map(MemberDescription::consumerId).findFirst().orElse("");
    }

    @Test
    void aRestartedStaticSinkGetsItsPartitionsBackAndAStoppedOneStaysInTheGroup() throws Exception {
        String group = "sink-static";
        RunningSink a = sink(group, "sink-a");
        RunningSink b = sink(group, "sink-b");
        ConsumerGroupDescription before = await(group, d -> assignedMember("sink-a").test(d)
                && assignedMember("sink-b").test(d) && d.members().size() == 2);
        Map<String, Set<TopicPartition>> split = assignments(before);
        assertThat(split.keySet()).containsExactly("sink-a", "sink-b");
        assertThat(split.values().stream().mapToInt(Set::size).sum()).as("the editions partitions").isEqualTo(3);
        a.stop();

        ConsumerGroupDescription stopped = describe(group);
        assertThat(assignments(stopped)).as("the stopped static member stays; nothing moves to sink-b")
                .isEqualTo(split);

        RunningSink again = sink(group, "sink-a");
        try {
            ConsumerGroupDescription after = await(group, d -> assignedMember("sink-a").test(d)
                    && !consumerId(d, "sink-a").equals(consumerId(before, "sink-a")));
            System.out.printf("StaticMembershipIT: sink-a restarted as %s; partitions before %s, after %s%n",
                    consumerId(after, "sink-a"), split, assignments(after));
            assertThat(consumerId(after, "sink-a")).as("a new consumer").isNotEqualTo(consumerId(before, "sink-a"));
            assertThat(assignments(after)).as("each instance holds the partitions it held").isEqualTo(split);
            assertThat(consumerId(after, "sink-b")).as("sink-b never rejoined").isEqualTo(consumerId(before, "sink-b"));
        } finally {
            again.stop();
            b.stop();
        }
    }

    @Test
    void withoutAnIdTheSinkLeavesItsGroupWhenItStops() throws Exception {
        String group = "sink-dynamic";
        RunningSink s = sink(group, "");
        MemberDescription m = only(await(group, d -> d.members().stream()
                .anyMatch(x -> !x.assignment().topicPartitions().isEmpty())));
        assertThat(m.groupInstanceId()).isEmpty();
        s.stop();
        assertThat(describe(group).members()).as("a dynamic member leaves on close").isEmpty();
    }

    @Test
    void ingestAndEnrichJoinTheirGroupsUnderTheirIds() throws Exception {
        Path sources = Files.writeString(dir.resolve("sources.json"),
                "{\"sources\":[{\"name\":\"a\",\"feeds\":[\"http://127.0.0.1:1/rss\"]}]}", StandardCharsets.UTF_8);
        Map<String, Object> iv = common();
        iv.put(IngestConfig.SOURCES_FILE, sources.toString());
        iv.put(IngestConfig.ALLOW_LOOPBACK, "true");
        iv.put(IngestConfig.GROUP_ID, "ingest-static");
        iv.put(IngestConfig.GROUP_INSTANCE_ID, "ingest-a");
        iv.put(IngestConfig.MAX_ATTEMPTS, "1");
        Map<String, Object> ev = common();
        ev.put(EnrichConfig.APPLICATION_ID, "enrich-static");
        ev.put(EnrichConfig.LANGUAGES, "en");
        ev.put(EnrichConfig.LANGUAGE_ACCURACY, "low");
        ev.put(EnrichConfig.STATE_DIR, dir.resolve("streams").toString());
        ev.put(EnrichConfig.GROUP_INSTANCE_ID, "enrich-a");
        try (IngestService ingest = new IngestService(new IngestConfig(iv), new SimpleMeterRegistry(),
                Clock.systemUTC()); EnrichService enrich = new EnrichService(new EnrichConfig(ev))) {
            ingest.start();
            ingest.runOnce();
            enrich.start();
            MemberDescription i = only(await("ingest-static", assignedMember("ingest-a")));
            MemberDescription e = only(await("enrich-static", assignedMember("enrich-a-1")));
            System.out.printf("StaticMembershipIT: ingest member %s, enrich member %s%n", i.groupInstanceId(),
                    e.groupInstanceId());
            assertThat(i.groupInstanceId()).hasValue("ingest-a");
            assertThat(e.groupInstanceId()).as("Streams appends the thread index").hasValue("enrich-a-1");
        }
    }
}
