package newsflow.ingest.app;

import java.time.Clock;
import java.time.Instant;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.RawPage;
import newsflow.ingest.fetch.FetchTask;
import newsflow.ingest.state.FetchState;
import newsflow.ingest.state.FetchStateStore;
import newsflow.ingest.url.UrlCanonicalizer;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * Where a fetched page ends: produced to raw-pages and recorded {@code fetched} (with every following page of a
 * multi-page article it carries, so that none is fetched again on its own), or dead-lettered with stage
 * {@code fetch} and a reason. A transient producer failure is retried until the broker acknowledges
 * ({@link ProduceRetry}, issue 11): no terminal state, no loss; only a non-retriable one dead-letters the page,
 * with what a replay needs in the letter's detail (fetched URL, announcing feed, status, content type, size).
 * Leaves the host scheduler alone. Thread-safe when its parts are.
 */
final class PageOutput {
    /** What became of a page. */
    enum Outcome {
        /** In raw-pages, recorded {@code fetched}. */
        PRODUCED,
        /** In the dead-letter topic, recorded {@code dead-lettered}. */
        DEAD_LETTERED,
        /** Neither (shutdown during a broker outage): the task stays unfinished and is read again. */
        UNFINISHED
    }

    private final IngestOutput output;
    private final FetchStateStore store;
    private final DeadLetters deadLetters;
    private final IngestCounters counters;
    private final Clock clock;
    private final ProduceRetry retry;

    PageOutput(IngestOutput output, FetchStateStore store, DeadLetters deadLetters, IngestCounters counters,
               Clock clock, ProduceRetry retry) {
        this.retry = retry;
        this.output = output;
        this.store = store;
        this.deadLetters = deadLetters;
        this.counters = counters;
        this.clock = clock;
    }

    /**
     * Produces a page (a one-page article or a finished multi-page walk) and records it fetched; a transient
     * producer failure is retried as long as it lasts; a non-retriable one dead-letters the page instead
     * ({@code record-too-large}, {@code produce-failed}).
     *
     * @param task   the page's task (its key is the record key)
     * @param page   the record
     * @param status the HTTP status of the first page
     * @return what became of the page
     */
    Outcome produce(FetchTask task, RawPage page, int status) {
        try {
            retry.run("raw page " + task.key(), () -> output.rawPage(page));
        } catch (IngestOutput.ProduceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (ProduceRetry.isTransient(cause)) {
                return Outcome.UNFINISHED; // shutting down during an outage
            }
            String reason = cause instanceof RecordTooLargeException ? "record-too-large" : "produce-failed";
            boolean written = deadLetter(task, reason, cause.getClass().getName(), e.getMessage() + "; to replay: "
                    + replayDetail(page), status);
            return written ? Outcome.DEAD_LETTERED : Outcome.UNFINISHED;
        }
        Instant now = clock.instant();
        store.record(task.key(), new FetchState(task.key(), FetchState.PAGE, FetchState.FETCHED, status, now,
                task.attempts() + 1));
        for (RawPage.Continuation c : page.continuations()) {
            String key = canonicalOrNull(c.url());
            if (key != null && !key.equals(task.key())) {
                store.record(key, new FetchState(key, FetchState.PAGE, FetchState.FETCHED, status, now, 1));
            }
        }
        counters.fetched.increment();
        counters.continuationPages.increment(page.continuations().size());
        return Outcome.PRODUCED;
    }

    private static String replayDetail(RawPage page) {
        return "fetched_url=" + page.fetchedUrl() + ", source=" + page.source() + ", discovered_via="
                + page.discoveredVia() + ", feed_item=" + (page.feedItem() == null ? null : page.feedItem().url())
                + ", status=" + page.status() + ", content_type=" + page.contentType() + ", charset="
                + page.charset() + ", html_chars=" + (page.html() == null ? 0 : page.html().length())
                + ", continuations=" + page.continuations().size();
    }

    /**
     * @param task           the page's task
     * @param reason         reason code, e.g. {@code http-404}
     * @param exceptionClass the exception class, or the reason
     * @param detail         human-readable detail
     * @param status         the HTTP status, or 0 when there was no response
     * @return true when written; false when the dead letter could not be produced (the task stays unfinished)
     */
    boolean deadLetter(FetchTask task, String reason, String exceptionClass, String detail, int status) {
        Instant now = clock.instant();
        boolean written = deadLetters.write(task.key(),
                new DeadLetter(task.key(), task.source(), "fetch", reason, detail, now), exceptionClass,
                new FetchState(task.key(), FetchState.PAGE, FetchState.DEAD_LETTERED, status, now,
                        Math.max(1, task.attempts())));
        if (written) {
            counters.pageGivenUp(reason);
        }
        return written;
    }

    private static String canonicalOrNull(String url) {
        try {
            return UrlCanonicalizer.canonicalize(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
