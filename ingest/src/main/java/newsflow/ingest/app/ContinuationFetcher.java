package newsflow.ingest.app;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import newsflow.common.model.RawPage;
import newsflow.ingest.charset.CharsetSniffer;
import newsflow.ingest.fetch.FetchRefusedException;
import newsflow.ingest.fetch.FetchResponse;
import newsflow.ingest.fetch.FetchTask;
import newsflow.ingest.fetch.HostScheduler;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.fetch.RetryPolicy;
import newsflow.ingest.pagination.PaginationWalker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link FetchTask.Kind#CONTINUATION} task: fetches a following page of a multi-page article (robots.txt
 * on every hop, like any page) and hands it to the {@link PaginationWalker}, which queues the next page or ends
 * the walk; an ended walk is produced through {@link PageOutput} under the first page's key. A retryable failure
 * (408, 425, 429, 5xx, timeout, network error) is retried like a page ({@link RetryPolicy#mayRetry}, the host
 * paused for 429 / 503) while the walk waits; any other failure, or the last attempt, ends the walk with the pages so far
 * (logged with its reason). A walk cut short by the record-size budget is counted
 * ({@code newsflow.ingest.pagination.budget.stops}).
 */
final class ContinuationFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(ContinuationFetcher.class);
    private final HttpFetcher fetcher;
    private final HttpFetcher.HopCheck hopCheck;
    private final Function<String, Duration> politenessOf;
    private final PaginationWalker walker;
    private final PageOutput pages;
    private final HostScheduler scheduler;
    private final RetryPolicy retry;
    private final IngestCounters counters;
    private final Duration perHostDelay;
    private final Clock clock;

    ContinuationFetcher(HttpFetcher fetcher, HttpFetcher.HopCheck hopCheck, Function<String, Duration> politenessOf,
                        PaginationWalker walker, PageOutput pages, HostScheduler scheduler, RetryPolicy retry,
                        IngestCounters counters, Duration perHostDelay, Clock clock) {
        this.fetcher = fetcher;
        this.hopCheck = hopCheck;
        this.politenessOf = politenessOf;
        this.walker = walker;
        this.pages = pages;
        this.scheduler = scheduler;
        this.retry = retry;
        this.counters = counters;
        this.perHostDelay = perHostDelay;
        this.clock = clock;
    }

    /**
     * @param host the task's host, busy in the scheduler until this returns
     * @param task the continuation task
     */
    void run(String host, FetchTask task) {
        Duration politeness = perHostDelay;
        PaginationWalker.Step step;
        try {
            long started = System.nanoTime();
            FetchResponse r = fetcher.fetch(task.url(), Map.of(), hopCheck);
            counters.fetchTimer.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
            politeness = politenessOf.apply(task.url());
            int s = r.status();
            String contentType = r.header("content-type").orElse(null);
            if (RetryPolicy.RETRYABLE.contains(s)
                    && retryLater(host, task, "http-" + s, s, r.header("retry-after").orElse(null),
                    RetryPolicy.PAUSE_HOST.contains(s), politeness)) {
                return;
            }
            if (s < 200 || s >= 300) {
                step = walker.stop(task, "http-" + s);
            } else if (r.truncated()) {
                step = walker.stop(task, "body-too-large"); // the walk keeps the pages so far
            } else if (contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("html")) {
                step = walker.stop(task, "non-html");
            } else {
                CharsetSniffer.Decoded d = CharsetSniffer.sniff(r.body(), contentType);
                step = d.undecodable() ? walker.stop(task, "undecodable")
                        : walker.advance(task, r.finalUrl(), d.text());
            }
        } catch (FetchRefusedException e) {
            step = walker.stop(task, e.reason());
        } catch (IOException e) {
            if (retryLater(host, task, "network-error", 0, null, false, politeness)) {
                return;
            }
            step = walker.stop(task, "network-error");
        } catch (RuntimeException e) {
            LOG.error("unexpected failure on {}", task.url(), e);
            step = walker.stop(task, "internal-error");
        }
        if (step.next() != null) {
            scheduler.doneThen(host, task, step.next(), clock.instant(), politeness);
            return;
        }
        RawPage page = step.finished();
        if (PaginationWalker.isBudgetStop(step.stopReason())) {
            counters.paginationBudgetStops.increment();
            LOG.warn("{}: following pages stop at {} ({} pages): the next would exceed the record size",
                    page.url(), task.url(), page.continuations().size() + 1);
        } else {
            LOG.info("{}: {} pages ({} at {})", page.url(), page.continuations().size() + 1, step.stopReason(),
                    task.url());
        }
        if (pages.produce(step.firstTask(), page, page.status()) == PageOutput.Outcome.UNFINISHED) {
            // shutting down during a broker outage: the walk's host stays busy and its discovered-urls record
            // uncommitted, so the next owner fetches the article again; nothing is recorded
            return;
        }
        scheduler.done(host, task, clock.instant(), politeness);
    }

    /** @return true when the task was requeued for another attempt (the walk waits) */
    private boolean retryLater(String host, FetchTask task, String reason, int status, String retryAfter,
                               boolean pauseHost, Duration politeness) {
        int made = task.attempts() + 1;
        if (!retry.mayRetry(made, status)) {
            return false;
        }
        Instant now = clock.instant();
        Instant at = retry.retryAt(made, retryAfter, now);
        scheduler.requeue(host, task.retry(at, reason), pauseHost ? at : now.plus(politeness), pauseHost);
        counters.retriesScheduled.increment();
        LOG.info("following page {} ({}), attempt {}: retry at {}", task.url(), reason, made, at);
        return true;
    }
}
