package newsflow.ingest.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import newsflow.common.topic.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics ingest reads and writes (raw-pages, dead-letter, fetch-state, discovered-urls) when they
 * are missing, with the configs of {@link Topics} and the broker's default partition count and replication
 * factor. Existing topics are left as they are.
 */
final class TopicCreator {
    private TopicCreator() {
    }

    static void createMissing(String bootstrapServers, Topics topics) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(p)) {
            Set<String> existing = admin.listTopics().names().get();
            Map<String, Map<String, String>> wanted = new java.util.LinkedHashMap<>();
            wanted.put(topics.rawPages().name(), topics.rawPages().topicConfig());
            wanted.put(topics.deadLetter().name(), topics.deadLetter().topicConfig());
            wanted.putAll(topics.stateTopicConfigs());
            List<NewTopic> create = new ArrayList<>();
            wanted.forEach((name, cfg) -> {
                if (!existing.contains(name)) {
                    create.add(new NewTopic(name, Optional.empty(), Optional.empty()).configs(cfg));
                }
            });
            if (!create.isEmpty()) {
                try {
                    admin.createTopics(create).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create ingest topics: " + e.getCause(), e.getCause());
        }
    }
}
