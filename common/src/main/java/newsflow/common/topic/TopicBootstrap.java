package newsflow.common.topic;

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

    private TopicBootstrap() {
    }

    /**
     * @param bootstrapServers Kafka bootstrap servers
     * @param topics           topic name → topic configs
     * @param partitions       partitions of new topics, or empty for the broker default
     * @throws IllegalStateException when a topic cannot be created
     */
    public static void ensure(String bootstrapServers, Map<String, Map<String, String>> topics,
                              Optional<Integer> partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<NewTopic> missing = new ArrayList<>();
            var existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
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
                    e.getValue().get(30, TimeUnit.SECONDS);
                    LOG.info("created topic {}", e.getKey());
                } catch (ExecutionException ex) {
                    if (!(ex.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + e.getKey() + ": " + ex.getCause().getMessage(), ex);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot reach Kafka at " + bootstrapServers + " to create topics: " + e.getMessage(), e);
        }
    }
}
