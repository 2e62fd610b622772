package newsflow.ingest.app;

import java.net.InetAddress;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import newsflow.ingest.fetch.FetchRefusedException;
import newsflow.ingest.fetch.FetchResponse;
import newsflow.ingest.fetch.AddressGuard;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.robots.RobotsCache;

/**
 * Builds ingest's HTTP side from its configuration: the fetcher (address guard, checked before each hop and by the
 * HTTP client's resolver when it connects; user agent, decoded body cap, redirect cap, read timeout and
 * whole-request budget) and the robots.txt cache that asks through it (RFC 9309; a robots.txt sent compressed is
 * decoded, one over the cap is parsed up to the cap, as RFC 9309 §2.5 allows from 500 KiB). Public for
 * {@code newsflow probe}, which fetches one document exactly as ingest would.
 */
public final class FetchClients {

    private FetchClients() {
    }

    /**
     * @param config the ingest configuration
     * @return the fetcher every request of the instance goes through
     */
    public static HttpFetcher fetcher(IngestConfig config) {
        AddressGuard guard = new AddressGuard(config.getBoolean(IngestConfig.ALLOW_LOOPBACK),
                InetAddress::getAllByName);
        return new HttpFetcher(config.millis(IngestConfig.CONNECT_TIMEOUT_MS), guard,
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
    public static RobotsCache robots(IngestConfig config, HttpFetcher fetcher, Clock clock) {
        return new RobotsCache(url -> robotsResponse(fetcher, url), config.productToken(),
                config.millis(IngestConfig.ROBOTS_CACHE_MS), config.millis(IngestConfig.ROBOTS_ERROR_CACHE_MS),
                clock);
    }

    /**
     * @param threads how many requests run at once ({@code ingest.fetch.threads})
     * @return the pool of daemon threads {@code ingest-fetch-N} the requests run on
     */
    static java.util.concurrent.ExecutorService workers(int threads) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** robots.txt through the same fetcher (address guard, redirect cap) but without a robots check. */
    static RobotsCache.Response robotsResponse(HttpFetcher fetcher, String url) throws IOException {
        try {
            FetchResponse r = fetcher.fetch(url, Map.of(), u -> { });
            return new RobotsCache.Response(r.status(), r.body(), r.header("content-type").orElse(null));
        } catch (FetchRefusedException e) {
            if (e.reason().equals("too-many-redirects")) {
                return new RobotsCache.Response(404, new byte[0], null); // RFC 9309 §2.3.1.2: unavailable
            }
            throw new IOException("robots.txt " + url + " refused: " + e.getMessage());
        }
    }
}
