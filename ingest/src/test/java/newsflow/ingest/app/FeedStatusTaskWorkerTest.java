package newsflow.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import newsflow.common.model.FeedStatus;
import newsflow.common.model.SourceHints;
import newsflow.ingest.MutableClock;
import newsflow.ingest.TestSite;
import newsflow.ingest.fetch.FetchTask;
import newsflow.ingest.fetch.HostScheduler;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.pagination.PaginationWalker;
import newsflow.ingest.robots.RobotsCache;
import newsflow.ingest.state.FetchStateStore;
import newsflow.ingest.status.SourceStatusRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feed and sitemap polls reach the source status (issue 10): a feed that answers 404, one that is malformed XML,
 * an HTML page given as a feed, a sitemap that is not XML — each recorded failing with its reason, and a feed that
 * recovers recorded ok with its items.
 */
class FeedStatusTaskWorkerTest {
    private static final Instant NOON = Instant.parse("2024-03-06T12:00:00Z");
    private final MutableClock clock = new MutableClock(NOON);
    private final RecordingOutput output = new RecordingOutput();
    private final HostScheduler scheduler = new HostScheduler();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final IngestCounters counters = new IngestCounters(registry);
    private TestSite site;
    private TaskWorker worker;
    private UrlAdmission admission;
    private SourceStatusRecorder status;

    @BeforeEach
    void setUp() throws Exception {
        site = new TestSite();
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        HttpFetcher fetcher = TestFetching.fetcher();
        RobotsCache robots = TestFetching.robots(fetcher, clock);
        FetchStateStore store = new FetchStateStore(Map.of(), output::fetchState);
        DeadLetters dl = new DeadLetters(output, store, counters);
        admission = new UrlAdmission(scheduler, store, dl, counters, clock);
        status = SourceStatusRecorder.inMemory(registry, clock);
        worker = new TaskWorker(fetcher, robots, scheduler, store, output, dl, admission, counters,
                TestFetching.retry(), Duration.ofHours(1),
                Duration.ofSeconds(1), Duration.ofSeconds(10), 1_000_000, clock,
                new PaginationWalker(10, PaginationWalker.DEFAULT_MAX_RECORD_BYTES), Announcer.local(admission),
                new ProduceRetry(Duration.ofMillis(10), Duration.ofMillis(100)), status);
    }

    @AfterEach
    void tearDown() {
        site.close();
    }

    private FeedStatus poll(FetchTask.Kind kind, String path) {
        admission.admitDocument(kind, site.base() + path, "src", SourceHints.NONE, null);
        var next = scheduler.next(clock.instant());
        assertThat(next).isPresent();
        worker.run(next.get().getKey(), next.get().getValue());
        clock.advance(Duration.ofSeconds(5));
        return status.all().stream().filter(s -> s.url().equals(site.base() + path)).findFirst().orElseThrow();
    }

    @Test
    void aMissingFeedIsFailingWithItsStatus() {
        FeedStatus s = poll(FetchTask.Kind.FEED, "/missing.xml");
        assertThat(s.failing()).isTrue();
        assertThat(s.lastErrorKind()).isEqualTo("http-404");
        assertThat(s.kind()).isEqualTo(FeedStatus.FEED);
        assertThat(s.source()).isEqualTo("src");
    }

    @Test
    void malformedXmlAndAnHtmlPageWithoutFeedLinksAreFailing() {
        site.page("/broken.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>x</tit");
        site.page("/page.html", "text/html", "<!doctype html><html><body><p>not a feed</p></body></html>");
        FeedStatus broken = poll(FetchTask.Kind.FEED, "/broken.xml");
        FeedStatus html = poll(FetchTask.Kind.FEED, "/page.html");
        assertThat(broken.failing()).isTrue();
        assertThat(html.failing()).isTrue();
        assertThat(broken.lastErrorKind()).isEqualTo("malformed");
        assertThat(html.lastErrorKind()).isEqualTo("html-page");
        assertThat(html.lastErrorMessage()).contains("HTML page").contains("names no feed");
        assertThat(registry.find(SourceStatusRecorder.POLLS).tag("source", "src").tag("outcome", "failed")
                .counter().count()).isEqualTo(2.0);
    }

    @Test
    void anUnreadableSitemapIsFailingAndAFixedFeedRecovers() {
        site.page("/sitemap.xml", "application/xml", "this is not xml at all");
        assertThat(poll(FetchTask.Kind.SITEMAP, "/sitemap.xml").failing()).isTrue();
        assertThat(poll(FetchTask.Kind.SITEMAP, "/sitemap.xml").kind()).isEqualTo(FeedStatus.SITEMAP);

        assertThat(poll(FetchTask.Kind.FEED, "/feed.xml").lastErrorKind()).isEqualTo("http-404");
        site.page("/feed.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>t</title><item><title>a</title><link>" + site.base() + "/a/1</link></item>"
                + "<item><title>b</title><link>" + site.base() + "/a/2</link></item></channel></rss>");
        FeedStatus fixed = poll(FetchTask.Kind.FEED, "/feed.xml");
        assertThat(fixed.state()).isEqualTo(FeedStatus.OK);
        assertThat(fixed.itemsSeen()).isEqualTo(2);
        assertThat(fixed.itemsNew()).isEqualTo(2);
        assertThat(fixed.lastSuccessAt()).isEqualTo(fixed.lastPollAt());
    }
}
