package newsflow.common.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Checks the {@code NEWSFLOW_*} environment variables like the keys of a properties file, so that a misspelt
 * variable ({@code NEWSFLOW_SINK_JDBC_URLL}) stops the service at start-up instead of being ignored (issue 11: the
 * sink then wrote to a SQLite file in the working directory). A variable is accepted when it is
 * <ul>
 *   <li>the variable of a configuration key ({@link LayeredConfig#envName}), or</li>
 *   <li>one of the variables read outside the configuration, listed in {@link #NOT_CONFIGURATION} (JVM options,
 *       log levels, stack traces).</li>
 * </ul>
 * Two strengths: {@link #checkNamespaces} is what one service can tell alone (a variable in a namespace of its
 * own keys, {@code NEWSFLOW_SINK_*} for the sink, must be one of its keys; another service's namespace is that
 * service's business, since one environment may run all three), and {@link #checkAll} what the launcher can tell
 * knowing every service's keys (any other {@code NEWSFLOW_} variable is an error). The prefix is compared without
 * regard to case, so {@code newsflow_sink_jdbc_url} is reported rather than ignored. Messages name the variable and,
 * within {@value UnknownKeys#MAX_SUGGESTION_DISTANCE} edits, the variable meant.
 */
public final class EnvironmentVariables {
    /**
     * The {@code NEWSFLOW_} variables that are not configuration keys but are read legitimately, with where and
     * what for. Add a variable here when a script or the code starts reading one.
     */
    public static final Map<String, String> NOT_CONFIGURATION = notConfiguration();

    private EnvironmentVariables() {
    }

    private static Map<String, String> notConfiguration() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("NEWSFLOW_JAVA_OPTS", "JVM options of the `./newsflow` script (default `-Xmx3g`), e.g. "
                + "`-Xmx1g -Dnewsflow.kafka.timeout.ms=10000`.");
        m.put("NEWSFLOW_DEBUG", "When set (any value), a failing command prints its stack trace.");
        m.put("NEWSFLOW_LOG_LEVEL", "Level of newsflow's own log (log4j2.xml, default `INFO`).");
        m.put("NEWSFLOW_KAFKA_LOG_LEVEL", "Level of the Kafka client and broker logs (log4j2.xml, default `WARN`).");
        m.put("NEWSFLOW_LOG_FORMAT", "`text` (default) or `json`: one JSON object per log line (log4j2-json.xml, Elastic"
                + " Common Schema), as the option `--log-format`.");
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * One service's check: every {@code NEWSFLOW_} variable in a namespace of {@code def}'s keys (the first segment
     * of a key: {@code sink}, {@code kafka}, {@code topics} for the sink) must be the variable of one of its keys.
     *
     * @param def the service's keys
     * @param env the environment
     * @throws ConfigException naming the first unknown variable (in name order) and the one meant
     */
    public static void checkNamespaces(ConfigDef def, Map<String, String> env) {
        Map<String, String> known = envNames(List.of(def));
        Set<String> namespaces = new TreeSet<>();
        UnknownKeys.namespaces(def).forEach(ns -> namespaces.add(LayeredConfig.envName(ns) + "_"));
        for (String name : new TreeSet<>(env.keySet())) {
            String upper = name.toUpperCase(Locale.ROOT);
            if (!isNewsflow(name) || known.containsKey(name) || NOT_CONFIGURATION.containsKey(name)) {
                continue;
            }
            if (namespaces.stream().anyMatch(upper::startsWith)) {
                throw unknown(name, known.keySet());
            }
        }
    }

    /**
     * The whole check, for a process that knows every service's keys (the launcher): every {@code NEWSFLOW_}
     * variable must be the variable of a key of one of {@code defs} or one of {@link #NOT_CONFIGURATION}.
     *
     * @param defs every service's keys
     * @param env  the environment
     * @throws ConfigException naming the first unknown variable (in name order) and the one meant
     */
    public static void checkAll(Collection<ConfigDef> defs, Map<String, String> env) {
        Map<String, String> known = envNames(defs);
        List<String> accepted = new ArrayList<>(known.keySet());
        accepted.addAll(NOT_CONFIGURATION.keySet());
        for (String name : new TreeSet<>(env.keySet())) {
            if (isNewsflow(name) && !known.containsKey(name) && !NOT_CONFIGURATION.containsKey(name)) {
                throw unknown(name, accepted);
            }
        }
    }

    /**
     * @param defs service definitions
     * @return environment variable → key, for every key of {@code defs}, in name order
     */
    public static Map<String, String> envNames(Collection<ConfigDef> defs) {
        Map<String, String> out = new TreeMap<>();
        defs.forEach(def -> def.names().forEach(k -> out.put(LayeredConfig.envName(k), k)));
        return out;
    }

    private static boolean isNewsflow(String name) {
        return name.toUpperCase(Locale.ROOT).startsWith(LayeredConfig.ENV_PREFIX);
    }

    private static ConfigException unknown(String name, Collection<String> accepted) {
        String suggestion = UnknownKeys.closest(new TreeSet<>(accepted), name.toUpperCase(Locale.ROOT));
        return new ConfigException("unknown environment variable " + name
                + (suggestion == null ? "" : " (did you mean " + suggestion + "?)")
                + ": it is neither the variable of a configuration key nor one newsflow reads otherwise"
                + "; every variable: docs/configuration.md or ./newsflow config-docs");
    }
}
