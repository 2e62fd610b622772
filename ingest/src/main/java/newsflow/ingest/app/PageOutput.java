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
 * {@code fetch} and a reason. Leaves the host scheduler alone. Thread-safe when its parts are.
 */
final class PageOutput {
    private final IngestOutput output;
    private final FetchStateStore store;
    private final DeadLetters deadLetters;
    private final IngestCounters counters;
    private final Clock clock;

    PageOutput(IngestOutput output, FetchStateStore store, DeadLetters deadLetters, IngestCounters counters,
               Clock clock) {
        this.output = output;
        this.store = store;
        this.deadLetters = deadLetters;
        this.counters = counters;
        this.clock = clock;
    }

    /**
     * Produces a page (a one-page article or a finished multi-page walk) and records it fetched; a producer
     * failure dead-letters it instead ({@code record-too-large}, {@code produce-failed}).
     *
     * @param task   the page's task (its key is the record key)
     * @param page   the record
     * @param status the HTTP status of the first page
     */
    void produce(FetchTask task, RawPage page, int status) {
        try {
            output.rawPage(page);
        } catch (IngestOutput.ProduceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String reason = cause instanceof RecordTooLargeException ? "record-too-large" : "produce-failed";
            deadLetter(task, reason, cause.getClass().getName(), e.getMessage(), status);
            return;
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
    }

    /**
     * @param task           the page's task
     * @param reason         reason code, e.g. {@code http-404}
     * @param exceptionClass the exception class, or the reason
     * @param detail         human-readable detail
     * @param status         the HTTP status, or 0 when there was no response
     */
    void deadLetter(FetchTask task, String reason, String exceptionClass, String detail, int status) {
        counters.pageGivenUp(reason);
        Instant now = clock.instant();
        deadLetters.write(task.key(), new DeadLetter(task.key(), task.source(), "fetch", reason, detail, now),
                exceptionClass, new FetchState(task.key(), FetchState.PAGE, FetchState.DEAD_LETTERED,
                        status, now, Math.max(1, task.attempts())));
    }

    private static String canonicalOrNull(String url) {
        try {
            return UrlCanonicalizer.canonicalize(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
