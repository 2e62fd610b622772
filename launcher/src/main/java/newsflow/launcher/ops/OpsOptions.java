package newsflow.launcher.ops;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import newsflow.enrich.app.EnrichConfig;
import newsflow.ingest.app.IngestConfig;
import newsflow.launcher.stack.EnrichConfigs;
import newsflow.sink.app.SinkConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options of the operator commands: where Kafka is and how topics are named, from the same configuration layers
 * as the services (defaults, {@code --config FILE}, {@code NEWSFLOW_*} variables, options), so the group ids
 * ({@code ingest.group.id}, {@code enrich.application.id}, {@code sink.group.id}) are the ones the services use.
 */
public final class OpsOptions {
    @Option(names = "--config", description = "Properties file of the services (see docs/configuration.md), for the topic prefix and group ids.")
    Path config;

    @Mixin
    BrokerOptions broker = new BrokerOptions();

    /**
     * @param env the environment ({@code NEWSFLOW_*} variables)
     * @return the coordinates of the pipeline
     * @throws org.apache.kafka.common.config.ConfigException naming a bad key
     */
    public PipelineCoordinates coordinates(Map<String, String> env) {
        Map<String, Object> o = broker.overrides();
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
