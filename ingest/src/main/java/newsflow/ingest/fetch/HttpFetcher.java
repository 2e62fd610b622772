package newsflow.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * One HTTP GET with ingest's limits, on Apache HttpClient 5 (classic, HTTP/1.1; it never follows redirects, retries,
 * keeps cookies or decodes bodies by itself). Its name resolver is the {@link AddressGuard}'s
 * ({@link GuardedDnsResolver}): the addresses a connection uses are the addresses checked (SSRF at connect time,
 * issue 12). The fetcher follows redirects itself (301, 302, 303, 307, 308) up to {@code maxRedirects}, and every
 * hop, the first included, passes the {@link AddressGuard} (an early refusal, before robots.txt is asked for) and
 * the caller's {@link HopCheck} (robots.txt), then the guard again when the connection is opened.
 * A 2xx answer that refreshes at once to another URL (the {@code Refresh} header or a meta refresh in the head
 * or a noscript, {@link MetaRefresh}) is a hop like a 3xx, recorded with its own status and the target as its
 * location: consent walls use it, and browsers follow it.
 * A Location that revisits the chain, or one redirect too many, ends the fetch with a
 * {@link RedirectChainException} carrying the chain ({@link RedirectClassifier}: loop, consent wall, too long).
 * <p>Content coding: every request sends {@code Accept-Encoding: gzip, deflate, br}; the body is decoded as it
 * streams in by {@link ContentDecoder}, which also gunzips a body that starts with the gzip magic bytes (a
 * {@code .xml.gz} sitemap, whatever its Content-Type). The cap applies to the <em>decoded</em> size: past it the
 * transfer is abandoned and the response comes back {@link FetchResponse#truncated() truncated}, holding the
 * first cap bytes; the caller decides (a text page is stored cut, a binary body is dead-lettered).
 * <p>Limits: the connect timeout; {@code readTimeout} bounds the whole response of one hop (headers and body: a
 * watchdog aborts a transfer that drips past it); {@code budget} bounds the whole fetch, every hop included (a
 * slow URL must not hold its host for minutes, issue 11). Status codes are returned, not thrown: the caller
 * decides what 4xx / 5xx mean. Thread-safe; close it to release its connections.
 */
public final class HttpFetcher implements AutoCloseable {
    /** Checks a URL before it is requested, e.g. against robots.txt. */
    @FunctionalInterface
    public interface HopCheck {
        /**
         * @param url the absolute URL about to be requested
         * @throws FetchRefusedException when it must not be requested
         */
        void check(String url) throws FetchRefusedException;
    }

    /** The redirect status codes followed. */
    public static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final CloseableHttpClient client;
    private final ScheduledExecutorService watchdog;
    private final AddressGuard guard;
    private final String userAgent;
    private final long maxBodyBytes;
    private final int maxRedirects;
    private final Duration readTimeout;
    private final Duration budget;

    /**
     * A fetcher whose total budget is one read timeout per hop (no bound beyond the per-hop one).
     *
     * @param connectTimeout TCP/TLS connect timeout
     * @param guard          the address guard (checked before each hop and when each connection is opened)
     * @param userAgent      the full User-Agent header, e.g. {@code newsbot/0.1 (+https://…)}
     * @param maxBodyBytes   decoded body cap in bytes
     * @param maxRedirects   how many redirects are followed before giving up
     * @param readTimeout    time allowed for one hop's full response
     */
    public HttpFetcher(Duration connectTimeout, AddressGuard guard, String userAgent, long maxBodyBytes,
                       int maxRedirects, Duration readTimeout) {
        this(connectTimeout, guard, userAgent, maxBodyBytes, maxRedirects, readTimeout,
                readTimeout.multipliedBy(maxRedirects + 1L));
    }

    /**
     * @param connectTimeout TCP/TLS connect timeout
     * @param guard          the address guard
     * @param userAgent      the full User-Agent header
     * @param maxBodyBytes   decoded body cap in bytes
     * @param maxRedirects   how many redirects are followed before giving up
     * @param readTimeout    time allowed for one hop's full response
     * @param budget         time allowed for the whole fetch, every hop included; past it the fetch fails with an
     *                       {@link HttpTimeoutException} (retryable)
     */
    public HttpFetcher(Duration connectTimeout, AddressGuard guard, String userAgent, long maxBodyBytes,
                       int maxRedirects, Duration readTimeout, Duration budget) {
        this.budget = budget;
        this.guard = guard;
        this.userAgent = userAgent;
        this.maxBodyBytes = maxBodyBytes;
        this.maxRedirects = maxRedirects;
        this.readTimeout = readTimeout;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new GuardedDnsResolver(guard))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(readTimeout))
                                .setValidateAfterInactivity(TimeValue.ofSeconds(2)).build())
                        .setMaxConnTotal(256).setMaxConnPerRoute(8).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .disableContentCompression().disableAuthCaching().disableDefaultUserAgent()
                .evictIdleConnections(TimeValue.ofSeconds(30)).build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-fetch-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param url     absolute http(s) URL
     * @param headers extra request headers (e.g. If-None-Match, If-Modified-Since); sent on every hop
     * @param check   per-hop check (robots.txt); {@code url -> {}} for none
     * @return the final response (a 3xx only when it had no usable Location), possibly truncated at the cap
     * @throws FetchRefusedException for a refused address, a hop refused by {@code check}, a redirect loop or
     *                               too many redirects ({@link RedirectChainException}), or a content coding
     *                               ingest does not decode (reasons {@code address-refused}, {@code redirect-loop},
     *                               {@code consent-redirect}, {@code too-many-redirects}, {@code bad-redirect},
     *                               {@code bad-url}, {@code unsupported-content-coding}, or the check's reason)
     * @throws IOException           on network failure, damaged compressed data or timeout (retryable)
     */
    public FetchResponse fetch(String url, Map<String, String> headers, HopCheck check)
            throws FetchRefusedException, IOException {
        return fetch(url, headers, check, maxBodyBytes);
    }

    /**
     * As {@link #fetch(String, Map, HopCheck)} with another body cap (feeds and sitemaps may be larger than
     * pages: the sitemaps protocol allows 50 MB).
     *
     * @param url      absolute http(s) URL
     * @param headers  extra request headers
     * @param check    per-hop check
     * @param maxBytes decoded body cap for this fetch, in bytes
     * @return the final response
     * @throws FetchRefusedException as for {@link #fetch(String, Map, HopCheck)}
     * @throws IOException           on network failure or timeout
     */
    public FetchResponse fetch(String url, Map<String, String> headers, HopCheck check, long maxBytes)
            throws FetchRefusedException, IOException {
        String current = withoutFragment(url);
        List<RedirectHop> chain = new ArrayList<>();
        long deadline = System.nanoTime() + budget.toNanos();
        for (int hop = 0; ; hop++) {
            URI uri = URI.create(current);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new FetchRefusedException("bad-url", "not an absolute http(s) URL: " + current);
            }
            guard.check(uri.getHost());
            check.check(current);
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new HttpTimeoutException("the fetch budget of " + budget.toMillis() + " ms for " + url
                        + " ran out after " + hop + " hops");
            }
            Duration hopTimeout = Duration.ofNanos(Math.min(left, readTimeout.toNanos()));
            Hop r = send(uri, headers, maxBytes, hopTimeout);
            boolean cookie = r.headers.containsKey("set-cookie");
            String refresh = r.status >= 200 && r.status < 300 ? MetaRefresh.target(current, r.headers,
                    r.body.bytes(), contentType(r.headers)) : null;
            if (REDIRECTS.contains(r.status) && r.location != null || refresh != null) {
                String next = refresh;
                try {
                    next = next != null ? next
                            : withoutFragment(uri.resolve(r.location.trim().replace(" ", "%20")).toString());
                } catch (IllegalArgumentException e) {
                    throw new FetchRefusedException("bad-redirect", current + " redirects to a malformed Location");
                }
                boolean loop = RedirectClassifier.revisits(chain, next) || next.equals(current);
                chain.add(new RedirectHop(current, r.status, next, cookie));
                if (loop || hop >= maxRedirects) { // retried later: a consent wall may let the next visit in
                    throw new RedirectChainException(RedirectClassifier.abandoned(chain), chain);
                }
                current = next;
                continue;
            }
            chain.add(new RedirectHop(current, r.status, null, cookie));
            return new FetchResponse(url, current, r.status, r.headers, r.body.bytes(), hop, r.body.truncated(),
                    r.body.coding(), chain);
        }
    }

    private static String contentType(Map<String, List<String>> headers) {
        List<String> values = headers.get("content-type");
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** One hop's answer: a redirect's body is never read. */
    private record Hop(int status, Map<String, List<String>> headers, String location, ContentDecoder.Decoded body) {
    }

    private Hop send(URI uri, Map<String, String> extra, long maxBytes, Duration timeout)
            throws IOException, FetchRefusedException {
        HttpGet get = new HttpGet(uri);
        get.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(timeout))
                .setConnectionRequestTimeout(Timeout.of(timeout)).build());
        get.setHeader("User-Agent", userAgent);
        get.setHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        get.setHeader("Accept-Encoding", ContentDecoder.ACCEPT_ENCODING);
        extra.forEach(get::setHeader);
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> dog = watchdog.schedule(() -> {
            timedOut.set(true);
            get.cancel(); // closes the connection: a blocked read ends at once
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, get, null);
            int status = response.getCode();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (Header h : response.getHeaders()) {
                headers.computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(h.getValue());
            }
            Header location = response.getFirstHeader("Location");
            if (REDIRECTS.contains(status) && location != null) {
                get.cancel(); // its body is of no use: drop the connection rather than read it
                return new Hop(status, headers, location.getValue(), null);
            }
            HttpEntity entity = response.getEntity();
            ContentDecoder.Decoded body;
            if (entity == null) {
                body = new ContentDecoder.Decoded(new byte[0], false, "identity");
            } else {
                Header coding = response.getFirstHeader("Content-Encoding");
                InputStream in = entity.getContent(); // closed by the decoder, after an abort when cut short
                body = ContentDecoder.decode(in, coding == null ? null : coding.getValue(), maxBytes, true,
                        get::cancel);
            }
            return new Hop(status, headers, null, body);
        } catch (IOException e) {
            AddressGuard.RefusedAddressException refused = refusedCause(e);
            if (refused != null) {
                throw new FetchRefusedException("address-refused", refused.getMessage());
            }
            if (timedOut.get() || e instanceof SocketTimeoutException
                    || e instanceof InterruptedIOException && e.getClass().getSimpleName().contains("Timeout")) {
                HttpTimeoutException t = new HttpTimeoutException("no complete response from " + uri + " within "
                        + timeout.toMillis() + " ms");
                t.initCause(e);
                throw t;
            }
            throw e;
        } finally {
            dog.cancel(false);
            closeQuietly(response);
        }
    }

    /** The body was read to its end or abandoned on purpose (connection dropped): closing cannot lose data. */
    private static void closeQuietly(ClassicHttpResponse response) {
        if (response != null) {
            try {
                response.close();
            } catch (IOException e) {
                // an abandoned transfer's connection is already closed
            }
        }
    }

    private static AddressGuard.RefusedAddressException refusedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AddressGuard.RefusedAddressException) {
                return (AddressGuard.RefusedAddressException) t;
            }
            for (Throwable s : t.getSuppressed()) {
                AddressGuard.RefusedAddressException r = refusedCause(s);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** A fragment is never sent to the server (RFC 9110 §4.2.4); it is dropped before the request. */
    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** Closes the connections and the watchdog thread. */
    @Override
    public void close() {
        watchdog.shutdownNow();
        client.close(CloseMode.GRACEFUL);
    }
}
