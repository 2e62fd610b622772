package newsflow.launcher.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsflow.common.model.FeedStatus;
import newsflow.common.topic.CompactedTopicReader;
import newsflow.common.topic.TopicBootstrap;
import newsflow.common.topic.TopicDef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code newsflow sources}: the status of every feed and sitemap as ingest last recorded it on the source-status
 * topic (any instance, across restarts), one row per feed or sitemap.
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "List every source's feeds and sitemaps: state, last poll, last success, last error, items, next poll.")
public final class SourcesCommand implements Callable<Integer> {
    @Mixin
    OpsOptions options;

    @Override
    public Integer call() {
        PipelineCoordinates c = options.coordinates(System.getenv());
        List<FeedStatus> all = read(c.bootstrapServers(), c.topics().sourceStatus());
        TextTable t = new TextTable("SOURCE", "KIND", "URL", "STATE", "LAST POLL", "LAST SUCCESS", "LAST ERROR",
                "SEEN", "NEW", "NEXT POLL");
        for (FeedStatus s : all) {
            String error = s.lastErrorKind() == null ? null : s.lastErrorKind()
                    + (s.lastErrorMessage() == null ? "" : ": " + s.lastErrorMessage());
            t.row(s.source(), s.kind(), s.url(), s.state(), s.lastPollAt(), s.lastSuccessAt(), error, s.itemsSeen(),
                    s.itemsNew(), s.nextPollAt());
        }
        long failing = all.stream().filter(FeedStatus::failing).count();
        System.out.printf(Locale.ROOT, "%d feeds and sitemaps of %d sources, %d failing (topic %s)%n", all.size(),
                all.stream().map(FeedStatus::source).distinct().count(), failing, c.topics().sourceStatus().name());
        if (t.size() > 0) {
            t.print(System.out);
        }
        return 0;
    }

    /**
     * @param bootstrapServers Kafka bootstrap servers
     * @param topic            the source-status topic
     * @return every status, by source then URL (malformed values skipped)
     */
    public static List<FeedStatus> read(String bootstrapServers, TopicDef<String, FeedStatus> topic) {
        List<FeedStatus> out = new ArrayList<>();
        CompactedTopicReader.readLatest(bootstrapServers, topic.name(), TopicBootstrap.timeout()).forEach((k, v) -> {
            try {
                out.add(topic.valueSerde().deserializer().deserialize(topic.name(), v));
            } catch (RuntimeException e) {
                System.err.println("skipping a malformed status for " + k + ": " + e.getMessage());
            }
        });
        out.sort(java.util.Comparator.comparing((FeedStatus f) -> String.valueOf(f.source()))
                .thenComparing(FeedStatus::url));
        return out;
    }
}
