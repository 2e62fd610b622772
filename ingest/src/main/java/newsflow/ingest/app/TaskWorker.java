package newsflow.ingest.app;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import newsflow.ingest.fetch.RedirectChainException;
import newsflow.ingest.fetch.RedirectClassifier;
import newsflow.ingest.fetch.RetryPolicy;
import newsflow.ingest.pagination.PaginationWalker;
import newsflow.ingest.poll.PollInterval;
import newsflow.ingest.poll.PollSchedule;
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
 *       {@link RawPage}, then recorded {@code fetched}; a text page longer than the cap is stored cut there,
 *       marked {@code truncated} (issue 12), a binary one is dead-lettered {@code body-too-large}; a page with a {@code rel=next} first has its following
 *       pages fetched, each as a task of its own ({@link PaginationWalker}, case C24), and they travel in its
 *       record;</li>
 *   <li>2xx feed / sitemap: parsed, every item not fetched yet and every child sitemap announced
 *       ({@link Announcer}: the host-keyed frontier topic, so the owner of each host fetches it, issue 11);
 *       304: counted as not modified (conditional GET with the validators of the last full read);</li>
 *   <li>408, 425, 429, 5xx, network failure, robots.txt unavailable, a redirect loop, a consent or
 *       interstitial redirect, too many redirects ({@link RedirectClassifier}): rescheduled ({@link RetryPolicy}),
 *       the host paused for 429 / 503 / robots.txt, until the attempts run out (then dead-lettered
 *       {@code retries-exhausted}, with the redirect chain when there is one);</li>
 *   <li>anything else, for a page: dead-lettered with a reason ({@code http-404}, {@code robots-disallowed},
 *       {@code non-html}, {@code body-too-large}, {@code record-too-large}, {@code address-refused},
 *       {@code undecodable}, {@code retries-exhausted}…); for a feed or sitemap: counted and recorded in the
 *       {@link SourceStatusRecorder} (which logs state changes, not every failed poll).</li>
 * </ul>
 * Feed validators, next polls, retry counts and host pauses live in the fetch state ({@link PollSchedule},
 * {@link Retries}): a restart or a rebalance continues them. Validators are recorded only after a read's items
 * were handed on, so no item announced before a crash is lost.
 */
final class TaskWorker {
    private static final Logger LOG = LoggerFactory.getLogger(TaskWorker.class);
    private final HttpFetcher fetcher;
    private final RobotsCache robots;
    private final HostScheduler scheduler;
    private final FetchStateStore store;
    private final IngestOutput output;
    private final DeadLetters deadLetters;
    private final IngestCounters counters;
    private final Retries retries;
    private PollSchedule polls;
    private final Duration perHostDelay;
    private final Duration maxHostDelay;
    private final Clock clock;
    private final long maxFeedBytes;
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
        this.retries = new Retries(scheduler, retry, ceiling, store, counters, clock);
        this.polls = new PollSchedule(store, new PollInterval(PollInterval.DEFAULT_MIN, PollInterval.DEFAULT_MAX),
                clock);
        this.perHostDelay = perHostDelay;
        this.maxHostDelay = maxHostDelay;
        this.clock = clock;
        this.pages = new PageOutput(output, store, deadLetters, counters, clock, produceRetry);
        this.continuations = new ContinuationFetcher(fetcher, this::robotsHop,
                url -> politeness(robots.decide(url).crawlDelayMs()), walker, pages, scheduler, retry, counters,
                perHostDelay, clock);
    }

    /**
     * @param schedule the poll schedule the service shares with its {@link SourcePoller} (else one of the
     *                 worker's own, with the default bounds); set before the first task
     */
    void pollSchedule(PollSchedule schedule) {
        this.polls = schedule;
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
        } catch (RedirectChainException e) { // a loop or consent wall: later, like a 429 (issue 12 item 5)
            retryLater(host, task, e.reason(), e.reason(), e.getMessage(), null, false, null, politeness, 0);
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
            retryLater(host, task, Retries.TIMEOUT, e.getClass().getName(), e.getMessage(), null, false, null,
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
        return task.kind() == FetchTask.Kind.PAGE ? Map.of() : polls.conditionalHeaders(task.url());
    }

    private void handle(String host, FetchTask task, FetchResponse r, Duration politeness) {
        int s = r.status();
        if (s == 304 && task.kind() != FetchTask.Kind.PAGE) {
            counters.notModified.increment();
            polls.notModified(task.url(), r);
            feedStatus.notModified(task.source(), statusKind(task), task.url());
            scheduler.done(host, task, clock.instant(), politeness);
        } else if (s >= 200 && s < 300 && RedirectClassifier.completed(r.chain()) == RedirectClassifier.Kind.CONSENT) {
            String reason = RedirectClassifier.Kind.CONSENT.reason();
            retryLater(host, task, reason, reason, reason + ": " + RedirectChainException.describe(r.chain()), null,
                    false, null, politeness, 0);
        } else if (s >= 200 && s < 300 && r.truncated() && task.kind() != FetchTask.Kind.PAGE) {
            fail(host, task, "body-too-large", "body-too-large", r.finalUrl() + " is over "
                    + r.body().length + " bytes decoded (" + r.coding() + ")", s, politeness);
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
        String refused = PageOutput.refusal(r);
        if (refused != null) {
            fail(host, task, refused, refused, PageOutput.refusalDetail(r, refused), r.status(), politeness);
            return;
        }
        CharsetSniffer.Decoded d = PageOutput.decode(r);
        if (d.undecodable()) {
            fail(host, task, "undecodable", "undecodable", PageOutput.undecodableDetail(r, d), r.status(), politeness);
            return;
        }
        RawPage page = pages.page(task, r, d);
        var next = walker.begin(task, page);
        if (next.isPresent()) {
            // the following pages are fetched as tasks of their own, after this host's politeness delay
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
        String contentType = r.decodedContentType(); // a gzipped feed was unpacked by the fetcher
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
        Duration next = polls.read(task.url(), r, fresh, true); // before the status, which shows it
        feedStatus.succeeded(task.source(), FeedStatus.FEED, task.url(), parsed.entries().size(), fresh.size());
        LOG.info("source {}: feed {} ({}{}) has {} items, {} new, next poll in {}", task.source(), task.url(),
                parsed.format().wireName(), parsed.repaired() ? ", repaired" : "", parsed.entries().size(),
                fresh.size(), next);
    }

    private void sitemap(FetchTask task, FetchResponse r) {
        SitemapReader.Result result;
        try {
            result = SitemapReader.read(r.body(), r.decodedContentType(), r.finalUrl()); // unpacked if .gz
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
        Duration next = polls.read(task.url(), r, fresh, false);
        feedStatus.succeeded(task.source(), FeedStatus.SITEMAP, task.url(), result.items().size(),
                fresh.size() - result.childSitemaps().size());
        LOG.info("source {}: sitemap {} has {} URLs ({} new) and {} child sitemaps, next poll in {}", task.source(),
                task.url(), result.items().size(), fresh.size() - result.childSitemaps().size(),
                result.childSitemaps().size(), next);
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
            polls.forget(task.url());
            counters.feedErrors.increment();
            LOG.warn("source {}: the {} URLs of {} could not be handed on, read again at the next poll: {}",
                    task.source(), urls.size(), task.url(), e.getMessage());
            return false;
        }
    }

    private void retryLater(String host, FetchTask task, String reason, String exceptionClass, String detail,
                            String retryAfter, boolean pauseHost, Instant fixedAt, Duration politeness,
                            int status) {
        if (!retries.later(host, task, reason, retryAfter, pauseHost, fixedAt, politeness, status)) {
            fail(host, task.retry(clock.instant(), reason), "retries-exhausted", exceptionClass,
                    reason + " after " + (task.attempts() + 1) + " attempts: " + detail, status, politeness);
        }
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
