package newsflow.ingest.app;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import newsflow.ingest.fetch.AddressGuard;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.fetch.RetryPolicy;
import newsflow.ingest.robots.RobotsCache;

/**
 * The fetch set-up the task-worker tests share (TaskWorkerTest, FeedStatusTaskWorkerTest, ProduceFailureTest,
 * PaginationWalkTest), against a loopback {@code TestSite}, and the ingest configuration of a service IT.
 */
final class TestFetching {
    private TestFetching() {
    }

    /** @return a fetcher as {@code newsbot/1.0} that may reach loopback: 5 s timeouts, 100 000 bytes, 3 redirects */
    static HttpFetcher fetcher() {
        return new HttpFetcher(Duration.ofSeconds(5),
                new AddressGuard(true, InetAddress::getAllByName), "newsbot/1.0", 100_000, 3, Duration.ofSeconds(5));
    }

    /**
     * @return the robots.txt cache (RFC 9309) of product token {@code newsbot} over {@code fetcher}: a fetched
     *         file kept 24 h, an error 30 min
     */
    static RobotsCache robots(HttpFetcher fetcher, Clock clock) {
        return new RobotsCache(url -> FetchClients.robotsResponse(fetcher, url), "newsbot", Duration.ofHours(24),
                Duration.ofMinutes(30), clock);
    }

    /**
     * @param sources   the sources file
     * @param bootstrap the broker
     * @param prefix    the topics prefix
     * @return an ingest configuration for a loopback test site: loopback allowed, 10 ms between requests to a host
     */
    static IngestConfig loopbackConfig(java.nio.file.Path sources, String bootstrap, String prefix) {
        return IngestConfig.load(null, java.util.Map.of(), java.util.Map.of(IngestConfig.SOURCES_FILE,
                sources.toString(), IngestConfig.BOOTSTRAP_SERVERS, bootstrap, IngestConfig.TOPICS_PREFIX, prefix,
                IngestConfig.ALLOW_LOOPBACK, "true", IngestConfig.PER_HOST_DELAY_MS, "10"));
    }

    /** @return the workers' retry policy: 30 s first backoff, at most 1 h, 3 attempts */
    static RetryPolicy retry() {
        return new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 3);
    }
}
