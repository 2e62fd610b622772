package newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.ingest.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SSRF at connect time (issue 12): a name whose DNS answer changes between the guard's check and the connection
 * (DNS rebinding) is refused when the HTTP client connects, on the first hop and on a redirect hop, and the
 * connection uses exactly the addresses the guard was given. The resolver is a stub that answers a public address
 * first and then the address under test; nothing is ever sent to a refused address.
 */
class ConnectTimeGuardTest {
    private TestSite site;
    private int port;
    private final List<String> lookups = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        site = new TestSite();
        port = URI.create(site.base()).getPort();
        site.page("/x", "text/html", "<p>reached</p>");
    }

    @AfterEach
    void tearDown() {
        site.close();
    }

    /** A resolver whose first answer for {@code name} is public and every later one {@code then}. */
    private AddressGuard.Resolver rebinding(String name, String then) {
        AtomicInteger calls = new AtomicInteger();
        return host -> {
            lookups.add(host);
            if (!host.equals(name)) {
                return InetAddress.getAllByName(host);
            }
            String answer = calls.getAndIncrement() == 0 ? "93.184.216.34" : then;
            return new InetAddress[] {InetAddress.getByName(answer)};
        };
    }

    private static HttpFetcher fetcher(boolean allowLoopback, AddressGuard.Resolver resolver) {
        return new HttpFetcher(Duration.ofSeconds(2), new AddressGuard(allowLoopback, resolver), "newsbot/1.0",
                10_000, 3, Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "169.254.169.254", "10.0.0.7", "2002:7f00:1::1", "2002:a9fe:a9fe::1",
        "2001:0:4136:e378:8000:63bf:80ff:fffe", "::ffff:127.0.0.1", "fd00:ec2::254"})
    void aNameThatRebindsAfterTheCheckIsRefusedWhenTheClientConnects(String rebound) {
        try (HttpFetcher f = fetcher(false, rebinding("rebind.test", rebound))) {
            assertThatThrownBy(() -> f.fetch("http://rebind.test:" + port + "/x", Map.of(), u -> { }))
                    .isInstanceOfSatisfying(FetchRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo("address-refused");
                        assertThat(e.getMessage()).contains("at connect time");
                    });
        }
        assertThat(lookups).containsExactly("rebind.test", "rebind.test"); // the check, then the connection
        assertThat(site.requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "2002:a9fe:a9fe::", "2001::5601:5601"})
    void aRedirectHopThatRebindsIsRefusedToo(String rebound) {
        site.on("/start", ex -> {
            ex.getResponseHeaders().set("Location", "http://metadata.test:" + port + "/x");
            TestSite.respond(ex, 302, null, new byte[0]);
        });
        try (HttpFetcher f = fetcher(true, rebinding("metadata.test", rebound))) {
            assertThatThrownBy(() -> f.fetch(site.base() + "/start", Map.of(), u -> { }))
                    .isInstanceOfSatisfying(FetchRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo("address-refused"));
        }
        assertThat(site.requests()).containsExactly("/start");
        assertThat(lookups).filteredOn("metadata.test"::equals).hasSize(2);
    }

    @Test
    void theConnectionUsesTheAddressTheGuardResolved() throws Exception {
        // a name the system resolver does not know: reaching the site proves the connection used the stub's answer
        AddressGuard.Resolver stub = host -> {
            lookups.add(host);
            if (host.equals("site.test")) {
                return new InetAddress[] {InetAddress.getLoopbackAddress()};
            }
            throw new UnknownHostException(host);
        };
        try (HttpFetcher f = fetcher(true, stub)) {
            FetchResponse r = f.fetch("http://site.test:" + port + "/x", Map.of(), u -> { });
            assertThat(r.status()).isEqualTo(200);
            assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<p>reached</p>");
        }
        assertThat(site.requests()).containsExactly("/x");
        assertThat(site.requestHeaders().get(0)).containsEntry("host", "site.test:" + port);
    }

    @Test
    void aLiteralAddressIsCheckedAtConnectTimeAsWell() {
        try (HttpFetcher f = fetcher(false, InetAddress::getAllByName)) {
            assertThatThrownBy(() -> f.fetch(site.base() + "/x", Map.of(), u -> { }))
                    .isInstanceOfSatisfying(FetchRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo("address-refused"));
        }
        assertThat(site.requests()).isEmpty();
    }
}
