package newsflow.ingest.app;

import java.net.InetAddress;
import java.time.Clock;
import newsflow.ingest.fetch.AddressGuard;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.robots.RobotsCache;

/**
 * Builds ingest's HTTP side from its configuration: the fetcher (address guard, user agent, body cap, redirect
 * cap, read timeout and whole-request budget) and the robots.txt cache that asks through it (RFC 9309).
 */
final class FetchClients {

    private FetchClients() {
    }

    /**
     * @param config the ingest configuration
     * @return the fetcher every request of the instance goes through
     */
    static HttpFetcher fetcher(IngestConfig config) {
        AddressGuard guard = new AddressGuard(config.getBoolean(IngestConfig.ALLOW_LOOPBACK),
                InetAddress::getAllByName);
        return new HttpFetcher(HttpFetcher.newClient(config.millis(IngestConfig.CONNECT_TIMEOUT_MS)), guard,
                config.getString(IngestConfig.USER_AGENT), config.getLong(IngestConfig.MAX_BODY_BYTES),
                config.getInt(IngestConfig.MAX_REDIRECTS), config.millis(IngestConfig.READ_TIMEOUT_MS),
                config.millis(IngestConfig.REQUEST_BUDGET_MS));
    }

    /**
     * @param config  the ingest configuration
     * @param fetcher the fetcher robots.txt is read through (without a robots check of its own)
     * @param clock   time source of the cache
     * @return the robots.txt cache
     */
    static RobotsCache robots(IngestConfig config, HttpFetcher fetcher, Clock clock) {
        return new RobotsCache(url -> IngestService.robotsResponse(fetcher, url), config.productToken(),
                config.millis(IngestConfig.ROBOTS_CACHE_MS), config.millis(IngestConfig.ROBOTS_ERROR_CACHE_MS),
                clock);
    }
}
