package newsflow.ingest.app;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import newsflow.common.model.FeedStatus;
import newsflow.common.model.RawPage;
import newsflow.ingest.charset.CharsetSniffer;
import newsflow.ingest.feed.PollSelection;
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
import newsflow.ingest.state.FetchStateStore;
import newsflow.ingest.status.SourceStatusRecorder;
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
 *   <li>2xx feed / sitemap (read up to the feed byte cap, not refused beyond it): its items not fetched yet, at
 *       most a poll's budget, and every child sitemap announced ({@link FeedHandover}, {@link Announcer}: the
 *       host-keyed frontier topic, so the owner of each host fetches it, issue 11);
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
    private final FeedHandover documents;

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
        this(fetcher, robots, scheduler, store, output, deadLetters, admission, counters, retry, ceiling,
                perHostDelay, maxHostDelay, maxFeedBytes, clock, walker, announcer, produceRetry, status,
                PollSelection.DEFAULT_MAX_ITEMS);
    }

    /** As above, handing at most {@code maxItemsPerPoll} items of one feed or sitemap over per poll. */
    TaskWorker(HttpFetcher fetcher, RobotsCache robots, HostScheduler scheduler, FetchStateStore store,
               IngestOutput output, DeadLetters deadLetters, UrlAdmission admission, IngestCounters counters,
               RetryPolicy retry, Duration ceiling, Duration perHostDelay, Duration maxHostDelay, long maxFeedBytes,
               Clock clock, PaginationWalker walker, Announcer announcer, ProduceRetry produceRetry,
               SourceStatusRecorder status, int maxItemsPerPoll) {
        this.documents = new FeedHandover(announcer, store, counters, status, maxItemsPerPoll);
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
        if (d.refusedAddress() != null) { // the host's own address is refused: final, like a refused page hop
            throw new FetchRefusedException("address-refused", "robots.txt for " + url + ": " + d.refusedAddress());
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
        } else if (s >= 200 && s < 300) {
            switch (task.kind()) {
                case PAGE:
                    page(host, task, r, politeness);
                    break;
                case FEED:
                    documents.feed(task, r, polls); // a feed over the cap is read up to it (issue 12)
                    scheduler.done(host, task, clock.instant(), politeness);
                    break;
                default:
                    documents.sitemap(task, r, polls);
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
