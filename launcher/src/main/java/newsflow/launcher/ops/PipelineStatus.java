package newsflow.launcher.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * What {@code kafka-consumer-groups.sh --describe} shows, for the pipeline's groups, through the {@link Admin}
 * client: each group's state and members (client id, host, assigned partitions), and per topic it reads the
 * committed offsets, the end offsets ({@code read_committed}: the last stable offset) and the lag (their
 * difference; a partition never committed counts in full), plus the dead letters of the last hour by stage. Lag is
 * in offsets, as Kafka's tools count it: on a topic written transactionally (enrich's outputs, replays) each commit
 * marker takes an offset too, so an idle group with nothing left to read still shows the markers after its last
 * commit as lag until it commits past them. A group that never started shows as {@code not found}.
 */
public final class PipelineStatus {
    /**
     * One topic of one group.
     *
     * @param service    ingest, enrich or sink
     * @param group      the group id
     * @param topic      the topic
     * @param partitions its partition count
     * @param committed  the sum of the group's committed offsets (a partition never committed counts 0)
     * @param end        the sum of the end offsets
     * @param lag        records not yet committed by the group
     */
    public record TopicLag(String service, String group, String topic, int partitions, long committed, long end,
                           long lag) {
    }

    /**
     * One member of one group.
     *
     * @param service    ingest, enrich or sink
     * @param group      the group id
     * @param clientId   the member's client id
     * @param host       the member's host
     * @param assignment its partitions, {@code topic-partition}, sorted
     */
    public record Member(String service, String group, String clientId, String host, List<String> assignment) {
    }

    /**
     * The whole picture.
     *
     * @param states           service → group state ({@code Stable}, {@code Empty}, {@code Dead}…)
     * @param lags             per group and topic
     * @param members          every member of every group
     * @param deadLettersByStage stage → dead letters since {@code since}
     * @param since            start of the dead-letter window
     */
    public record Report(Map<String, String> states, List<TopicLag> lags, List<Member> members,
                         Map<String, Long> deadLettersByStage, Instant since) {
    }

    private final PipelineCoordinates pipeline;
    private final Duration timeout;

    /**
     * @param pipeline where the pipeline lives
     * @param timeout  the longest each Admin call may take
     */
    public PipelineStatus(PipelineCoordinates pipeline, Duration timeout) {
        this.pipeline = pipeline;
        this.timeout = timeout;
    }

    /**
     * @param admin an Admin client on the pipeline's cluster (owned by the caller)
     * @param now   the current time (the dead-letter window is the hour before it)
     * @return the report
     */
    public Report describe(Admin admin, Instant now) {
        Map<String, String> states = new java.util.LinkedHashMap<>();
        List<TopicLag> lags = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        for (Map.Entry<String, String> g : pipeline.groups().entrySet()) {
            String service = g.getKey();
            ConsumerGroupDescription d = orNull(() -> get(admin.describeConsumerGroups(List.of(g.getValue()))
                    .all()).get(g.getValue()));
            states.put(service, d == null ? "not found" : String.valueOf(d.state()));
            if (d != null) {
                for (MemberDescription m : d.members()) {
                    members.add(new Member(service, g.getValue(), m.clientId(), m.host(),
                            m.assignment().topicPartitions().stream().map(TopicPartition::toString).sorted().toList()));
                }
            }
            Map<TopicPartition, OffsetAndMetadata> committed = orNull(() -> get(admin.listConsumerGroupOffsets(
                    g.getValue()).partitionsToOffsetAndMetadata()));
            committed = committed == null ? Map.of() : committed;
            Set<String> topics = new HashSet<>(pipeline.inputs().get(service));
            committed.keySet().forEach(tp -> topics.add(tp.topic()));
            lags.addAll(lags(admin, service, g.getValue(), topics, committed));
        }
        Instant since = now.minus(Duration.ofHours(1));
        Map<String, Long> byStage = new TreeMap<>();
        DeadLetterReader.read(pipeline.bootstrapServers(), pipeline.topics().deadLetter().name(), since, timeout)
                .forEach(e -> byStage.merge(e.stage(), 1L, Long::sum));
        return new Report(states, lags, members, byStage, since);
    }

    private List<TopicLag> lags(Admin admin, String service, String group, Collection<String> topics,
                                Map<TopicPartition, OffsetAndMetadata> committed) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        Map<String, Integer> partitions = new TreeMap<>();
        for (String topic : topics) {
            try {
                get(admin.describeTopics(List.of(topic)).allTopicNames()).forEach((name, d) -> {
                    partitions.put(name, d.partitions().size());
                    d.partitions().forEach(p -> request.put(new TopicPartition(name, p.partition()),
                            OffsetSpec.latest()));
                });
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
        }
        var ends = get(admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all());
        List<TopicLag> out = new ArrayList<>();
        for (Map.Entry<String, Integer> t : partitions.entrySet()) {
            long c = 0;
            long end = 0;
            long lag = 0;
            for (var e : ends.entrySet()) {
                if (e.getKey().topic().equals(t.getKey())) {
                    OffsetAndMetadata m = committed.get(e.getKey());
                    long done = m == null ? 0 : m.offset();
                    c += done;
                    end += e.getValue().offset();
                    lag += Math.max(0, e.getValue().offset() - done);
                }
            }
            out.add(new TopicLag(service, group, t.getKey(), t.getValue(), c, end, lag));
        }
        return out;
    }

    /** @return the call's result, or null when the group does not exist (never started, or deleted) */
    private static <T> T orNull(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return null;
            }
            throw e;
        }
    }

    private <T> T get(org.apache.kafka.common.KafkaFuture<T> f) {
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new newsflow.common.topic.KafkaUnreachableException("cannot reach Kafka at "
                    + pipeline.bootstrapServers() + " (no answer within " + timeout + ")", e);
        }
    }
}
