package newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.ingest.RedirectWalls;
import newsflow.ingest.RefreshWalls;
import newsflow.ingest.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract between the HTTP client and {@link RedirectClassifier}: whatever client follows the redirects, it
 * records every hop (URL, status, Location, Set-Cookie), stops at the first Location it already requested or one
 * redirect past the limit with a {@link RedirectChainException}, and hands the chain of a completed fetch on in
 * {@link FetchResponse#chain()}. A 2xx that refreshes at once ({@link MetaRefresh}) is a hop like a 3xx, recorded
 * with its status, target and cookie flag and checked like any hop (robots.txt included).
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
                new AddressGuard(true, InetAddress::getAllByName), "newsbot/1.0", 100_000, 5, Duration.ofSeconds(5));
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

    @Test
    void aMetaRefreshToAConsentHostIsAConsentChainAndEveryHopIsChecked() throws Exception {
        RefreshWalls.metaConsent(site, wall, "/world/story.html");
        List<String> checked = new ArrayList<>();
        FetchResponse r = fetcher.fetch(site.base() + "/world/story.html", Map.of(), checked::add);
        assertThat(r.chain()).hasSize(2);
        RedirectHop first = r.chain().get(0);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.setsCookie()).isTrue();
        assertThat(first.location()).startsWith(wall.base() + "/consent/ml?continue=").endsWith("&hl=fr");
        assertThat(checked).containsExactly(site.base() + "/world/story.html", first.location());
        assertThat(RedirectClassifier.completed(r.chain())).isEqualTo(RedirectClassifier.Kind.CONSENT);
    }

    @Test
    void aLoopOfAMetaTagAndARefreshHeaderStopsAtTheRevisit() {
        RefreshWalls.loop(site, "/l/a", "/l/b");
        assertThatThrownBy(() -> fetcher.fetch(site.base() + "/l/a", Map.of(), url -> { }))
                .isInstanceOfSatisfying(RedirectChainException.class, e -> {
                    assertThat(e.reason()).isEqualTo("redirect-loop");
                    assertThat(e.chain()).extracting(RedirectHop::toString).containsExactly(
                            site.base() + "/l/a -200-> " + site.base() + "/l/b",
                            site.base() + "/l/b -200-> " + site.base() + "/l/a");
                });
        assertThat(site.requests()).containsExactly("/l/a", "/l/b");
    }

    @Test
    void aNoscriptGateIsAConsentWallOnceAndThePageOnTheSecondVisit() throws Exception {
        AtomicInteger visits = RefreshWalls.noscriptGateOnce(site, "/g/1");
        assertThatThrownBy(() -> fetcher.fetch(site.base() + "/g/1", Map.of(), url -> { }))
                .isInstanceOfSatisfying(RedirectChainException.class, e -> {
                    assertThat(e.reason()).isEqualTo("consent-redirect");
                    assertThat(e.chain().get(1).setsCookie()).isTrue();
                });
        FetchResponse r = fetcher.fetch(site.base() + "/g/1", Map.of(), url -> { });
        assertThat(r.chain()).hasSize(1);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("the article at last");
        assertThat(visits.get()).isEqualTo(2);
    }

    @Test
    void aRefreshedHopIsRefusedByRobotsLikeAnyOther() {
        RefreshWalls.metaConsent(site, wall, "/r/1");
        assertThatThrownBy(() -> fetcher.fetch(site.base() + "/r/1", Map.of(), url -> {
            if (url.startsWith(wall.base())) {
                throw new FetchRefusedException("robots-disallowed", url);
            }
        })).isInstanceOfSatisfying(FetchRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo("robots-disallowed"));
        assertThat(wall.requests()).isEmpty();
    }

    @Test
    void aReloadALongDelayAndAnArticleAboutRefreshingArePages() throws Exception {
        RefreshWalls.notRedirects(site, "/n/");
        for (String p : new String[] {"reload", "later", "article"}) {
            FetchResponse r = fetcher.fetch(site.base() + "/n/" + p, Map.of(), url -> { });
            assertThat(r.chain()).as(p).hasSize(1);
            assertThat(r.finalUrl()).isEqualTo(site.base() + "/n/" + p);
        }
        assertThat(site.requests()).containsExactly("/n/reload", "/n/later", "/n/article");
    }
}
