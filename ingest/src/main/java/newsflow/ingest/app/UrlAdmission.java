package newsflow.ingest.app;

import java.time.Clock;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.FeedItem;
import newsflow.common.model.SourceHints;
import newsflow.ingest.fetch.FetchTask;
import newsflow.ingest.fetch.HostScheduler;
import newsflow.ingest.state.FetchStateStore;
import newsflow.ingest.state.Requeue;
import newsflow.ingest.url.UrlCanonicalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gate every announced URL passes (feed item, sitemap entry, discovered link): canonicalise (C31), skip it
 * when the fetch state already holds a final outcome for the canonical URL (unless a dead-letter replay re-queued a
 * dead-lettered page: {@link Requeue}), otherwise queue it on its host. A
 * URL that cannot be canonicalised (malformed, not http(s)) is dead-lettered with reason {@code bad-url}.
 */
final class UrlAdmission {
    private static final Logger LOG = LoggerFactory.getLogger(UrlAdmission.class);
    private final HostScheduler scheduler;
    private final FetchStateStore store;
    private final DeadLetters deadLetters;
    private final IngestCounters counters;
    private final Clock clock;

    UrlAdmission(HostScheduler scheduler, FetchStateStore store, DeadLetters deadLetters, IngestCounters counters,
                 Clock clock) {
        this.scheduler = scheduler;
        this.store = store;
        this.deadLetters = deadLetters;
        this.counters = counters;
        this.clock = clock;
    }

    /**
     * @param url           the link as given
     * @param item          the announcing feed or sitemap item, or null (discovered on a listing page)
     * @param source        source name
     * @param hints         source hints
     * @param discoveredVia feed, sitemap or listing URL
     * @return true when a new task was queued
     */
    boolean admitPage(String url, FeedItem item, String source, SourceHints hints, String discoveredVia) {
        if (url == null) {
            LOG.debug("item without link in {} skipped: {}", discoveredVia, item == null ? null : item.title());
            return false;
        }
        String key;
        String host;
        try {
            key = UrlCanonicalizer.canonicalize(url);
            host = UrlCanonicalizer.hostOf(key);
        } catch (IllegalArgumentException e) {
            deadLetters.write(url, new DeadLetter(url, source, "fetch", "bad-url", e.getMessage(),
                    clock.instant()), "bad-url", null);
            return false;
        }
        if (store.isDone(key) && !(Requeue.VIA.equals(discoveredVia) && store.isDeadLetteredOrRequeued(key))) {
            // a replayed dead letter passes even when this instance has not yet read the requeued state
            counters.skippedAlreadyFetched.increment();
            return false;
        }
        // a page retrying when its last owner stopped keeps its attempts and next attempt (issue 12)
        return scheduler.add(host, Retries.resume(store.get(key), new FetchTask(FetchTask.Kind.PAGE, url, key, source,
                hints, discoveredVia, item, 0, clock.instant(), null)));
    }

    /**
     * @param kind   FEED or SITEMAP
     * @param url    the feed or sitemap URL
     * @param source source name
     * @param hints  source hints
     * @param via    the sitemap index that named it, or null
     * @return true when queued (false when it is already queued or malformed)
     */
    boolean admitDocument(FetchTask.Kind kind, String url, String source, SourceHints hints, String via) {
        try {
            String host = UrlCanonicalizer.hostOf(url);
            return scheduler.add(host, new FetchTask(kind, url, url, source, hints, via, null, 0, clock.instant(),
                    null));
        } catch (IllegalArgumentException e) {
            LOG.warn("source {}: {} URL {} is malformed: {}", source, kind, url, e.getMessage());
            counters.feedErrors.increment();
            return false;
        }
    }
}
