package newsflow.launcher.stack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import newsflow.common.config.EnvironmentVariables;
import newsflow.enrich.app.EnrichConfig;
import newsflow.ingest.app.IngestConfig;
import newsflow.sink.app.SinkConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * The configuration keys of every service the launcher starts, in documentation order: what
 * {@code config-docs} prints and what the environment is checked against. Only the launcher knows all three
 * services, so only it can tell that a {@code NEWSFLOW_} variable is no service's key at all
 * ({@link EnvironmentVariables#checkAll}); each service alone checks its own namespaces.
 */
public final class ServiceDefinitions {
    private ServiceDefinitions() {
    }

    /** @return service name → its definition: ingest, enrich, sink */
    public static Map<String, ConfigDef> all() {
        Map<String, ConfigDef> m = new LinkedHashMap<>();
        m.put("ingest", IngestConfig.CONFIG_DEF);
        m.put("enrich", EnrichConfig.definition());
        m.put("sink", SinkConfig.DEF);
        return Collections.unmodifiableMap(m);
    }

    /**
     * Fails on a {@code NEWSFLOW_} variable that is neither a key of ingest, enrich or sink nor one of
     * {@link EnvironmentVariables#NOT_CONFIGURATION}. Every service command and {@code run}/{@code demo} call it
     * first, before anything is started or deleted.
     *
     * @param env the environment, usually {@code System.getenv()}
     * @throws ConfigException naming the variable and, when one is close, the variable meant
     */
    public static void checkEnvironment(Map<String, String> env) {
        EnvironmentVariables.checkAll(all().values(), env);
    }
}
