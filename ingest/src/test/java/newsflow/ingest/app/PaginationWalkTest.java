package newsflow.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.ingest.MutableClock;
import newsflow.ingest.TestSite;
import newsflow.ingest.fetch.HostScheduler;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.pagination.PaginationWalker;
import newsflow.ingest.robots.RobotsCache;
import newsflow.ingest.state.FetchStateStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Case C24 in ingest: the following pages of a multi-page article are fetched politely (one task each, the
 * per-host delay between them, robots.txt on each) and travel in the first page's record, within a page limit,
 * on the same host and canonical URL, with loop detection and a record-size budget. Real local HTTP server,
 * hand-moved clock.
 */
class PaginationWalkTest {
    private static final Instant NOON = Instant.parse("2024-03-06T12:00:00Z");
    private final MutableClock clock = new MutableClock(NOON);
    private final RecordingOutput output = new RecordingOutput();
    private final HostScheduler scheduler = new HostScheduler();
    private final IngestCounters counters = new IngestCounters(new SimpleMeterRegistry());
    private TestSite site;
    private UrlAdmission admission;
    private FetchStateStore store;
    private HttpFetcher fetcher;
    private RobotsCache robots;
    private DeadLetters deadLetters;

    @BeforeEach
    void setUp() throws Exception {
        site = new TestSite();
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        fetcher = TestFetching.fetcher();
        robots = TestFetching.robots(fetcher, clock);
        store = new FetchStateStore(Map.of(), output::fetchState);
        deadLetters = new DeadLetters(output, store, counters);
        admission = new UrlAdmission(scheduler, store, deadLetters, counters, clock);
    }

    @AfterEach
    void tearDown() {
        site.close();
    }

    private TaskWorker worker(int maxPages, int maxRecordBytes) {
        return new TaskWorker(fetcher, robots, scheduler, store, output, deadLetters, admission, counters,
                TestFetching.retry(), Duration.ofHours(1),
                Duration.ofSeconds(1), Duration.ofSeconds(10), 1_000_000, clock,
                new PaginationWalker(maxPages, maxRecordBytes));
    }

    /** Runs ready tasks, moving the clock by the politeness delay while work is queued. */
    private void drain(TaskWorker worker) {
        for (int guard = 0; guard < 100 && !scheduler.isEmpty(); guard++) {
            var next = scheduler.next(clock.instant());
            if (next.isPresent()) {
                worker.run(next.get().getKey(), next.get().getValue());
            } else {
                clock.advance(Duration.ofSeconds(1));
            }
        }
    }

    private String html(String canonical, String next, String prev, String text) {
        return "<html><head>" + (canonical == null ? "" : "<link rel=\"canonical\" href=\"" + canonical + "\">")
                + (next == null ? "" : "<link rel=\"next\" href=\"" + next + "\">")
                + (prev == null ? "" : "<link rel=\"prev\" href=\"" + prev + "\">")
                + "</head><body><article><p>" + text + "</p></article></body></html>";
    }

    /** Serves /f/42 and /f/42?page=N from one handler, N in 2..pages. */
    private void feature(int pages, String canonical) {
        site.on("/f/42", ex -> {
            String q = ex.getRequestURI().getRawQuery();
            int n = q == null ? 1 : Integer.parseInt(q.substring("page=".length()));
            String next = n < pages ? "?page=" + (n + 1) : null;
            String body = html(canonical, next, null, "Part " + n + " text.");
            TestSite.respond(ex, 200, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
        });
    }

    private void admit(String path) {
        assertThat(admission.admitPage(site.base() + path, null, "test", SourceHints.NONE, site.base() + "/feed"))
                .isTrue();
    }

    @Test
    void c24TheSecondPageIsFetchedAfterTheHostDelayAndTravelsInTheFirstPagesRecord() {
        feature(2, site.base() + "/f/42");
        TaskWorker worker = worker(10, PaginationWalker.DEFAULT_MAX_RECORD_BYTES);
        admit("/f/42");

        var first = scheduler.next(clock.instant()).orElseThrow();
        worker.run(first.getKey(), first.getValue());
        assertThat(output.pages).as("nothing produced before the walk ends").isEmpty();
        assertThat(scheduler.next(clock.instant())).as("the host waits its politeness delay").isEmpty();
        clock.advance(Duration.ofSeconds(1));
        var second = scheduler.next(clock.instant()).orElseThrow();
        worker.run(second.getKey(), second.getValue());

        assertThat(site.requests()).containsExactly("/robots.txt", "/f/42", "/f/42?page=2");
        assertThat(output.pages).hasSize(1);
        RawPage page = output.pages.get(0);
        assertThat(page.url()).isEqualTo(site.base() + "/f/42");
        assertThat(page.html()).contains("Part 1 text.");
        assertThat(page.continuations()).extracting(RawPage.Continuation::url)
                .containsExactly(site.base() + "/f/42?page=2");
        assertThat(page.continuations().get(0).html()).contains("Part 2 text.");
        assertThat(output.states.get(site.base() + "/f/42").outcome()).isEqualTo("fetched");
        assertThat(store.isDone(site.base() + "/f/42?page=2")).as("page 2 is not fetched again on its own").isTrue();
        assertThat(counters.fetched()).isEqualTo(1);
        assertThat(counters.continuationPages()).isEqualTo(1);
        assertThat(scheduler.isEmpty()).isTrue();
    }

    @Test
    void atMostTheConfiguredNumberOfPagesIsFetched() {
        feature(6, site.base() + "/f/42");
        admit("/f/42");
        drain(worker(3, PaginationWalker.DEFAULT_MAX_RECORD_BYTES));
        assertThat(site.requests()).containsExactly("/robots.txt", "/f/42", "/f/42?page=2", "/f/42?page=3");
        assertThat(output.pages).hasSize(1);
        assertThat(output.pages.get(0).continuations()).hasSize(2);
    }

    @Test
    void aNextLinkBackToAnEarlierPageEndsTheWalk() {
        site.page("/l/1", "text/html", html(null, "/l/2", null, "one"));
        site.page("/l/2", "text/html", html(null, "/l/1", "/l/1", "two"));
        admit("/l/1");
        drain(worker(10, PaginationWalker.DEFAULT_MAX_RECORD_BYTES));
        assertThat(site.requests()).containsExactly("/robots.txt", "/l/1", "/l/2");
        assertThat(output.pages).hasSize(1);
        assertThat(output.pages.get(0).continuations()).hasSize(1);
    }

    @Test
    void aPageWithAnotherCanonicalIsNotJoined() {
        site.page("/c/1", "text/html", html(site.base() + "/c/1", "/c/2", null, "one"));
        site.page("/c/2", "text/html", html(site.base() + "/other-story", null, null, "two"));
        admit("/c/1");
        drain(worker(10, PaginationWalker.DEFAULT_MAX_RECORD_BYTES));
        assertThat(site.requests()).containsExactly("/robots.txt", "/c/1", "/c/2");
        assertThat(output.pages).hasSize(1);
        assertThat(output.pages.get(0).continuations()).isEmpty();
        assertThat(store.isDone(site.base() + "/c/2")).as("another story: free to be fetched on its own").isFalse();
    }

    @Test
    void aNextPageOnAnotherHostIsNotFollowed() {
        site.page("/h/1", "text/html", html(null, "http://elsewhere.example/h/2", null, "one"));
        admit("/h/1");
        drain(worker(10, PaginationWalker.DEFAULT_MAX_RECORD_BYTES));
        assertThat(site.requests()).containsExactly("/robots.txt", "/h/1");
        assertThat(output.pages).hasSize(1);
        assertThat(output.pages.get(0).continuations()).isEmpty();
    }

    @Test
    void aPageThatWouldExceedTheRecordSizeEndsTheWalkAndIsCounted() {
        String filler = "x".repeat(2_000);
        site.page("/b/1", "text/html", html(null, "/b/2", null, filler));
        site.page("/b/2", "text/html", html(null, "/b/3", null, filler));
        site.page("/b/3", "text/html", html(null, null, null, filler));
        admit("/b/1");
        drain(worker(10, 5_500));
        assertThat(site.requests()).containsExactly("/robots.txt", "/b/1", "/b/2", "/b/3");
        assertThat(output.pages).hasSize(1);
        assertThat(output.pages.get(0).continuations()).extracting(RawPage.Continuation::url)
                .containsExactly(site.base() + "/b/2");
        assertThat(counters.paginationBudgetStops()).isEqualTo(1);
    }

    @Test
    void aFailingOrDisallowedNextPageLeavesThePagesSoFar() {
        site.page("/g/1", "text/html", html(null, "/g/2", null, "one"));
        site.page("/g/2", "text/html", html(null, "/private/g/3", null, "two"));
        site.page("/private/g/3", "text/html", html(null, null, null, "three"));
        site.page("/n/1", "text/html", html(null, "/n/2", null, "one"));
        admit("/g/1");
        admit("/n/1");
        drain(worker(10, PaginationWalker.DEFAULT_MAX_RECORD_BYTES));
        assertThat(site.requests()).doesNotContain("/private/g/3").contains("/n/2");
        assertThat(output.pages).hasSize(2);
        assertThat(output.pages).filteredOn(p -> p.url().endsWith("/g/1")).singleElement()
                .satisfies(p -> assertThat(p.continuations()).hasSize(1));
        assertThat(output.pages).filteredOn(p -> p.url().endsWith("/n/1")).singleElement()
                .satisfies(p -> assertThat(p.continuations()).as("/n/2 answers 404").isEmpty());
        assertThat(output.deadLetters).isEmpty();
    }

    @Test
    void aLaterPageFetchedOnItsOwnStartsNoWalk() {
        site.page("/f/7/2", "text/html", html(site.base() + "/f/7", "/f/7/3", "/f/7", "two"));
        admit("/f/7/2");
        drain(worker(10, PaginationWalker.DEFAULT_MAX_RECORD_BYTES));
        assertThat(site.requests()).containsExactly("/robots.txt", "/f/7/2");
        assertThat(output.pages).hasSize(1);
        assertThat(output.pages.get(0).continuations()).isEmpty();
    }

    @Test
    void withOnePageAllowedNoNextLinkIsFollowed() {
        feature(2, site.base() + "/f/42");
        admit("/f/42");
        drain(worker(1, PaginationWalker.DEFAULT_MAX_RECORD_BYTES));
        assertThat(site.requests()).containsExactly("/robots.txt", "/f/42");
        assertThat(output.pages.get(0).continuations()).isEmpty();
    }

    @Test
    void aFollowingPageAnsweringServiceUnavailableIsRetriedWhileTheWalkWaits() {
        int[] calls = {0};
        site.page("/r/1", "text/html", html(null, "/r/2", null, "one"));
        site.on("/r/2", ex -> {
            if (calls[0]++ == 0) {
                TestSite.respond(ex, 503, "text/html", "busy".getBytes(StandardCharsets.UTF_8));
            } else {
                TestSite.respond(ex, 200, "text/html", html(null, null, null, "two").getBytes(StandardCharsets.UTF_8));
            }
        });
        admit("/r/1");
        TaskWorker worker = worker(10, PaginationWalker.DEFAULT_MAX_RECORD_BYTES);
        drain(worker);
        assertThat(site.requests()).containsExactly("/robots.txt", "/r/1", "/r/2", "/r/2");
        assertThat(output.pages).hasSize(1);
        assertThat(output.pages.get(0).continuations()).extracting(RawPage.Continuation::html)
                .singleElement().asString().contains("two");
        assertThat(counters.retriesScheduled.count()).isEqualTo(1.0);
    }
}
