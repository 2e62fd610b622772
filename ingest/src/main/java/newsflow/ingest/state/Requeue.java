package newsflow.ingest.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import newsflow.common.model.DiscoveredUrl;
import newsflow.common.serde.Json;
import newsflow.common.topic.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * How to hand a page back to ingest so that it is fetched again — the one place that knows it (a dead-letter
 * replay uses it; ingest's topic keying lives here and in ingest alone). Two records, to be produced in this
 * order (in one transaction):
 * <ol>
 *   <li>fetch-state, key = canonical URL: a {@link FetchState#REQUEUED} state, which replaces the dead-lettered
 *       one (not final: a restarted instance fetches the page, a running one learns it);</li>
 *   <li>discovered-urls, key = the URL's host ({@link DiscoveredUrl#hostKey}, so the instance owning that host
 *       fetches it): a {@link DiscoveredUrl} with {@code discovered_via} = {@link #VIA}, which
 *       ingest admits even while its memory still holds the page as dead-lettered.</li>
 * </ol>
 */
public final class Requeue {
    /** The {@code discovered_via} of a URL re-queued by a dead-letter replay. */
    public static final String VIA = "newsflow:dead-letter-replay";

    private Requeue() {
    }

    /**
     * @param topics the topic names
     * @param key    the canonical URL (the fetch-state key: the dead letter's key)
     * @param url    the URL to fetch
     * @param source the source name, or null
     * @param at     when it is re-queued
     * @return the records to produce, in order
     */
    public static List<ProducerRecord<byte[], byte[]>> records(Topics topics, String key, String url, String source,
                                                               Instant at) {
        try {
            byte[] state = Json.mapper().writeValueAsBytes(
                    new FetchState(key, FetchState.PAGE, FetchState.REQUEUED, 0, at, 0));
            byte[] discovered = Json.mapper().writeValueAsBytes(new DiscoveredUrl(url, source, VIA));
            return List.of(new ProducerRecord<>(topics.fetchStateName(), utf8(key), state),
                    new ProducerRecord<>(topics.discoveredUrlsName(), utf8(DiscoveredUrl.hostKey(url)), discovered));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the re-queue records of " + url, e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
