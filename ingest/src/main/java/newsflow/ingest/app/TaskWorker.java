package newsflow.ingest.app;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import newsflow.common.model.DiscoveredUrl;
import newsflow.common.model.FeedItem;
import newsflow.common.model.FeedStatus;
import newsflow.common.model.RawPage;
import newsflow.ingest.charset.CharsetSniffer;
import newsflow.ingest.feed.FeedEntry;
import newsflow.ingest.feed.FeedParseException;
import newsflow.ingest.feed.FeedParser;
import newsflow.ingest.feed.ParsedFeed;
import newsflow.ingest.fetch.FetchRefusedException;
import newsflow.ingest.fetch.FetchResponse;
import newsflow.ingest.fetch.FetchTask;
import newsflow.ingest.fetch.HostScheduler;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.fetch.RetryPolicy;
import newsflow.ingest.pagination.PaginationWalker;
import newsflow.ingest.robots.RobotsCache;
import newsflow.ingest.robots.RobotsDecision;
import newsflow.ingest.sitemap.SitemapReader;
import newsflow.ingest.state.FetchStateStore;
import newsflow.ingest.status.SourceStatusRecorder;
import newsflow.ingest.url.UrlCanonicalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one task handed out by the {@link HostScheduler} and gives the host back: robots.txt for every hop,
 * the fetch, then by outcome —
 * <ul>
 *   <li>2xx page (HTML or XHTML, or no Content-Type): decoded ({@link CharsetSniffer#sniff}) and produced as a
 *       {@link RawPage}, then recorded {@code fetched}; a page with a {@code rel=next} first has its following
 *       pages fetched, each as a task of its own ({@link PaginationWalker}, case C24), and they travel in its
 *       record;</li>
 *   <li>2xx feed / sitemap: parsed, every item not fetched yet and every child sitemap announced
 *       ({@link Announcer}: the host-keyed frontier topic, so the owner of each host fetches it, issue 11);
 *       304: counted as not modified (conditional GET with the validators of this process's last 200);</li>
 *   <li>408, 425, 429, 5xx, network failure, robots.txt unavailable: rescheduled ({@link RetryPolicy}), the
 *       host paused for 429 / 503 / robots.txt, until the attempts run out;</li>
 *   <li>anything else, for a page: dead-lettered with a reason ({@code http-404}, {@code robots-disallowed},
 *       {@code non-html}, {@code body-too-large}, {@code record-too-large}, {@code address-refused},
 *       {@code too-many-redirects}, {@code undecodable}, {@code retries-exhausted}…); for a feed or sitemap:
 *       counted and recorded in the {@link SourceStatusRecorder} (which logs state changes only).</li>
 * </ul>
 * Feed validators live in memory only: after a restart every feed is read once in full, and its already
 * fetched items are skipped by the fetch state, so no item announced before a crash is lost.
 */
final class TaskWorker {
    private static final Logger LOG = LoggerFactory.getLogger(TaskWorker.class);
    /** Reason of a fetch that ran out of time ({@code ingest.request.budget.ms} or the read timeout). */
    private static final String TIMEOUT = "timeout";
    private final HttpFetcher fetcher;
    private final RobotsCache robots;
    private final HostScheduler scheduler;
    private final FetchStateStore store;
    private final IngestOutput output;
    private final DeadLetters deadLetters;
    private final IngestCounters counters;
    private final RetryPolicy retry;
    private final Duration ceiling;
    private final Duration perHostDelay;
    private final Duration maxHostDelay;
    private final Clock clock;
    private final long maxFeedBytes;
    private final Map<String, String[]> validators = new ConcurrentHashMap<>();
    private final PaginationWalker walker;
    private final PageOutput pages;
    private final ContinuationFetcher continuations;
    private final SourceStatusRecorder feedStatus;
    private final Announcer announcer;

    /** A worker whose feed and sitemap items are queued in this process ({@link Announcer#local}). */
    TaskWorker(HttpFetcher fetcher, RobotsCache robots, HostScheduler scheduler, FetchStateStore store,
               IngestOutput output, DeadLetters deadLetters, UrlAdmission admission, IngestCounters counters,
               RetryPolicy retry, Duration ceiling, Duration perHostDelay, Duration maxHostDelay, long maxFeedBytes,
               Clock clock, PaginationWalker walker) {
        this(fetcher, robots, scheduler, store, output, deadLetters, admission, counters, retry, ceiling,
                perHostDelay, maxHostDelay, maxFeedBytes, clock, walker, Announcer.local(admission),
                new ProduceRetry(Duration.ofSeconds(1), Duration.ofSeconds(30)),
                SourceStatusRecorder.inMemory(new SimpleMeterRegistry(), clock));
    }

    /**
     * A worker whose feed and sitemap items go to {@code announcer} (the frontier topic in the service), whose
     * pages are produced again after a transient producer failure by {@code produceRetry}, and whose feed and
     * sitemap polls are recorded by {@code status}.
     */
    TaskWorker(HttpFetcher fetcher, RobotsCache robots, HostScheduler scheduler, FetchStateStore store,
               IngestOutput output, DeadLetters deadLetters, UrlAdmission admission, IngestCounters counters,
               RetryPolicy retry, Duration ceiling, Duration perHostDelay, Duration maxHostDelay, long maxFeedBytes,
               Clock clock, PaginationWalker walker, Announcer announcer, ProduceRetry produceRetry,
               SourceStatusRecorder status) {
        this.announcer = announcer;
        this.feedStatus = status;
        this.walker = walker;
        this.maxFeedBytes = maxFeedBytes;
        this.fetcher = fetcher;
        this.robots = robots;
        this.scheduler = scheduler;
        this.store = store;
        this.output = output;
        this.deadLetters = deadLetters;
        this.counters = counters;
        this.retry = retry;
        this.ceiling = ceiling;
        this.perHostDelay = perHostDelay;
        this.maxHostDelay = maxHostDelay;
        this.clock = clock;
        this.pages = new PageOutput(output, store, deadLetters, counters, clock, produceRetry);
        this.continuations = new ContinuationFetcher(fetcher, this::robotsHop,
                url -> politeness(robots.decide(url).crawlDelayMs()), walker, pages, scheduler, retry, counters,
                perHostDelay, clock);
    }

    /**
     * @param host the task's host, busy in the scheduler until this returns
     * @param task the task
     */
    void run(String host, FetchTask task) {
        if (task.kind() == FetchTask.Kind.CONTINUATION) {
            continuations.run(host, task);
            return;
        }
        if (task.kind() == FetchTask.Kind.PAGE && (walker.walking(task.key()) || store.isDone(task.key()))) {
            // a page being fetched with its following pages, or a following page a walk already fetched
            counters.skippedAlreadyFetched.increment();
            scheduler.done(host, task, clock.instant(), Duration.ZERO);
            return;
        }
        Duration politeness = perHostDelay;
        long started = System.nanoTime();
        try {
            // the address guard runs before robots.txt is asked for, so a refused host is never contacted
            FetchResponse r = task.kind() == FetchTask.Kind.PAGE
                    ? fetcher.fetch(task.url(), conditionalHeaders(task), this::robotsHop)
                    : fetcher.fetch(task.url(), conditionalHeaders(task), this::robotsHop, maxFeedBytes);
            counters.fetchTimer.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
            politeness = politeness(robots.decide(task.url()).crawlDelayMs()); // cached by the hop check
            handle(host, task, r, politeness);
        } catch (FetchRefusedException e) {
            if (e.reason().equals("robots-unavailable")) {
                RobotsDecision d = robots.decide(task.url());
                Instant at = d.retryAt() != null ? d.retryAt() : clock.instant().plus(perHostDelay);
                retryLater(host, task, e.reason(), e.reason(), e.getMessage(), null, true, at, politeness, 0);
            } else {
                fail(host, task, e.reason(), e.reason(), e.getMessage(), 0, politeness);
            }
        } catch (HttpTimeoutException e) {
            // a slow URL: its retry waits behind the host's other pending URLs (issue 11)
            retryLater(host, task, TIMEOUT, e.getClass().getName(), e.getMessage(), null, false, null,
                    politeness, 0);
        } catch (IOException e) {
            retryLater(host, task, "network-error", e.getClass().getName(), String.valueOf(e.getMessage()), null,
                    false, null, politeness, 0);
        } catch (RuntimeException e) {
            LOG.error("unexpected failure on {}", task.url(), e);
            fail(host, task, "internal-error", e.getClass().getName(), String.valueOf(e.getMessage()), 0,
                    politeness);
        }
    }

    private void robotsHop(String url) throws FetchRefusedException {
        RobotsDecision d = robots.decide(url);
        if (d.verdict() == RobotsDecision.Verdict.DISALLOWED) {
            throw new FetchRefusedException("robots-disallowed", url + " is disallowed by robots.txt");
        }
        if (d.verdict() == RobotsDecision.Verdict.UNAVAILABLE) {
            throw new FetchRefusedException("robots-unavailable",
                    "robots.txt for " + url + " is unavailable (5xx or network failure) until " + d.retryAt());
        }
    }

    private Duration politeness(long crawlDelayMs) {
        Duration d = perHostDelay;
        if (crawlDelayMs > d.toMillis()) {
            d = Duration.ofMillis(crawlDelayMs);
        }
        Duration cap = maxHostDelay.compareTo(perHostDelay) > 0 ? maxHostDelay : perHostDelay;
        return d.compareTo(cap) > 0 ? cap : d;
    }

    private Map<String, String> conditionalHeaders(FetchTask task) {
        Map<String, String> h = new HashMap<>();
        String[] v = task.kind() == FetchTask.Kind.PAGE ? null : validators.get(task.url());
        if (v != null) {
            if (v[0] != null) {
                h.put("If-None-Match", v[0]);
            }
            if (v[1] != null) {
                h.put("If-Modified-Since", v[1]);
            }
        }
        return h;
    }

    private void handle(String host, FetchTask task, FetchResponse r, Duration politeness) {
        int s = r.status();
        if (s == 304 && task.kind() != FetchTask.Kind.PAGE) {
            counters.notModified.increment();
            feedStatus.notModified(task.source(), statusKind(task), task.url());
            scheduler.done(host, task, clock.instant(), politeness);
        } else if (s >= 200 && s < 300) {
            switch (task.kind()) {
                case PAGE:
                    page(host, task, r, politeness);
                    break;
                case FEED:
                    feed(task, r);
                    scheduler.done(host, task, clock.instant(), politeness);
                    break;
                default:
                    sitemap(task, r);
                    scheduler.done(host, task, clock.instant(), politeness);
            }
        } else if (RetryPolicy.RETRYABLE.contains(s)) {
            retryLater(host, task, "http-" + s, "http-" + s, "HTTP " + s + " from " + r.finalUrl(),
                    r.header("retry-after").orElse(null), RetryPolicy.PAUSE_HOST.contains(s), null, politeness, s);
        } else {
            fail(host, task, "http-" + s, "http-" + s, "HTTP " + s + " from " + r.finalUrl(), s, politeness);
        }
    }

    private void page(String host, FetchTask task, FetchResponse r, Duration politeness) {
        String contentType = r.header("content-type").orElse(null);
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("html")) {
            fail(host, task, "non-html", "non-html", r.finalUrl() + " has Content-Type " + contentType,
                    r.status(), politeness);
            return;
        }
        CharsetSniffer.Decoded d = CharsetSniffer.sniff(r.body(), contentType);
        if (d.undecodable()) {
            fail(host, task, "undecodable", "undecodable", r.finalUrl() + " " + d.undecodableDetail(r.body())
                    + ", content type " + contentType, r.status(), politeness);
            return;
        }
        RawPage page = new RawPage(task.key(), r.finalUrl(), task.source(), clock.instant(), r.status(), contentType,
                d.charset(), d.text(), task.hints(), task.discoveredVia(), task.feedItem(), List.of(),
                d.source().wireName(), d.uncertain());
        var next = walker.begin(task, page);
        if (next.isPresent()) { // the following pages are fetched as tasks of their own, after the host's delay
            scheduler.doneThen(host, task, next.get(), clock.instant(), politeness);
            return;
        }
        if (pages.produce(task, page, r.status()) == PageOutput.Outcome.UNFINISHED) {
            scheduler.requeue(host, task, clock.instant().plus(politeness)); // shutting down: not finished
            return;
        }
        scheduler.done(host, task, clock.instant(), politeness);
    }

    private void feed(FetchTask task, FetchResponse r) {
        String contentType = r.header("content-type").orElse(null);
        ZoneId zone = task.hints() == null || task.hints().timeZone() == null ? null
                : ZoneId.of(task.hints().timeZone());
        ParsedFeed parsed;
        try {
            parsed = FeedParser.parse(r.body(), contentType, r.finalUrl(), zone);
        } catch (FeedParseException e) {
            counters.feedErrors.increment();
            feedStatus.failed(task.source(), FeedStatus.FEED, task.url(), "malformed", e.getMessage());
            return;
        }
        counters.feedsPolled.increment();
        List<DiscoveredUrl> fresh = new ArrayList<>();
        for (FeedEntry e : parsed.entries()) {
            if (e.link() != null && !alreadyFetched(e.link())) {
                fresh.add(new DiscoveredUrl(e.link(), task.source(), task.url(), e.toFeedItem(parsed.repaired()),
                        null));
            }
        }
        if (!announce(task, fresh)) {
            return;
        }
        validators.put(task.url(), new String[] {r.header("etag").orElse(null),
                r.header("last-modified").orElse(null)});
        feedStatus.succeeded(task.source(), FeedStatus.FEED, task.url(), parsed.entries().size(), fresh.size());
        LOG.info("source {}: feed {} ({}{}) has {} items, {} new", task.source(), task.url(),
                parsed.format().wireName(), parsed.repaired() ? ", repaired" : "", parsed.entries().size(),
                fresh.size());
    }

    private void sitemap(FetchTask task, FetchResponse r) {
        SitemapReader.Result result;
        try {
            result = SitemapReader.read(r.body(), r.header("content-type").orElse(null), r.finalUrl());
        } catch (IOException | RuntimeException e) {
            counters.feedErrors.increment();
            feedStatus.failed(task.source(), FeedStatus.SITEMAP, task.url(), "malformed",
                    "unreadable: " + e.getMessage());
            return;
        }
        counters.feedsPolled.increment();
        List<DiscoveredUrl> fresh = new ArrayList<>();
        for (FeedItem item : result.items()) {
            if (item.url() != null && !alreadyFetched(item.url())) {
                fresh.add(new DiscoveredUrl(item.url(), task.source(), task.url(), item, null));
            }
        }
        for (String child : result.childSitemaps()) {
            fresh.add(new DiscoveredUrl(child, task.source(), task.url(), null, DiscoveredUrl.SITEMAP));
        }
        if (!announce(task, fresh)) {
            return;
        }
        validators.put(task.url(), new String[] {r.header("etag").orElse(null),
                r.header("last-modified").orElse(null)});
        feedStatus.succeeded(task.source(), FeedStatus.SITEMAP, task.url(), result.items().size(),
                fresh.size() - result.childSitemaps().size());
        LOG.info("source {}: sitemap {} has {} URLs ({} new) and {} child sitemaps", task.source(), task.url(),
                result.items().size(), fresh.size() - result.childSitemaps().size(), result.childSitemaps().size());
    }

    /** @return true when the fetch state holds a final outcome for the URL (counted as skipped) */
    private boolean alreadyFetched(String url) {
        String key;
        try {
            key = UrlCanonicalizer.canonicalize(url);
        } catch (IllegalArgumentException e) {
            return false; // dead-lettered as bad-url where it is admitted
        }
        if (store.isDone(key)) {
            counters.skippedAlreadyFetched.increment();
            return true;
        }
        return false;
    }

    /**
     * Hands a feed's or sitemap's new URLs on; when that fails (a broker outage) the validators are forgotten so
     * the next poll reads the document in full again instead of being answered 304: no item is lost.
     */
    private boolean announce(FetchTask task, List<DiscoveredUrl> urls) {
        try {
            announcer.announce(urls, task.hints());
            return true;
        } catch (IngestOutput.ProduceException e) {
            validators.remove(task.url());
            counters.feedErrors.increment();
            LOG.warn("source {}: the {} URLs of {} could not be handed on, read again at the next poll: {}",
                    task.source(), urls.size(), task.url(), e.getMessage());
            return false;
        }
    }

    private void retryLater(String host, FetchTask task, String reason, String exceptionClass, String detail,
                            String retryAfter, boolean pauseHost, Instant fixedAt, Duration politeness,
                            int status) {
        int made = task.attempts() + 1;
        Instant now = clock.instant();
        if (!retry.mayRetry(made, status)) {
            fail(host, task.retry(now, reason), "retries-exhausted", exceptionClass,
                    reason + " after " + made + " attempts: " + detail, status, politeness);
            return;
        }
        Instant at = fixedAt != null ? fixedAt : retry.retryAt(made, retryAfter, now);
        if (at.isAfter(now.plus(ceiling))) {
            at = now.plus(ceiling);
        }
        if (reason.equals(TIMEOUT)) {
            scheduler.requeueBehind(host, task.retry(at, reason), now.plus(politeness));
        } else {
            scheduler.requeue(host, task.retry(at, reason), pauseHost ? at : now.plus(politeness), pauseHost);
        }
        counters.retriesScheduled.increment();
        LOG.info("{} {} ({}), attempt {}: retry at {}", task.kind(), task.url(), reason, made, at);
    }

    private void fail(String host, FetchTask task, String reason, String exceptionClass, String detail, int status,
                      Duration politeness) {
        if (task.kind() == FetchTask.Kind.PAGE) {
            if (!pages.deadLetter(task, reason, exceptionClass, detail, status)) {
                scheduler.requeue(host, task, clock.instant().plus(politeness)); // no terminal state unwritten
                return;
            }
        } else {
            counters.feedErrors.increment();
            feedStatus.failed(task.source(), statusKind(task), task.url(), reason, detail); // logs state changes only
        }
        scheduler.done(host, task, clock.instant(), politeness);
    }

    private static String statusKind(FetchTask task) {
        return task.kind() == FetchTask.Kind.SITEMAP ? FeedStatus.SITEMAP : FeedStatus.FEED;
    }
}
