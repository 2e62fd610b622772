package newsflow.launcher.ops;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import newsflow.common.topic.TopicBootstrap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code newsflow status}: for ingest, enrich and sink, the consumer group's state, lag per topic and members,
 * then the dead letters of the last hour by stage ({@link PipelineStatus}).
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the pipeline's consumer groups (state, lag per topic, members) and the last hour's dead letters by stage.")
public final class StatusCommand implements Callable<Integer> {
    @Mixin
    OpsOptions options;

    @Override
    public Integer call() {
        PipelineCoordinates c = options.coordinates(System.getenv());
        PipelineStatus.Report r;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, c.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TopicBootstrap.timeout().toMillis()))) {
            r = new PipelineStatus(c, TopicBootstrap.timeout()).describe(admin, Instant.now());
        }
        print(c, r, System.out);
        return 0;
    }

    /**
     * @param c   the pipeline
     * @param r   its status
     * @param out where to print
     */
    static void print(PipelineCoordinates c, PipelineStatus.Report r, PrintStream out) {
        out.println("consumer groups (kafka " + c.bootstrapServers() + "):");
        TextTable groups = new TextTable("SERVICE", "GROUP", "STATE", "MEMBERS", "TOPIC", "PARTITIONS", "COMMITTED",
                "END", "LAG");
        for (var e : c.groups().entrySet()) {
            long members = r.members().stream().filter(m -> m.service().equals(e.getKey())).count();
            var lags = r.lags().stream().filter(l -> l.service().equals(e.getKey())).toList();
            if (lags.isEmpty()) {
                groups.row(e.getKey(), e.getValue(), r.states().get(e.getKey()), members);
            }
            for (PipelineStatus.TopicLag l : lags) {
                groups.row(e.getKey(), e.getValue(), r.states().get(e.getKey()), members, l.topic(), l.partitions(),
                        l.committed(), l.end(), l.lag());
            }
        }
        groups.print(out);
        out.println();
        out.println("members:");
        TextTable members = new TextTable("SERVICE", "CLIENT-ID", "HOST", "PARTITIONS");
        for (PipelineStatus.Member m : r.members()) {
            members.row(m.service(), m.clientId(), m.host(), String.join(",", m.assignment()));
        }
        if (members.size() == 0) {
            out.println("  none (no service instance is running)");
        } else {
            members.print(out);
        }
        out.println();
        long total = r.deadLettersByStage().values().stream().mapToLong(Long::longValue).sum();
        out.printf(Locale.ROOT, "dead letters since %s: %d%n", TextTable.time(r.since()), total);
        r.deadLettersByStage().forEach((stage, n) -> out.printf(Locale.ROOT, "  %-12s %d%n", stage, n));
    }
}
