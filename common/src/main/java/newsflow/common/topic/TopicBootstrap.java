package newsflow.common.topic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics newsflow needs when they are missing (existing topics are left alone: their partitions
 * and configs are the operators'). Partitions and replication factor default to the broker's. The one place
 * topics are created: by each service at start-up, by the demo stack and by the embedded broker in tests.
 */
public final class TopicBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(TopicBootstrap.class);
    /** Upper bound of the admin client's reconnect back-off: fewer "could not be established" warnings. */
    private static final int RECONNECT_BACKOFF_MAX_MS = 5000;
    /** Extra wait on a result beyond the admin call's own timeout, so that Kafka's message (not ours) explains. */
    private static final long RESULT_GRACE_MS = 5000;

    private TopicBootstrap() {
    }

    /**
     * How long topic creation waits for Kafka before giving up: each admin call's timeout (Kafka's
     * {@code default.api.timeout.ms} and {@code request.timeout.ms}) and the wait on its result. Set with the
     * system property {@value #TIMEOUT_PROPERTY} (milliseconds); default 30 s.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** System property overriding {@link #DEFAULT_TIMEOUT}, in milliseconds. */
    public static final String TIMEOUT_PROPERTY = "newsflow.kafka.timeout.ms";

    /**
     * @param bootstrapServers Kafka bootstrap servers
     * @param topics           topic name → topic configs
     * @param partitions       partitions of new topics, or empty for the broker default
     * @throws KafkaUnreachableException when Kafka does not answer within {@link #timeout()} (message: one line,
     *                                   "cannot reach Kafka at HOST:PORT (cause)")
     * @throws IllegalStateException     when a topic cannot be created
     */
    public static void ensure(String bootstrapServers, Map<String, Map<String, String>> topics,
                              Optional<Integer> partitions) {
        Duration timeout = timeout();
        int ms = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, RECONNECT_BACKOFF_MAX_MS));
        boolean reached = false;
        try {
            List<NewTopic> missing = new ArrayList<>();
            var existing = admin.listTopics().names().get(timeout.toMillis() + RESULT_GRACE_MS, TimeUnit.MILLISECONDS);
            reached = true;
            topics.forEach((name, configs) -> {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, partitions, Optional.empty()).configs(configs));
                }
            });
            if (missing.isEmpty()) {
                return;
            }
            var results = admin.createTopics(missing).values();
            for (var e : results.entrySet()) {
                try {
                    e.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    LOG.info("created topic {}", e.getKey());
                } catch (ExecutionException ex) {
                    if (!(ex.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + e.getKey() + ": " + describe(ex.getCause()), ex);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            if (!reached) {
                throw new KafkaUnreachableException("cannot reach Kafka at " + bootstrapServers + " within " + timeout
                        + " (" + describe(cause) + ")", e);
            }
            throw new IllegalStateException("cannot create topics on Kafka at " + bootstrapServers + " ("
                    + describe(cause) + ")", e);
        } finally {
            admin.close(reached ? timeout : Duration.ZERO);
        }
    }

    /** @return the topic-creation timeout: {@value #TIMEOUT_PROPERTY} when set, else {@link #DEFAULT_TIMEOUT} */
    public static Duration timeout() {
        String v = System.getProperty(TIMEOUT_PROPERTY);
        if (v == null || v.isBlank()) {
            return DEFAULT_TIMEOUT;
        }
        try {
            long ms = Long.parseLong(v.trim());
            if (ms > 0) {
                return Duration.ofMillis(ms);
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException("system property " + TIMEOUT_PROPERTY + " must be a positive number of milliseconds (got " + v + ")");
    }

    /** @return "SimpleClassName: message", or the class name alone when the exception has no message */
    static String describe(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
