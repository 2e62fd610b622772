package newsflow.launcher.ops;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import newsflow.common.config.CommonConfig;
import newsflow.enrich.app.EnrichConfig;
import newsflow.ingest.app.IngestConfig;
import newsflow.launcher.stack.EnrichConfigs;
import newsflow.sink.app.SinkConfig;
import picocli.CommandLine.Option;

/**
 * Options of the operator commands: where Kafka is and how topics are named, from the same configuration layers
 * as the services (defaults, {@code --config FILE}, {@code NEWSFLOW_*} variables, options), so the group ids
 * ({@code ingest.group.id}, {@code enrich.application.id}, {@code sink.group.id}) are the ones the services use.
 */
public final class OpsOptions {
    @Option(names = "--config", description = "Properties file of the services (see docs/configuration.md), for the topic prefix and group ids.")
    Path config;

    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers (key kafka.bootstrap.servers).")
    String bootstrapServers;

    @Option(names = "--topics-prefix", description = "Topic name prefix (key topics.prefix).")
    String topicsPrefix;

    /**
     * @param env the environment ({@code NEWSFLOW_*} variables)
     * @return the coordinates of the pipeline
     * @throws org.apache.kafka.common.config.ConfigException naming a bad key
     */
    public PipelineCoordinates coordinates(Map<String, String> env) {
        Map<String, Object> o = new HashMap<>();
        if (bootstrapServers != null) {
            o.put(CommonConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        if (topicsPrefix != null) {
            o.put(CommonConfig.TOPICS_PREFIX, topicsPrefix);
        }
        Map<String, Object> ingestOverrides = new HashMap<>(o);
        ingestOverrides.putIfAbsent(IngestConfig.SOURCES_FILE, "unused"); // required by ingest, not read here
        IngestConfig ingest = IngestConfig.load(config, env, ingestOverrides);
        EnrichConfig enrich = EnrichConfigs.load(config, env, o);
        SinkConfig sink = SinkConfig.load(config, env, o);
        return new PipelineCoordinates(ingest.getString(IngestConfig.BOOTSTRAP_SERVERS), ingest.topics(),
                ingest.getString(IngestConfig.GROUP_ID), enrich.getString(EnrichConfig.APPLICATION_ID),
                sink.groupId());
    }
}
