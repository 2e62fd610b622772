package newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import newsflow.ingest.RedirectWalls;
import newsflow.ingest.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract between the HTTP client and {@link RedirectClassifier}: whatever client follows the redirects, it
 * records every hop (URL, status, Location, Set-Cookie), stops at the first Location it already requested or one
 * redirect past the limit with a {@link RedirectChainException}, and hands the chain of a completed fetch on in
 * {@link FetchResponse#chain()}.
 */
class RedirectChainFetchTest {
    private TestSite site;
    private TestSite wall;
    private HttpFetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        site = new TestSite();
        wall = new TestSite(InetAddress.getByName("127.0.0.2"));
        fetcher = new HttpFetcher(Duration.ofSeconds(5),
                new AddressGuard(true, InetAddress::getAllByName), "newsbot/1.0", 10_000, 5, Duration.ofSeconds(5));
    }

    @AfterEach
    void tearDown() {
        fetcher.close();
        site.close();
        wall.close();
    }

    @Test
    void aLoopStopsAtTheFirstRevisitWithItsChain() {
        RedirectWalls.loop(site, "/l/a", "/l/b");
        assertThatThrownBy(() -> fetcher.fetch(site.base() + "/l/a", Map.of(), url -> { }))
                .isInstanceOfSatisfying(RedirectChainException.class, e -> {
                    assertThat(e.reason()).isEqualTo("redirect-loop");
                    assertThat(e.chain()).extracting(RedirectHop::url)
                            .containsExactly(site.base() + "/l/a", site.base() + "/l/b");
                    assertThat(e.chain().get(1).location()).isEqualTo(site.base() + "/l/a");
                });
        assertThat(site.requests()).containsExactly("/l/a", "/l/b");
    }

    @Test
    void aCookieSetOnTheWayBackMakesTheLoopAConsentWall() {
        RedirectWalls.loopOnce(site, "/g/1");
        assertThatThrownBy(() -> fetcher.fetch(site.base() + "/g/1", Map.of(), url -> { }))
                .isInstanceOfSatisfying(RedirectChainException.class, e -> {
                    assertThat(e.reason()).isEqualTo("consent-redirect");
                    assertThat(e.chain().get(1).setsCookie()).isTrue();
                });
    }

    @Test
    void oneRedirectPastTheLimitIsTooManyAndACompletedChainTravelsInTheResponse() throws Exception {
        RedirectWalls.chain(site, "/c/", 10);
        assertThatThrownBy(() -> fetcher.fetch(site.base() + "/c/0", Map.of(), url -> { }))
                .isInstanceOfSatisfying(RedirectChainException.class, e -> {
                    assertThat(e.reason()).isEqualTo("too-many-redirects");
                    assertThat(e.chain()).hasSize(6);
                });
        RedirectWalls.consentHost(site, wall, "/w/1");
        FetchResponse r = fetcher.fetch(site.base() + "/w/1", Map.of(), url -> { });
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.chain()).hasSize(2);
        assertThat(r.chain().get(1).location()).isNull();
        assertThat(RedirectClassifier.completed(r.chain())).isEqualTo(RedirectClassifier.Kind.CONSENT);
    }
}
