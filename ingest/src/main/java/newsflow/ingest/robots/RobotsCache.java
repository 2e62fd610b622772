package newsflow.ingest.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import newsflow.ingest.robots.RobotsDecision.Verdict;

/**
 * robots.txt rules per origin (scheme, host, port), applied as RFC 9309 says (cases C27, C28):
 * <ul>
 *   <li>2xx: the body is parsed by crawler-commons' {@link SimpleRobotRulesParser} for the configured product
 *       token; only the groups naming that token apply (several are merged), {@code *} only when none does,
 *       and an empty {@code Disallow:} allows everything. Cached for the success TTL.</li>
 *   <li>4xx other than 429 ("unavailable", RFC 9309 §2.3.1.3): allow all, cached for the success TTL. A
 *       redirect chain longer than the fetcher's cap ends as a 3xx and is treated the same way.</li>
 *   <li>429, 5xx, or a network failure ("unreachable", §2.3.1.4): complete disallow, cached only for the
 *       shorter error TTL; the body of an error page is never parsed as rules. Callers get
 *       {@link Verdict#UNAVAILABLE} with the retry time and must reschedule, not drop, the URL.</li>
 * </ul>
 * Thread-safe. Concurrent first requests for one origin may both fetch robots.txt (harmless; the scheduler
 * keeps one request per host in flight anyway).
 */
public final class RobotsCache {
    /** Fetches a robots.txt URL (following redirects, up to the fetcher's cap). */
    @FunctionalInterface
    public interface RobotsFetcher {
        /**
         * @param robotsUrl e.g. {@code https://news.example/robots.txt}
         * @return the final response
         * @throws IOException on a network failure or timeout
         */
        Response fetch(String robotsUrl) throws IOException;
    }

    /**
     * @param status      HTTP status of the final response
     * @param body        the body (possibly empty)
     * @param contentType the Content-Type header, or null
     */
    public record Response(int status, byte[] body, String contentType) {
    }

    private record Entry(BaseRobotRules rules, boolean unavailable, Instant expiresAt, String refusedAddress) {
        Entry(BaseRobotRules rules, boolean unavailable, Instant expiresAt) {
            this(rules, unavailable, expiresAt, null);
        }
    }

    /**
     * Thrown by a {@link RobotsFetcher} when the connection for robots.txt was refused for the address the host
     * resolved to (SSRF guard, e.g. DNS rebinding): the host is treated as unavailable for the error TTL, and the
     * decision names the refusal ({@link RobotsDecision#refusedAddress()}).
     */
    public static final class AddressRefused extends IOException {
        private static final long serialVersionUID = 1L;

        /** @param message the host, the address and why it is refused */
        public AddressRefused(String message) {
            super(message);
        }
    }

    private final RobotsFetcher fetcher;
    private final String productToken;
    private final Duration successTtl;
    private final Duration errorTtl;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * @param fetcher      how robots.txt is fetched
     * @param productToken the crawler's product token (the User-Agent name before the slash), e.g. {@code newsbot}
     * @param successTtl   how long parsed rules and "allow all" after 4xx are kept
     * @param errorTtl     how long "disallow all" after 5xx / network failure is kept before retrying
     * @param clock        time source
     */
    public RobotsCache(RobotsFetcher fetcher, String productToken, Duration successTtl, Duration errorTtl,
                       Clock clock) {
        this.fetcher = fetcher;
        this.productToken = productToken.toLowerCase(Locale.ROOT);
        this.successTtl = successTtl;
        this.errorTtl = errorTtl;
        this.clock = clock;
    }

    /**
     * @param url an absolute http(s) URL
     * @return whether it may be fetched now
     */
    public RobotsDecision decide(String url) {
        URI uri = URI.create(url);
        String origin = origin(uri);
        Instant now = clock.instant();
        Entry e = entries.get(origin);
        if (e == null || !now.isBefore(e.expiresAt())) {
            e = load(origin, now);
            entries.put(origin, e);
        }
        if (e.unavailable()) {
            return new RobotsDecision(Verdict.UNAVAILABLE, e.expiresAt(), -1, e.refusedAddress());
        }
        long delay = e.rules().getCrawlDelay();
        long delayMs = delay == BaseRobotRules.UNSET_CRAWL_DELAY ? -1 : delay;
        return new RobotsDecision(e.rules().isAllowed(url) ? Verdict.ALLOWED : Verdict.DISALLOWED, null, delayMs);
    }

    /**
     * Parses robots.txt content for a product token, as a 2xx response is parsed.
     *
     * @param robotsUrl    the robots.txt URL
     * @param body         the robots.txt bytes
     * @param productToken the crawler's product token
     * @return the rules crawler-commons derived
     */
    public static BaseRobotRules parse(String robotsUrl, byte[] body, String productToken) {
        return new SimpleRobotRulesParser().parseContent(robotsUrl, body, "text/plain",
                List.of(productToken.toLowerCase(Locale.ROOT)));
    }

    private Entry load(String origin, Instant now) {
        String robotsUrl = origin + "/robots.txt";
        Response r;
        try {
            r = fetcher.fetch(robotsUrl);
        } catch (AddressRefused ex) {
            return new Entry(null, true, now.plus(errorTtl), ex.getMessage());
        } catch (IOException | RuntimeException ex) {
            return new Entry(null, true, now.plus(errorTtl));
        }
        int s = r.status();
        if (s >= 200 && s < 300) {
            return new Entry(parse(robotsUrl, r.body(), productToken), false, now.plus(successTtl));
        }
        if (s == 429 || s >= 500) {
            return new Entry(null, true, now.plus(errorTtl));
        }
        return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), false,
                now.plus(successTtl));
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        return scheme + "://" + host + (port == -1 ? "" : ":" + port);
    }
}
