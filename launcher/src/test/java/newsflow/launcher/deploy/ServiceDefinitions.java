package newsflow.launcher.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import newsflow.enrich.app.EnrichConfig;
import newsflow.ingest.app.IngestConfig;
import newsflow.sink.app.SinkConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * What the deployment files must agree with, taken from the code: each service command's configuration
 * definition, and its HTTP port.
 */
final class ServiceDefinitions {
    /**
     * The HTTP ports issue #10 gives the services ({@code ingest.http.port} 9401, {@code enrich.http.port} 9402,
     * {@code sink.http.port} 9403), until those keys exist in the ConfigDefs (branch metrics).
     */
    static final Map<String, Integer> DOCUMENTED_PORTS = Map.of("ingest", 9401, "enrich", 9402, "sink", 9403);

    private ServiceDefinitions() {
    }

    /** @return subcommand → the ConfigDef of the service it runs */
    static Map<String, ConfigDef> configDefs() {
        Map<String, ConfigDef> m = new LinkedHashMap<>();
        m.put("ingest", IngestConfig.CONFIG_DEF);
        m.put("enrich", EnrichConfig.definition());
        m.put("sink", SinkConfig.DEF);
        return m;
    }

    /**
     * @return subcommand → the default of its {@code <service>.http.port} key, when every service defines one;
     *         empty before the HTTP server is merged
     */
    static Optional<Map<String, Integer>> configuredPorts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigDef> e : configDefs().entrySet()) {
            ConfigDef.ConfigKey key = e.getValue().configKeys().get(e.getKey() + ".http.port");
            if (key == null || !key.hasDefault() || key.defaultValue == null) {
                return Optional.empty();
            }
            out.put(e.getKey(), Integer.valueOf(String.valueOf(key.defaultValue)));
        }
        return Optional.of(out);
    }
}
