package newsflow.launcher.ops;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import newsflow.common.health.ComponentHealth;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * The two blocking checks behind {@code /health}, each wrapped in a {@link CachedProbe}: the broker (an Admin
 * {@code describeCluster} round trip) and the database (a fresh JDBC connection, validated, closed: the sink's
 * own pool would hide an outage behind its idle connections).
 */
public final class Probes {
    /** Time between two checks. */
    public static final Duration PERIOD = Duration.ofSeconds(3);
    /** Longest one check may take. */
    public static final Duration TIMEOUT = Duration.ofSeconds(3);

    private Probes() {
    }

    /**
     * @param service          the service the component belongs to
     * @param bootstrapServers the brokers
     * @return a probe of component {@code kafka}; close it to close its Admin client
     */
    public static CachedProbe broker(String service, String bootstrapServers) {
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-" + service + "-health",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis()));
        return new CachedProbe(service, "kafka", PERIOD, () -> {
            try {
                int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                        .nodes().get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).size();
                return ComponentHealth.up(service, "kafka", "reachable",
                        String.format(Locale.ROOT, "%d broker(s) at %s", brokers, bootstrapServers));
            } catch (java.util.concurrent.ExecutionException e) {
                return ComponentHealth.down(service, "kafka", "unreachable",
                        bootstrapServers + ": " + e.getCause().getMessage());
            } catch (java.util.concurrent.TimeoutException e) {
                return ComponentHealth.down(service, "kafka", "unreachable",
                        bootstrapServers + ": no answer within " + TIMEOUT.toSeconds() + " s");
            }
        }, () -> admin.close(Duration.ofSeconds(2)));
    }

    /**
     * @param service  the service the component belongs to
     * @param jdbcUrl  the database
     * @param user     its user, or empty
     * @param password its password, or empty
     * @return a probe of component {@code database}
     */
    public static CachedProbe database(String service, String jdbcUrl, String user, String password) {
        return new CachedProbe(service, "database", PERIOD, () -> {
            Properties p = new Properties();
            if (user != null && !user.isEmpty()) {
                p.setProperty("user", user);
                p.setProperty("password", password == null ? "" : password);
            }
            String seconds = Long.toString(TIMEOUT.toSeconds());
            if (jdbcUrl.startsWith("jdbc:postgresql:")) {
                p.setProperty("connectTimeout", seconds);
                p.setProperty("loginTimeout", seconds);
                p.setProperty("socketTimeout", seconds);
            }
            try (Connection c = DriverManager.getConnection(jdbcUrl, p)) {
                if (!c.isValid((int) TIMEOUT.toSeconds())) {
                    return ComponentHealth.down(service, "database", "unreachable",
                            "connection not valid within " + seconds + " s");
                }
                String product = c.getMetaData().getDatabaseProductName();
                return ComponentHealth.up(service, "database", "reachable", product + " answers");
            } catch (java.sql.SQLException e) {
                return ComponentHealth.down(service, "database", "unreachable", e.getMessage());
            }
        });
    }
}
