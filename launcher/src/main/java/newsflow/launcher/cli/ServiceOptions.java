package newsflow.launcher.cli;

import java.nio.file.Path;
import java.util.Map;
import newsflow.launcher.ops.BrokerOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every service command shares; they override the config file and the environment. */
public final class ServiceOptions {
    @Option(names = "--config", description = "Properties file overriding the defaults (see docs/configuration.md).")
    Path config;

    @Mixin
    BrokerOptions broker = new BrokerOptions();

    @Option(names = "--partitions", description = "Partitions of topics this command creates when missing (default: the broker's).")
    Integer partitions;

    @Option(names = "--http-port", description = "Port of GET /metrics and GET /health (key <service>.http.port; 0: off).")
    Integer httpPort;

    /** @return the config file, or null */
    public Path configFile() {
        return config;
    }

    /** @return partitions for new topics, or null */
    public Integer partitions() {
        return partitions;
    }

    /**
     * @param service {@code ingest}, {@code enrich} or {@code sink}
     * @return command-line overrides as config keys → values, {@code --http-port} as the service's key
     */
    public Map<String, Object> overrides(String service) {
        Map<String, Object> m = overrides();
        if (httpPort != null) {
            m.put(newsflow.common.config.OpsKeys.httpPort(service), httpPort);
        }
        return m;
    }

    /** @return command-line overrides as config keys → values */
    public Map<String, Object> overrides() {
        return broker.overrides();
    }
}
