package newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import newsflow.ingest.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
    private TestSite site;
    private HttpFetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        site = new TestSite();
        fetcher = new HttpFetcher(Duration.ofSeconds(5),
                new AddressGuard(true, InetAddress::getAllByName), "newsbot/1.0", 1000, 2, Duration.ofSeconds(5));
    }

    @AfterEach
    void tearDown() {
        site.close();
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws java.io.IOException {
        ex.getResponseHeaders().set("Location", to);
        TestSite.respond(ex, 301, null, new byte[0]);
    }

    @Test
    void followsRedirectsItselfAndReportsTheFinalUrl() throws Exception {
        site.on("/old", ex -> redirect(ex, "/mid")).on("/mid", ex -> redirect(ex, site.base() + "/new"))
                .page("/new", "text/html", "<p>hi</p>");
        FetchResponse r = fetcher.fetch(site.base() + "/old", Map.of(), u -> { });
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.finalUrl()).isEqualTo(site.base() + "/new");
        assertThat(r.redirects()).isEqualTo(2);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("<p>hi</p>");
        assertThat(site.requests()).containsExactly("/old", "/mid", "/new");
        assertThat(site.requestHeaders().get(0)).containsEntry("user-agent", "newsbot/1.0");
    }

    @Test
    void redirectCapIsEnforced() {
        site.on("/r1", ex -> redirect(ex, "/r2")).on("/r2", ex -> redirect(ex, "/r3"))
                .on("/r3", ex -> redirect(ex, "/r4")).page("/r4", "text/html", "x");
        assertThatThrownBy(() -> fetcher.fetch(site.base() + "/r1", Map.of(), u -> { }))
                .isInstanceOfSatisfying(FetchRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("too-many-redirects"));
        assertThat(site.requests()).containsExactly("/r1", "/r2", "/r3");
    }

    @Test
    void everyHopIsChecked() {
        site.on("/open", ex -> redirect(ex, "/private/x")).page("/private/x", "text/html", "secret");
        assertThatThrownBy(() -> fetcher.fetch(site.base() + "/open", Map.of(), u -> {
            if (u.contains("/private/")) {
                throw new FetchRefusedException("robots-disallowed", u);
            }
        })).isInstanceOfSatisfying(FetchRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo("robots-disallowed"));
        assertThat(site.requests()).containsExactly("/open");
    }

    @Test
    void redirectToARefusedAddressIsRefused() {
        HttpFetcher strict = new HttpFetcher(Duration.ofSeconds(5),
                new AddressGuard(false, InetAddress::getAllByName), "newsbot/1.0", 1000, 2, Duration.ofSeconds(5));
        assertThatThrownBy(() -> strict.fetch(site.base() + "/x", Map.of(), u -> { }))
                .isInstanceOfSatisfying(FetchRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("address-refused"));
        assertThat(site.requests()).isEmpty();
    }

    @Test
    void bodyCapWithAndWithoutContentLengthCutsTheBody() throws Exception {
        byte[] big = new byte[5000];
        java.util.Arrays.fill(big, (byte) 'a');
        site.on("/big", ex -> TestSite.respond(ex, 200, "text/html", big));
        site.on("/chunked", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 10; i++) {
                    out.write(big, 0, 500);
                    out.flush();
                }
            } catch (java.io.IOException abandonedByTheClient) {
                // the fetcher stops reading at the cap
            }
        });
        site.page("/fits", "text/html", "a".repeat(1000));
        for (String path : new String[] {"/big", "/chunked"}) {
            FetchResponse r = fetcher.fetch(site.base() + path, Map.of(), u -> { });
            assertThat(r.truncated()).as(path).isTrue();
            assertThat(r.body()).as(path).hasSize(1000);
        }
        FetchResponse exact = fetcher.fetch(site.base() + "/fits", Map.of(), u -> { });
        assertThat(exact.truncated()).isFalse();
        assertThat(exact.body()).hasSize(1000);
    }

    @Test
    void conditionalHeadersAreSentAnd304IsReturned() throws Exception {
        site.on("/feed", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                TestSite.respond(ex, 304, null, new byte[0]);
            } else {
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                TestSite.respond(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
            }
        });
        FetchResponse first = fetcher.fetch(site.base() + "/feed", Map.of(), u -> { });
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).contains("\"v1\"");
        FetchResponse second = fetcher.fetch(site.base() + "/feed",
                Map.of("If-None-Match", "\"v1\"", "If-Modified-Since", "Wed, 06 Mar 2024 12:00:00 GMT"), u -> { });
        assertThat(second.status()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
        assertThat(site.requestHeaders().get(1)).containsEntry("if-modified-since", "Wed, 06 Mar 2024 12:00:00 GMT");
    }

    @Test
    void slowResponseTimesOut() {
        HttpFetcher impatient = new HttpFetcher(Duration.ofSeconds(5),
                new AddressGuard(true, InetAddress::getAllByName), "newsbot/1.0", 1000, 2, Duration.ofMillis(300));
        site.on("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TestSite.respond(ex, 200, "text/html", "late".getBytes(StandardCharsets.UTF_8));
        });
        assertThatThrownBy(() -> impatient.fetch(site.base() + "/slow", Map.of(), u -> { }))
                .isInstanceOf(java.net.http.HttpTimeoutException.class);
    }

    /** A body that never ends (bounded here: at most 20 s or 2 GiB), so a fetcher that drained it would time out. */
    private static void endless(com.sun.net.httpserver.HttpExchange ex, String coding, long declared)
            throws java.io.IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html");
        if (coding != null) {
            ex.getResponseHeaders().set("Content-Encoding", coding);
        }
        ex.sendResponseHeaders(200, declared);
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        try (OutputStream raw = ex.getResponseBody();
             OutputStream out = coding == null ? raw : new java.util.zip.GZIPOutputStream(raw)) {
            for (long sent = 0; sent < (2L << 30) && System.nanoTime() < end; sent += chunk.length) {
                out.write(chunk);
            }
        } catch (java.io.IOException droppedByTheClient) {
            // expected: the fetcher stops at its cap and drops the connection
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"chunked", "declared-length", "gzip"})
    void anEndlessBodyStopsAtTheCapWithoutBeingDrained(String kind) throws Exception {
        site.on("/endless", ex -> endless(ex, kind.equals("gzip") ? "gzip" : null,
                kind.equals("declared-length") ? 1L << 40 : 0));
        FetchResponse r = fetcher.fetch(site.base() + "/endless", Map.of(), u -> { });
        assertThat(r.truncated()).isTrue();
        assertThat(r.body()).hasSize(1000);
        assertThat(r.coding()).isEqualTo(kind.equals("gzip") ? "gzip" : "identity");
        // the next request is served at once on a fresh connection
        site.page("/after", "text/html", "<p>after</p>");
        assertThat(fetcher.fetch(site.base() + "/after", Map.of(), u -> { }).status()).isEqualTo(200);
    }
}
