package newsflow.common.config;

import java.util.Locale;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * The operations keys every service has, named after it: {@code <service>.http.port} (the port of
 * {@code GET /metrics} and {@code GET /health}) and {@code <service>.progress.interval.ms} (how often the
 * service logs its progress line).
 */
public final class OpsKeys {
    private OpsKeys() {
    }

    /**
     * @param service {@code ingest}, {@code enrich} or {@code sink}
     * @return the key of the service's HTTP port
     */
    public static String httpPort(String service) {
        return service + ".http.port";
    }

    /**
     * @param service {@code ingest}, {@code enrich} or {@code sink}
     * @return the key of the service's progress-line interval
     */
    public static String progressInterval(String service) {
        return service + ".progress.interval.ms";
    }

    /**
     * @param def         the service's definition
     * @param service     the service name (key prefix)
     * @param defaultPort its default HTTP port
     * @return {@code def} with the two keys
     */
    public static ConfigDef define(ConfigDef def, String service, int defaultPort) {
        return def
                .define(httpPort(service), Type.INT, defaultPort, Range.between(0, 65_535), Importance.MEDIUM,
                        String.format(Locale.ROOT, "Port of the %s service's HTTP endpoints GET /metrics (Prometheus "
                                + "text format) and GET /health (JSON; 200 when healthy, 503 otherwise); 0 turns "
                                + "them off. The command option --http-port overrides it.", service))
                .define(progressInterval(service), Type.LONG, 60_000L, Range.atLeast(1_000), Importance.LOW,
                        String.format(Locale.ROOT, "Milliseconds between two progress lines of the %s service "
                                + "(throughput and backlog, at INFO); a summary line is logged on shutdown.",
                                service));
    }
}
