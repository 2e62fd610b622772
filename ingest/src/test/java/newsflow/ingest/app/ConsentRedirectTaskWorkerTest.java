package newsflow.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.common.model.DeadLetter;
import newsflow.ingest.MutableClock;
import newsflow.ingest.RedirectWalls;
import newsflow.ingest.TestSite;
import newsflow.ingest.fetch.HostScheduler;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.pagination.PaginationWalker;
import newsflow.ingest.state.FetchState;
import newsflow.ingest.state.FetchStateStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Consent walls, redirect loops and over-long chains are retried later, never final on the first round, and
 * dead-lettered with their chain after the attempt limit (3 here) (issue 12 item 5); against loopback sites
 * with a hand-moved clock.
 */
class ConsentRedirectTaskWorkerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-06T12:00:00Z"));
    private final RecordingOutput output = new RecordingOutput();
    private final HostScheduler scheduler = new HostScheduler();
    private final IngestCounters counters = new IngestCounters(new SimpleMeterRegistry());
    private TestSite site;
    private TestSite wall;
    private TaskWorker worker;
    private UrlAdmission admission;

    @BeforeEach
    void setUp() throws Exception {
        site = new TestSite();
        wall = new TestSite(InetAddress.getByName("127.0.0.2"));
        HttpFetcher fetcher = TestFetching.fetcher();
        FetchStateStore store = new FetchStateStore(Map.of(), output::fetchState);
        DeadLetters dl = new DeadLetters(output, store, counters);
        admission = new UrlAdmission(scheduler, store, dl, counters, clock);
        worker = new TaskWorker(fetcher, TestFetching.robots(fetcher, clock), scheduler, store, output, dl, admission,
                counters, TestFetching.retry(), Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofSeconds(10),
                1_000_000, clock, new PaginationWalker(10, PaginationWalker.DEFAULT_MAX_RECORD_BYTES));
    }

    @AfterEach
    void tearDown() {
        site.close();
        wall.close();
    }

    /** Runs every round of one URL until nothing is left; returns the rounds run. */
    private int drain(String path) {
        assertThat(admission.admitPage(site.base() + path, null, "test", null, site.base() + "/feed")).isTrue();
        int rounds = 0;
        while (!scheduler.isEmpty()) {
            var next = scheduler.next(clock.instant());
            if (next.isEmpty()) {
                clock.advance(Duration.between(clock.instant(), scheduler.nextWakeUp(clock.instant()).orElseThrow()));
                continue;
            }
            worker.run(next.get().getKey(), next.get().getValue());
            rounds++;
            if (rounds == 1) {
                assertThat(output.deadLetters).as("never final on the first round").isEmpty();
                assertThat(output.states.get(site.base() + path).outcome()).isEqualTo(FetchState.RETRYING);
            }
        }
        return rounds;
    }

    private DeadLetter onlyDeadLetter() {
        assertThat(output.deadLetters).hasSize(1);
        assertThat(output.pages).isEmpty();
        return output.deadLetters.get(0);
    }

    @Test
    void aLoopIsRetriedThenDeadLetteredWithItsChain() {
        RedirectWalls.loop(site, "/loop/a", "/loop/b");
        assertThat(drain("/loop/a")).isEqualTo(3);
        DeadLetter d = onlyDeadLetter();
        assertThat(d.reason()).isEqualTo("retries-exhausted");
        assertThat(d.detail()).startsWith("redirect-loop after 3 attempts")
                .contains(site.base() + "/loop/a -302-> " + site.base() + "/loop/b")
                .contains(site.base() + "/loop/b -302-> " + site.base() + "/loop/a");
    }

    @Test
    void aConsentHostCarryingTheArticlesAddressIsRetriedNotStored() {
        RedirectWalls.consentHost(site, wall, "/news/2024/story.html");
        assertThat(drain("/news/2024/story.html")).isEqualTo(3);
        DeadLetter d = onlyDeadLetter();
        assertThat(d.detail()).startsWith("consent-redirect after 3 attempts")
                .contains(wall.base() + "/consent/ml?continue=").contains("(200)");
        assertThat(wall.requests()).filteredOn(p -> p.startsWith("/consent/")).hasSize(3);
    }

    @Test
    void aChainLongerThanTheLimitIsRetriedThenDeadLettered() {
        RedirectWalls.chain(site, "/hop/", 10);
        assertThat(drain("/hop/0")).isEqualTo(3);
        DeadLetter d = onlyDeadLetter();
        assertThat(d.detail()).startsWith("too-many-redirects after 3 attempts").contains("/hop/3 -302-> ");
        assertThat(site.requests()).doesNotContain("/hop/10");
    }

    @Test
    void aCookieGateThatLoopsOnceLetsTheSecondRoundIn() {
        AtomicInteger visits = RedirectWalls.loopOnce(site, "/gate/article");
        assertThat(drain("/gate/article")).isEqualTo(2);
        assertThat(output.deadLetters).isEmpty();
        assertThat(output.pages).hasSize(1);
        assertThat(output.pages.get(0).html()).contains("the article at last");
        assertThat(visits.get()).isEqualTo(2);
        FetchState s = output.states.get(site.base() + "/gate/article");
        assertThat(s.outcome()).isEqualTo(FetchState.FETCHED);
        assertThat(s.attempts()).isEqualTo(2);
    }
}
