package newsflow.ingest.app;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import newsflow.common.model.DiscoveredUrl;
import newsflow.ingest.url.UrlCanonicalizer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;

/**
 * Which hosts an ingest instance fetches from, so that every request to a host is made by one instance of the
 * group and per-host delay, Crawl-delay and Retry-After hold for the whole cluster (issue 11). Kafka does the
 * sharing: the discovered-urls topic is keyed by host, every instance is a member of the ingest consumer group
 * on it, and a host belongs to the instance the group assigned the partition its name maps to. The mapping is
 * Kafka's default partitioner for a key (murmur2 of the UTF-8 host, made positive, modulo the partition count),
 * so a record keyed by the host lands on its owner's partition, one instance owning every partition fetches
 * from every host, and a rebalance moves hosts with the partitions. The feeds and sitemaps of the sources
 * file are polled by the owner of their host. No state of its own.
 */
final class HostOwnership {

    private HostOwnership() {
    }

    /**
     * @param url      an announced URL
     * @param document true for a feed or sitemap (queued under its own host), false for a page (queued under the
     *                 host of its canonical URL, {@link UrlCanonicalizer})
     * @return the host the {@link newsflow.ingest.fetch.HostScheduler} queues the URL under: the key of its
     *         discovered-urls record; {@link DiscoveredUrl#hostKey} when the URL cannot be canonicalised
     */
    static String hostOf(String url, boolean document) {
        try {
            return UrlCanonicalizer.hostOf(document ? url : UrlCanonicalizer.canonicalize(url));
        } catch (IllegalArgumentException e) {
            return DiscoveredUrl.hostKey(url);
        }
    }

    /**
     * @param host       a host ({@link #hostOf})
     * @param partitions the partition count of the discovered-urls topic, &gt; 0
     * @return the partition the host maps to, in {@code [0, partitions)}
     * @throws IllegalArgumentException when {@code partitions} is not positive
     */
    static int partitionOf(String host, int partitions) {
        if (partitions <= 0) {
            throw new IllegalArgumentException("partition count must be positive: " + partitions);
        }
        return Utils.toPositive(Utils.murmur2(host.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /**
     * @param host       a host key
     * @param topic      the discovered-urls topic name
     * @param partitions its partition count, &gt; 0
     * @param assigned   the partitions the group assigned to this instance
     * @return true when this instance fetches from the host
     */
    static boolean owns(String host, String topic, int partitions, Set<TopicPartition> assigned) {
        return assigned.contains(new TopicPartition(topic, partitionOf(host, partitions)));
    }
}
