package newsflow.launcher.ops;

import java.util.HashMap;
import java.util.Map;
import newsflow.common.config.CommonConfig;
import picocli.CommandLine.Option;

/**
 * Where Kafka is and how topics are named: the options the service commands ({@code ingest}, {@code enrich},
 * {@code sink}) and the operator commands ({@code status}, {@code sources}, {@code dead-letters}) share, as a
 * picocli {@code @Mixin} of their option classes. Given, they override the config file and the environment.
 */
public final class BrokerOptions {
    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers (key kafka.bootstrap.servers).")
    String bootstrapServers;

    @Option(names = "--topics-prefix", description = "Topic name prefix (key topics.prefix).")
    String topicsPrefix;

    /**
     * @return the given options as config keys ({@code kafka.bootstrap.servers}, {@code topics.prefix}) →
     *         values, a new mutable map (empty when neither is given)
     */
    public Map<String, Object> overrides() {
        Map<String, Object> m = new HashMap<>();
        if (bootstrapServers != null) {
            m.put(CommonConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        if (topicsPrefix != null) {
            m.put(CommonConfig.TOPICS_PREFIX, topicsPrefix);
        }
        return m;
    }
}
