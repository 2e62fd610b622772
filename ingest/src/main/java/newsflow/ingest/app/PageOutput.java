package newsflow.ingest.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.RawPage;
import newsflow.common.serde.Json;
import newsflow.ingest.charset.CharsetSniffer;
import newsflow.ingest.fetch.FetchResponse;
import newsflow.ingest.fetch.FetchTask;
import newsflow.ingest.pagination.PaginationWalker;
import newsflow.ingest.state.FetchState;
import newsflow.ingest.state.FetchStateStore;
import newsflow.ingest.url.UrlCanonicalizer;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a fetched page ends: produced to raw-pages and recorded {@code fetched} (with every following page of a
 * multi-page article it carries, so that none is fetched again on its own), or dead-lettered with stage
 * {@code fetch} and a reason. A transient producer failure is retried until the broker acknowledges
 * ({@link ProduceRetry}, issue 11): no terminal state, no loss; only a non-retriable one dead-letters the page,
 * with what a replay needs in the letter's detail (fetched URL, announcing feed, status, content type, size).
 * It also builds the record of a fetched page ({@link #page}): a text page whose decoded body was cut at
 * {@code ingest.max.body.bytes}, or whose text does not fit one raw-pages record, is kept cut and marked
 * {@code truncated} (issue 12). Leaves the host scheduler alone. Thread-safe when its parts are.
 */
final class PageOutput {
    private static final Logger LOG = LoggerFactory.getLogger(PageOutput.class);

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
     * @param r a 2xx response to a page request
     * @return why it cannot be stored as a page ({@code body-too-large}: a binary body over the cap;
     *         {@code non-html}: a Content-Type other than HTML), or null
     */
    static String refusal(FetchResponse r) {
        if (r.truncated() && !r.isText()) {
            return "body-too-large";
        }
        String type = r.header("content-type").orElse(null);
        return type != null && !type.toLowerCase(Locale.ROOT).contains("html") ? "non-html" : null;
    }

    /**
     * @param r      the response
     * @param reason what {@link #refusal} said
     * @return the dead letter's detail
     */
    static String refusalDetail(FetchResponse r, String reason) {
        String type = r.header("content-type").orElse(null);
        return reason.equals("non-html") ? r.finalUrl() + " has Content-Type " + type
                : r.finalUrl() + " has a body (" + type + ", " + r.coding() + ") over " + r.body().length
                        + " bytes decoded";
    }

    /**
     * @param r a 2xx response that {@link #refusal} accepts
     * @return its body decoded as browsers do ({@link CharsetSniffer#sniff}: BOM, header, meta, detector)
     */
    static CharsetSniffer.Decoded decode(FetchResponse r) {
        return CharsetSniffer.sniff(r.body(), r.header("content-type").orElse(null));
    }

    /**
     * @param r the response
     * @param d its decoding, {@link CharsetSniffer.Decoded#undecodable() undecodable}
     * @return the {@code undecodable} dead letter's detail: URL, charset and how it was decided, counts, first bytes
     */
    static String undecodableDetail(FetchResponse r, CharsetSniffer.Decoded d) {
        return r.finalUrl() + " " + d.undecodableDetail(r.body()) + ", content type "
                + r.header("content-type").orElse(null);
    }

    /**
     * @param task the page's task
     * @param r    a 2xx response that {@link #refusal} accepts
     * @param d    its body decoded ({@link #decode})
     * @return its record with the charset and how it was decided, cut and marked truncated when the body was cut at
     *         the cap or its text does not fit one raw-pages record
     */
    RawPage page(FetchTask task, FetchResponse r, CharsetSniffer.Decoded d) {
        String contentType = r.header("content-type").orElse(null);
        RawPage page = new RawPage(task.key(), r.finalUrl(), task.source(), clock.instant(), r.status(),
                contentType, d.charset(), r.truncated() ? withoutCutCharacter(d.text()) : d.text(), task.hints(),
                task.discoveredVia(), task.feedItem(), List.of(), r.truncated(), d.source().wireName(),
                d.uncertain());
        page = fitted(page, PaginationWalker.DEFAULT_MAX_RECORD_BYTES);
        if (page.truncated()) {
            LOG.info("{}: stored cut to {} characters ({} bytes read, {})", r.finalUrl(), page.html().length(),
                    r.body().length, r.coding());
        }
        return page;
    }

    /**
     * @param text text decoded from bytes cut at an arbitrary byte
     * @return the text without the replacement characters the cut through a multi-byte character left at its end
     */
    static String withoutCutCharacter(String text) {
        int end = text.length();
        while (end > 0 && end > text.length() - 4 && text.charAt(end - 1) == '\uFFFD') {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * @param page     a one-page record
     * @param maxBytes the largest serialized record
     * @return the page, its html cut (at a character boundary, marked truncated) until its JSON fits
     *         {@code maxBytes}
     */
    static RawPage fitted(RawPage page, int maxBytes) {
        String html = page.html();
        if (html == null || (long) html.length() * 6 + 64 * 1024 <= maxBytes) {
            return page; // fits even at six bytes a character (a JSON escape of a control character)
        }
        RawPage p = page;
        for (int round = 0; round < 8; round++) {
            long size;
            try {
                size = Json.mapper().writeValueAsBytes(p).length;
            } catch (JsonProcessingException e) {
                return p; // serialised again when produced: that failure is dead-lettered there
            }
            if (size <= maxBytes) {
                return p;
            }
            int keep = (int) (p.html().length() * ((double) maxBytes / size) * 0.98);
            if (keep > 0 && Character.isHighSurrogate(p.html().charAt(keep - 1))) {
                keep--;
            }
            p = p.withTruncatedHtml(p.html().substring(0, Math.max(0, keep)));
        }
        return p;
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
