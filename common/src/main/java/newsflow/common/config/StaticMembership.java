package newsflow.common.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Static group membership (KIP-345) for the consumer group of a service: the shared parts of the keys
 * {@code <service>.group.instance.id} and {@code <service>.session.timeout.ms} that ingest, enrich and sink each
 * define, and the consumer properties they become.
 * <p>
 * With a {@code group.instance.id} the broker remembers which partitions the instance held: when it restarts
 * (deploy, crash and restart, a JVM pause) and rejoins within {@code session.timeout.ms}, it gets the same
 * partitions back without a rebalance, so the other instances keep working undisturbed. The price: an instance
 * with an id does not leave the group when it stops, so its partitions wait for the session timeout if it does
 * not come back — the shorter session timeout key bounds that wait. Ids must be unique within the group and
 * stable across restarts (a host or pod name); a second running instance with the same id fences the first
 * ({@code FencedInstanceIdException}). Without an id, membership is dynamic (Kafka's default).
 */
public final class StaticMembership {
    /** Kafka's default {@code session.timeout.ms} (KIP-735), in milliseconds. */
    public static final int DEFAULT_SESSION_TIMEOUT_MS = 45_000;
    /**
     * Session timeouts accepted: the broker's default bounds {@code group.min.session.timeout.ms} (6 s) and
     * {@code group.max.session.timeout.ms} (30 min); a broker configured more narrowly refuses the join.
     */
    public static final ConfigDef.Range SESSION_TIMEOUT_RANGE = ConfigDef.Range.between(6_000, 1_800_000);
    /** Accepts an empty or absent id, or what Kafka accepts: 1 to 249 of {@code [a-zA-Z0-9._-]}. */
    public static final ConfigDef.Validator INSTANCE_ID = new InstanceIdValidator();

    private StaticMembership() {
    }

    /**
     * @param service        the service, e.g. {@code ingest}
     * @param sessionTimeout the service's session timeout key
     * @return the documentation of {@code <service>.group.instance.id}
     */
    public static String instanceIdDoc(String service, String sessionTimeout) {
        return "Static group membership (KIP-345): this instance's id in the " + service + " consumer group, unique "
                + "among the instances and stable across restarts (e.g. the host or pod name). A restarted instance "
                + "with the same id gets its partitions back without a rebalance if it rejoins within "
                + sessionTimeout + "; in exchange, a stopped instance does not leave the group, so its partitions "
                + "wait up to that timeout. A second instance started with the same id replaces the first, which "
                + "fails (FencedInstanceIdException). Empty: dynamic membership.";
    }

    /**
     * @param service the service, e.g. {@code ingest}
     * @return the documentation of {@code <service>.session.timeout.ms}
     */
    public static String sessionTimeoutDoc(String service) {
        return "Consumer session.timeout.ms of the " + service + " group, in milliseconds: how long the group waits "
                + "for a silent instance (crashed, or stopped with a static id) before its partitions move to the "
                + "others. Shorter detects a crash sooner; it must stay within the broker's "
                + "group.min/max.session.timeout.ms.";
    }

    /**
     * @param instanceId       the configured id; null or empty for dynamic membership
     * @param sessionTimeoutMs the session timeout in milliseconds
     * @return consumer properties: {@code session.timeout.ms}, and {@code group.instance.id} when given
     */
    public static Map<String, Object> consumerProperties(String instanceId, int sessionTimeoutMs) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (instanceId != null && !instanceId.isBlank()) {
            p.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId.trim());
        }
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, sessionTimeoutMs);
        return p;
    }

    private static final class InstanceIdValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            String id = value == null ? "" : value.toString().trim();
            if (!id.isEmpty() && !id.matches("[a-zA-Z0-9._-]{1,249}")) {
                throw new ConfigException(name, value, "a group.instance.id is 1 to 249 of a-z A-Z 0-9 . _ -");
            }
        }

        @Override
        public String toString() {
            return "empty, or 1 to 249 of a-z A-Z 0-9 . _ -";
        }
    }
}
