package newsflow.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code newsflow ingest --once --partitions N} run in-process through picocli against a real broker whose
 * default is one partition: every topic ingest creates (raw-pages, dead-letter, fetch-state, discovered-urls)
 * gets N partitions, and without the option the broker's default. Issue 11: the option was parsed and ignored.
 */
class IngestPartitionsIT {
    @TempDir
    Path tmp;

    @Test
    void ingestCreatesItsTopicsWithTheRequestedPartitionCount() throws Exception {
        Path sources = tmp.resolve("sources.json");
        // a source whose feed is refused (loopback not allowed): the drain has nothing to fetch and ends
        Files.writeString(sources, "{\"sources\":[{\"name\":\"s\",\"feeds\":[\"http://127.0.0.1:9/feed.xml\"]}]}",
                StandardCharsets.UTF_8);
        try (EmbeddedKafka kafka = EmbeddedKafka.start(tmp.resolve("kafka"))) {
            Map<String, Integer> byCase = new TreeMap<>();
            for (Integer n : new Integer[] {4, 2, null}) {
                String prefix = "p" + (n == null ? "default" : n) + ".";
                List<String> args = new ArrayList<>(List.of("ingest", "--once", "--sources", sources.toString(),
                        "--bootstrap-servers", kafka.bootstrapServers(), "--topics-prefix", prefix));
                if (n != null) {
                    args.add("--partitions");
                    args.add(n.toString());
                }
                int exit = new CommandLine(new NewsflowCli()).execute(args.toArray(String[]::new));
                assertThat(exit).as("exit code of %s", args).isZero();
                Topics topics = new Topics(prefix);
                List<String> names = List.of(topics.rawPages().name(), topics.deadLetter().name(),
                        topics.fetchStateName(), topics.discoveredUrlsName());
                try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers()))) {
                    Map<String, TopicDescription> d = admin.describeTopics(names).allTopicNames()
                            .get(30, TimeUnit.SECONDS);
                    int expected = n == null ? 1 : n; // the embedded broker's num.partitions is 1
                    for (String name : names) {
                        assertThat(d.get(name).partitions()).as(name).hasSize(expected);
                        byCase.put(name, d.get(name).partitions().size());
                    }
                }
            }
            System.out.println("partitions per topic: " + byCase);
        }
    }
}
