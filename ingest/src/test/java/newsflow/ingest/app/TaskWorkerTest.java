package newsflow.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.ingest.MutableClock;
import newsflow.ingest.TestSite;
import newsflow.ingest.fetch.AddressGuard;
import newsflow.ingest.fetch.FetchTask;
import newsflow.ingest.fetch.HostScheduler;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.pagination.PaginationWalker;
import newsflow.ingest.robots.RobotsCache;
import newsflow.ingest.state.FetchStateStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetch outcomes of one task against a real local HTTP server, with a hand-moved clock. */
class TaskWorkerTest {
    private static final Instant NOON = Instant.parse("2024-03-06T12:00:00Z");
    private final MutableClock clock = new MutableClock(NOON);
    private final RecordingOutput output = new RecordingOutput();
    private final HostScheduler scheduler = new HostScheduler();
    private final IngestCounters counters = new IngestCounters(new SimpleMeterRegistry());
    private TestSite site;
    private TaskWorker worker;
    private UrlAdmission admission;
    private FetchStateStore store;

    @BeforeEach
    void setUp() throws Exception {
        site = new TestSite();
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        HttpFetcher fetcher = TestFetching.fetcher();
        RobotsCache robots = TestFetching.robots(fetcher, clock);
        store = new FetchStateStore(Map.of(), output::fetchState);
        DeadLetters dl = new DeadLetters(output, store, counters);
        admission = new UrlAdmission(scheduler, store, dl, counters, clock);
        worker = new TaskWorker(fetcher, robots, scheduler, store, output, dl, admission, counters,
                TestFetching.retry(), Duration.ofHours(1),
                Duration.ofSeconds(1), Duration.ofSeconds(10), 1_000_000, clock,
                new PaginationWalker(10, PaginationWalker.DEFAULT_MAX_RECORD_BYTES));
    }

    @AfterEach
    void tearDown() {
        site.close();
    }

    private void admit(String path) {
        assertThat(admission.admitPage(site.base() + path, null, "test", new SourceHints("ar", null, null),
                site.base() + "/feed")).isTrue();
    }

    /** Runs the next ready task, if any; returns whether one ran. */
    private boolean runNext() {
        var next = scheduler.next(clock.instant());
        next.ifPresent(e -> worker.run(e.getKey(), e.getValue()));
        return next.isPresent();
    }

    @Test
    void c30TooManyRequestsPausesTheHostAndRetriesLater() {
        int[] calls = {0};
        site.on("/a/1", ex -> {
            if (calls[0]++ == 0) {
                ex.getResponseHeaders().set("Retry-After", "120");
                TestSite.respond(ex, 429, "text/html", "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                TestSite.respond(ex, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
            }
        });
        admit("/a/1");
        assertThat(runNext()).isTrue();
        assertThat(output.pages).isEmpty();
        assertThat(output.deadLetters).isEmpty();
        assertThat(scheduler.size()).as("requeued, not dropped").isEqualTo(1);
        assertThat(scheduler.hostAvailableAt("127.0.0.1")).isEqualTo(NOON.plusSeconds(120));
        clock.advance(Duration.ofSeconds(119));
        assertThat(runNext()).as("still paused").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(runNext()).isTrue();
        assertThat(output.pages).hasSize(1);
        assertThat(output.states.get(site.base() + "/a/1").attempts()).isEqualTo(2);
        assertThat(counters.fetched()).isEqualTo(1);
    }

    @Test
    void c30TooManyRequestsWithoutRetryAfterBacksOffAndIsNeverDeadLettered() {
        int[] calls = {0};
        site.on("/a/9", ex -> {
            if (calls[0]++ < 8) {
                TestSite.respond(ex, 429, "text/html", "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                TestSite.respond(ex, 200, "text/html", "<p>at last</p>".getBytes(StandardCharsets.UTF_8));
            }
        });
        admit("/a/9");
        for (int i = 0; i < 8; i++) {
            assertThat(runNext()).isTrue();
            assertThat(output.deadLetters).as("attempt %d", i + 1).isEmpty();
            assertThat(scheduler.size()).as("requeued, not dropped").isEqualTo(1);
            clock.advance(Duration.between(clock.instant(), scheduler.nextWakeUp(clock.instant()).orElseThrow()));
        }
        assertThat(runNext()).isTrue();
        assertThat(output.pages).hasSize(1);
        assertThat(output.states.get(site.base() + "/a/9").attempts()).isEqualTo(9);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenDeadLettered() {
        site.on("/a/2", ex -> TestSite.respond(ex, 503, "text/html", "down".getBytes(StandardCharsets.UTF_8)));
        admit("/a/2");
        runNext();
        assertThat(scheduler.nextWakeUp(clock.instant())).contains(NOON.plusSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        runNext();
        assertThat(scheduler.nextWakeUp(clock.instant())).contains(NOON.plusSeconds(30 + 60));
        clock.advance(Duration.ofSeconds(60));
        runNext();
        assertThat(scheduler.isEmpty()).isTrue();
        assertThat(site.requests()).filteredOn(p -> p.equals("/a/2")).hasSize(3);
        DeadLetter d = output.deadLetters.get(0);
        assertThat(d.reason()).isEqualTo("retries-exhausted");
        assertThat(d.detail()).startsWith("http-503 after 3 attempts");
        assertThat(d.stage()).isEqualTo("fetch");
        assertThat(output.states.get(site.base() + "/a/2").outcome()).isEqualTo("dead-lettered");
    }

    @Test
    void robotsDisallowedPageIsDeadLetteredAndNeverRequested() {
        site.page("/private/x", "text/html", "secret");
        admit("/private/x");
        runNext();
        assertThat(site.requests()).containsExactly("/robots.txt");
        assertThat(output.deadLetters).extracting(DeadLetter::reason).containsExactly("robots-disallowed");
        assertThat(store.isDone(site.base() + "/private/x")).isTrue();
    }

    @Test
    void c28RobotsServerErrorMeansNoPageUntilRobotsSucceeds() {
        int[] robotsCalls = {0};
        site.on("/robots.txt", ex -> {
            if (robotsCalls[0]++ == 0) {
                TestSite.respond(ex, 503, "text/html", "<h1>Service Unavailable</h1>".getBytes(StandardCharsets.UTF_8));
            } else {
                TestSite.respond(ex, 200, "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
            }
        });
        site.page("/a/3", "text/html", "<p>three</p>");
        admit("/a/3");
        runNext();
        assertThat(site.requests()).containsExactly("/robots.txt");
        assertThat(output.deadLetters).isEmpty();
        assertThat(scheduler.hostAvailableAt("127.0.0.1")).isEqualTo(NOON.plus(Duration.ofMinutes(30)));
        clock.advance(Duration.ofMinutes(30));
        runNext();
        assertThat(site.requests()).containsExactly("/robots.txt", "/robots.txt", "/a/3");
        assertThat(output.pages).hasSize(1);
    }

    @Test
    void notFoundAndNonHtmlAndTooLargeAreDeadLetteredWithReasons() throws Exception {
        site.page("/pdf", "application/pdf", "%PDF-1.4");
        site.on("/huge", ex -> TestSite.respond(ex, 200, "text/html", new byte[200_000]));
        admit("/missing");
        admit("/pdf");
        admit("/huge");
        for (int i = 0; i < 3; i++) {
            runNext();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(output.deadLetters).extracting(DeadLetter::reason)
                .containsExactly("http-404", "non-html", "body-too-large");
        assertThat(output.deadLetterClasses).containsExactly("http-404", "non-html", "body-too-large");
        assertThat(counters.deadLettered()).isEqualTo(3);
    }

    @Test
    void windows1256PageBecomesARawPageWithCorrectArabicAndHints() {
        String arabic = "\u0627\u0644\u062f\u0648\u062d\u0629";
        byte[] body = ("<html><head><meta charset=\"windows-1256\"></head><body><p>" + arabic + "</p></body></html>")
                .getBytes(Charset.forName("windows-1256"));
        site.on("/ar", ex -> TestSite.respond(ex, 200, "text/html", body));
        assertThat(admission.admitPage(site.base() + "/ar?utm_source=rss#top", null, "test",
                new SourceHints("ar", "Asia/Qatar", "DMY"), site.base() + "/feed")).isTrue();
        runNext();
        RawPage p = output.pages.get(0);
        assertThat(p.url()).isEqualTo(site.base() + "/ar");
        assertThat(p.fetchedUrl()).isEqualTo(site.base() + "/ar?utm_source=rss");
        assertThat(p.html()).contains(arabic);
        assertThat(p.charset()).isEqualTo("windows-1256");
        assertThat(p.hints().timeZone()).isEqualTo("Asia/Qatar");
        assertThat(p.discoveredVia()).isEqualTo(site.base() + "/feed");
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.fetchedAt()).isEqualTo(NOON);
    }

    @Test
    void feedItemsAreQueuedAndTheSecondPollIs304() {
        site.on("/feed", ex -> {
            if ("\"f1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                TestSite.respond(ex, 304, null, new byte[0]);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"f1\"");
            TestSite.respond(ex, 200, "application/rss+xml", ("<rss version=\"2.0\"><channel>"
                    + "<item><title>One</title><link>/a/1</link><pubDate>Tue, 05 Mar 2024 09:15:00 GMT</pubDate></item>"
                    + "<item><title>Two</title><link>/a/2?utm_medium=rss</link></item></channel></rss>")
                    .getBytes(StandardCharsets.UTF_8));
        });
        site.page("/a/1", "text/html", "<p>1</p>");
        assertThat(admission.admitDocument(FetchTask.Kind.FEED, site.base() + "/feed", "test", SourceHints.NONE,
                null)).isTrue();
        runNext();
        assertThat(scheduler.size()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(1));
        runNext();
        RawPage p = output.pages.get(0);
        assertThat(p.feedItem().title()).isEqualTo("One");
        assertThat(p.feedItem().published()).isEqualTo("2024-03-05T09:15:00Z");
        clock.advance(Duration.ofSeconds(1));
        runNext();
        assertThat(output.deadLetters).extracting(DeadLetter::url).containsExactly(site.base() + "/a/2");
        // poll the feed again: 304, and the fetched item is not queued again
        admission.admitDocument(FetchTask.Kind.FEED, site.base() + "/feed", "test", SourceHints.NONE, null);
        clock.advance(Duration.ofSeconds(1));
        runNext();
        assertThat(counters.notModified()).isEqualTo(1);
        assertThat(scheduler.isEmpty()).isTrue();
        assertThat(admission.admitPage(site.base() + "/a/1#x", null, "test", SourceHints.NONE, null)).isFalse();
        assertThat(counters.skippedAlreadyFetched()).isEqualTo(1);
    }

    @Test
    void refusedAddressIsDeadLetteredAtOnceWithoutAnyRequest() {
        HttpFetcher strict = new HttpFetcher(Duration.ofSeconds(5),
                new AddressGuard(false, InetAddress::getAllByName), "newsbot/1.0", 100_000, 3, Duration.ofSeconds(5));
        RobotsCache robots = new RobotsCache(url -> FetchClients.robotsResponse(strict, url), "newsbot",
                Duration.ofHours(24), Duration.ofMinutes(30), clock);
        DeadLetters dl = new DeadLetters(output, store, counters);
        TaskWorker strictWorker = new TaskWorker(strict, robots, scheduler, store, output, dl, admission, counters,
                TestFetching.retry(), Duration.ofHours(1),
                Duration.ofSeconds(1), Duration.ofSeconds(10), 1_000_000, clock,
                new PaginationWalker(10, PaginationWalker.DEFAULT_MAX_RECORD_BYTES));
        admit("/a/5");
        var next = scheduler.next(clock.instant()).orElseThrow();
        strictWorker.run(next.getKey(), next.getValue());
        assertThat(site.requests()).isEmpty();
        assertThat(output.deadLetters).extracting(DeadLetter::reason).containsExactly("address-refused");
        assertThat(scheduler.isEmpty()).isTrue();
    }

    @Test
    void aPageKafkaRefusesAsTooLargeIsDeadLetteredWithThatReason() {
        site.page("/a/6", "text/html", "<p>six</p>");
        output.rawPageFailure = new org.apache.kafka.common.errors.RecordTooLargeException("too large");
        admit("/a/6");
        runNext();
        assertThat(output.pages).isEmpty();
        assertThat(output.deadLetters).extracting(DeadLetter::reason).containsExactly("record-too-large");
        assertThat(output.deadLetterClasses)
                .containsExactly("org.apache.kafka.common.errors.RecordTooLargeException");
        assertThat(store.isDone(site.base() + "/a/6")).isTrue();
    }

    @Test
    void robotsCrawlDelayWidensThePolitenessDelayUpToTheCap() {
        site.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 5\nAllow: /\n");
        site.page("/a/7", "text/html", "<p>seven</p>");
        admit("/a/7");
        runNext();
        assertThat(output.pages).hasSize(1);
        assertThat(scheduler.hostAvailableAt("127.0.0.1")).isEqualTo(NOON.plusSeconds(5));
    }
}
