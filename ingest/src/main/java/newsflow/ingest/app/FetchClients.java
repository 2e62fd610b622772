package newsflow.ingest.app;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import newsflow.ingest.fetch.FetchRefusedException;
import newsflow.ingest.fetch.FetchResponse;
import newsflow.ingest.fetch.AddressGuard;
import newsflow.ingest.fetch.HostScheduler;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.fetch.RetryPolicy;
import newsflow.ingest.pagination.PaginationWalker;
import newsflow.ingest.poll.PollSchedule;
import newsflow.ingest.robots.RobotsCache;
import newsflow.ingest.state.FetchStateStore;
import newsflow.ingest.status.SourceStatusRecorder;

/**
 * Builds ingest's HTTP side from its configuration: the fetch worker, the fetcher (address guard, checked before each hop and by the
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
     * @return the fetcher every request of the instance goes through, resolving names with the system resolver
     */
    public static HttpFetcher fetcher(IngestConfig config) {
        return fetcher(config, InetAddress::getAllByName);
    }

    /**
     * @param config   the ingest configuration
     * @param resolver the name resolver the address guard checks and the HTTP client connects with
     *                 ({@code InetAddress::getAllByName} in production; a stub in tests that play DNS rebinding)
     * @return the fetcher every request of the instance goes through
     */
    static HttpFetcher fetcher(IngestConfig config, AddressGuard.Resolver resolver) {
        AddressGuard guard = new AddressGuard(config.getBoolean(IngestConfig.ALLOW_LOOPBACK), resolver);
        return new HttpFetcher(config.millis(IngestConfig.CONNECT_TIMEOUT_MS), guard,
                config.getString(IngestConfig.USER_AGENT), config.getLong(IngestConfig.MAX_BODY_BYTES),
                config.getInt(IngestConfig.MAX_REDIRECTS), config.millis(IngestConfig.READ_TIMEOUT_MS),
                config.millis(IngestConfig.REQUEST_BUDGET_MS));
    }

    /**
     * The fetch worker as the configuration shapes it: robots.txt through the same fetcher, the retry policy
     * ({@code ingest.retry.*}, {@code ingest.max.attempts}), per-host delays, the feed byte cap, pagination and the
     * per-poll item budget; discovered URLs go to the output's frontier topic.
     *
     * @param config       the ingest configuration
     * @param fetcher      the instance's fetcher
     * @param clock        time source
     * @param scheduler    the per-host task queue
     * @param store        the fetch state
     * @param output       where pages, dead letters and discovered URLs go
     * @param deadLetters  the dead-letter writer
     * @param admission    where new URLs are admitted
     * @param counters     the service's counters
     * @param produceRetry how a failed produce is retried
     * @param status       the source-status recorder
     * @param polls        when feeds and sitemaps are polled next, their validators and archive cursors
     * @return the worker that runs each task
     */
    static TaskWorker worker(IngestConfig config, HttpFetcher fetcher, Clock clock, HostScheduler scheduler,
                             FetchStateStore store, IngestOutput output, DeadLetters deadLetters,
                             UrlAdmission admission, IngestCounters counters, ProduceRetry produceRetry,
                             SourceStatusRecorder status, PollSchedule polls) {
        Duration ceiling = config.millis(IngestConfig.RETRY_MAX_DELAY_MS);
        TaskWorker worker = new TaskWorker(fetcher, robots(config, fetcher, clock), scheduler, store, output,
                deadLetters, admission, counters, new RetryPolicy(config.millis(IngestConfig.RETRY_BACKOFF_MS),
                ceiling, config.getInt(IngestConfig.MAX_ATTEMPTS)), ceiling,
                config.millis(IngestConfig.PER_HOST_DELAY_MS), config.millis(IngestConfig.MAX_HOST_DELAY_MS),
                config.getLong(IngestConfig.MAX_FEED_BYTES), clock,
                new PaginationWalker(config.getInt(IngestConfig.PAGINATION_MAX_PAGES),
                        PaginationWalker.DEFAULT_MAX_RECORD_BYTES), (urls, hints) -> output.discovered(urls),
                produceRetry, status, config.getInt(IngestConfig.FEED_MAX_ITEMS_PER_POLL));
        worker.pollSchedule(polls);
        return worker;
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

    /**
     * Lets the requests in flight end: waits up to the read timeout plus 5 s for the pool to finish them.
     *
     * @param workers the pool {@link #workers} made
     * @param config  the ingest configuration ({@code ingest.read.timeout.ms})
     */
    static void shutdown(java.util.concurrent.ExecutorService workers, IngestConfig config) {
        workers.shutdown();
        try {
            workers.awaitTermination(config.getInt(IngestConfig.READ_TIMEOUT_MS) + 5000L,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
            if (e.reason().equals("address-refused")) { // the page on that host is refused for it, not retried
                throw new RobotsCache.AddressRefused(e.getMessage());
            }
            throw new IOException("robots.txt " + url + " refused: " + e.getMessage());
        }
    }
}
