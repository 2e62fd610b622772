package newsflow.ingest.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP GET with ingest's limits, on the JDK {@link HttpClient} (HTTP/1.1, redirects never followed by the
 * client). The fetcher follows redirects itself (301, 302, 303, 307, 308) up to {@code maxRedirects}, and every
 * hop, the first included, passes the {@link AddressGuard} and the caller's {@link HopCheck} (robots.txt).
 * Limits: the connect timeout is the client's; {@code readTimeout} bounds the whole response of one hop
 * (headers and body); {@code budget} bounds the whole fetch, every hop included (a slow URL must not hold its
 * host for minutes, issue 11); the body is cut off past {@code maxBodyBytes} (a Content-Length above the cap is refused
 * before reading). Status codes are returned, not thrown: the caller decides what 4xx / 5xx mean.
 */
public final class HttpFetcher {
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

    private final HttpClient client;
    private final AddressGuard guard;
    private final String userAgent;
    private final long maxBodyBytes;
    private final int maxRedirects;
    private final Duration readTimeout;
    private final Duration budget;

    /**
     * A fetcher whose total budget is one read timeout per hop (no bound beyond the per-hop one).
     *
     * @param client       a client built with {@link #newClient(Duration)}
     * @param guard        the address guard
     * @param userAgent    the full User-Agent header, e.g. {@code newsbot/0.1 (+https://…)}
     * @param maxBodyBytes body cap in bytes
     * @param maxRedirects how many redirects are followed before giving up
     * @param readTimeout  time allowed for one hop's full response
     */
    public HttpFetcher(HttpClient client, AddressGuard guard, String userAgent, long maxBodyBytes,
                       int maxRedirects, Duration readTimeout) {
        this(client, guard, userAgent, maxBodyBytes, maxRedirects, readTimeout,
                readTimeout.multipliedBy(maxRedirects + 1L));
    }

    /**
     * @param client       a client built with {@link #newClient(Duration)}
     * @param guard        the address guard
     * @param userAgent    the full User-Agent header
     * @param maxBodyBytes body cap in bytes
     * @param maxRedirects how many redirects are followed before giving up
     * @param readTimeout  time allowed for one hop's full response
     * @param budget       time allowed for the whole fetch, every hop included; past it the fetch fails with an
     *                     {@link HttpTimeoutException} (retryable)
     */
    public HttpFetcher(HttpClient client, AddressGuard guard, String userAgent, long maxBodyBytes,
                       int maxRedirects, Duration readTimeout, Duration budget) {
        this.budget = budget;
        this.client = client;
        this.guard = guard;
        this.userAgent = userAgent;
        this.maxBodyBytes = maxBodyBytes;
        this.maxRedirects = maxRedirects;
        this.readTimeout = readTimeout;
    }

    /**
     * @param connectTimeout TCP/TLS connect timeout
     * @return an HTTP/1.1 client that never follows redirects by itself
     */
    public static HttpClient newClient(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * @param url     absolute http(s) URL
     * @param headers extra request headers (e.g. If-None-Match, If-Modified-Since); sent on every hop
     * @param check   per-hop check (robots.txt); {@code url -> {}} for none
     * @return the final response (a 3xx only when it had no usable Location)
     * @throws FetchRefusedException for a refused address, a hop refused by {@code check}, too many redirects,
     *                               or a body over the cap (reasons {@code address-refused},
     *                               {@code too-many-redirects}, {@code body-too-large}, or the check's reason)
     * @throws IOException           on network failure or timeout (retryable)
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
     * @param maxBytes body cap for this fetch, in bytes
     * @return the final response
     * @throws FetchRefusedException as for {@link #fetch(String, Map, HopCheck)}
     * @throws IOException           on network failure or timeout
     */
    public FetchResponse fetch(String url, Map<String, String> headers, HopCheck check, long maxBytes)
            throws FetchRefusedException, IOException {
        return fetch(url, headers, check, maxBytes, false);
    }

    /**
     * As {@link #fetch(String, Map, HopCheck, long)}; with {@code keepPrefix} a body over the cap is not refused but
     * cut at the cap (a feed or sitemap is read up to the cap: its items complete before it count, issue 12).
     *
     * @param url        absolute http(s) URL
     * @param headers    extra request headers
     * @param check      per-hop check
     * @param maxBytes   body cap for this fetch, in bytes
     * @param keepPrefix true to return the first {@code maxBytes} bytes of a larger body instead of refusing it
     * @return the final response
     * @throws FetchRefusedException as for {@link #fetch(String, Map, HopCheck)}
     * @throws IOException           on network failure or timeout
     */
    public FetchResponse fetch(String url, Map<String, String> headers, HopCheck check, long maxBytes,
                               boolean keepPrefix) throws FetchRefusedException, IOException {
        String current = withoutFragment(url);
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
            HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET().timeout(hopTimeout)
                    .header("User-Agent", userAgent)
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            headers.forEach(rb::header);
            HttpResponse<CappedBodySubscriber.Body> r = send(rb.build(), maxBytes, hopTimeout, keepPrefix);
            int status = r.statusCode();
            var location = r.headers().firstValue("location");
            if (REDIRECTS.contains(status) && location.isPresent()) {
                if (hop >= maxRedirects) {
                    throw new FetchRefusedException("too-many-redirects",
                            url + " redirected more than " + maxRedirects + " times");
                }
                try {
                    current = withoutFragment(uri.resolve(location.get().trim().replace(" ", "%20")).toString());
                } catch (IllegalArgumentException e) {
                    throw new FetchRefusedException("bad-redirect", current + " redirects to a malformed Location");
                }
                continue;
            }
            if (r.body().tooLarge() && !keepPrefix) {
                throw new FetchRefusedException("body-too-large",
                        current + " has a body over " + maxBytes + " bytes");
            }
            return new FetchResponse(url, current, status, r.headers().map(), r.body().bytes(), hop);
        }
    }

    /** A fragment is never sent to the server (RFC 9110 §4.2.4); it is dropped before the request. */
    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private HttpResponse<CappedBodySubscriber.Body> send(HttpRequest request, long maxBytes, Duration timeout,
                                                         boolean keepPrefix) throws IOException {
        HttpResponse.BodyHandler<CappedBodySubscriber.Body> handler = info -> {
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1L);
            return new CappedBodySubscriber(declared > maxBytes && !keepPrefix ? 0 : maxBytes);
        };
        CompletableFuture<HttpResponse<CappedBodySubscriber.Body>> f = client.sendAsync(request, handler);
        try {
            return f.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new HttpTimeoutException("no complete response from " + request.uri() + " within " + timeout);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + request.uri(), e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException) {
                throw (IOException) c;
            }
            throw new IOException("fetch of " + request.uri() + " failed: " + c, c);
        }
    }
}
