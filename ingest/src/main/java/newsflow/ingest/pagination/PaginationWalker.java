package newsflow.ingest.pagination;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import newsflow.common.model.RawPage;
import newsflow.common.serde.Json;
import newsflow.common.topic.Topics;
import newsflow.ingest.fetch.FetchTask;
import newsflow.ingest.url.UrlCanonicalizer;

/**
 * Follows the pages of a multi-page article from its first page (case C24), one fetch task at a time, so that
 * each following page goes through the same polite path as any page (host scheduler, per-host delay,
 * robots.txt on every hop): the first page starts a walk and yields a {@link FetchTask.Kind#CONTINUATION} task
 * for its {@code rel=next}; each continuation either yields the next task or ends the walk with one
 * {@link RawPage} keyed on the first page, carrying the pages in order. The walk stops, keeping what it has, at
 * the first of:
 * <ol>
 *   <li>no {@code rel=next}, or one on another host ({@code last-page}, {@code other-host});</li>
 *   <li>a next page already visited ({@code loop});</li>
 *   <li>{@code maxPages} pages in all ({@code max-pages});</li>
 *   <li>a page whose declared canonical URL differs from the first page's ({@code other-canonical}: that page is
 *       not kept);</li>
 *   <li>a page that would make the record larger than {@link #DEFAULT_MAX_RECORD_BYTES} ({@code byte-budget}:
 *       not kept);</li>
 *   <li>a page that cannot be fetched or is not HTML (the caller passes the reason to {@link #stop}).</li>
 * </ol>
 * A first page that itself continues another page ({@code rel=prev} and a canonical URL naming another page)
 * starts no walk: enrich classifies it as a continuation. Walks live in memory: after a crash the first page,
 * never recorded as fetched, is fetched again. Thread-safe.
 */
public final class PaginationWalker {

    /**
     * The largest raw-pages record a walk builds: the topic's {@code max.message.bytes} less 64 KiB for the
     * record's key, headers and batch overhead.
     */
    public static final int DEFAULT_MAX_RECORD_BYTES = Topics.MAX_MESSAGE_BYTES - 64 * 1024;

    /** A walk in progress. */
    private static final class Walk {
        final FetchTask first;
        final RawPage page;
        final String canonical;
        final String host;
        final Set<String> visited = new HashSet<>();
        final List<RawPage.Continuation> pages = new ArrayList<>();

        Walk(FetchTask first, RawPage page, String canonical, String host) {
            this.first = first;
            this.page = page;
            this.canonical = canonical;
            this.host = host;
        }

        RawPage record() {
            return page.withContinuations(pages);
        }
    }

    /**
     * What a fetched continuation page leads to: the next task to queue, or the finished record.
     *
     * @param next       the next continuation task, or null when the walk ended
     * @param finished   the record to produce when the walk ended, else null
     * @param firstTask  the first page's task (for the fetch state and dead letters)
     * @param stopReason why the walk ended ({@code last-page}, {@code loop}…), or null when it goes on
     */
    public record Step(FetchTask next, RawPage finished, FetchTask firstTask, String stopReason) {
    }

    private final int maxPages;
    private final int maxRecordBytes;
    private final Map<String, Walk> walks = new ConcurrentHashMap<>();

    /**
     * @param maxPages       the most pages of one article, the first included (1 turns pagination off)
     * @param maxRecordBytes the largest serialized record a walk builds, in bytes
     */
    public PaginationWalker(int maxPages, int maxRecordBytes) {
        this.maxPages = maxPages;
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * @param key a page's canonical URL (record key)
     * @return true while a walk from that page is in progress (a second fetch of the page is pointless)
     */
    public boolean walking(String key) {
        return walks.containsKey(key);
    }

    /**
     * @param task the first page's task
     * @param page the fetched first page
     * @return the continuation task to queue (the walk started), or empty: produce {@code page} as it is
     */
    public Optional<FetchTask> begin(FetchTask task, RawPage page) {
        if (maxPages < 2) {
            return Optional.empty();
        }
        PageLinks links = PageLinks.read(page.html(), page.fetchedUrl());
        String canonical = links.canonical() == null ? task.key() : canon(links.canonical());
        if (links.next() == null || links.hasPrev() && !Objects.equals(canonical, task.key())) {
            return Optional.empty();
        }
        Walk w = new Walk(task, page, canonical, host(page.fetchedUrl()));
        w.visited.add(task.key());
        w.visited.add(canon(page.fetchedUrl()));
        String next = acceptableNext(w, links.next());
        if (next == null) {
            return Optional.empty();
        }
        walks.put(task.key(), w);
        return Optional.of(continuation(task, next));
    }

    /**
     * @param task       the continuation task that was fetched
     * @param fetchedUrl the URL finally fetched, after redirects
     * @param html       the decoded page
     * @return the next task, or the finished record
     * @throws IllegalStateException when no walk belongs to the task
     */
    public Step advance(FetchTask task, String fetchedUrl, String html) {
        Walk w = walk(task);
        PageLinks links = PageLinks.read(html, fetchedUrl);
        if (links.canonical() != null && !canon(links.canonical()).equals(w.canonical)) {
            return end(w, "other-canonical");
        }
        w.pages.add(new RawPage.Continuation(task.url(), fetchedUrl, html));
        if (size(w.record()) > maxRecordBytes) {
            w.pages.remove(w.pages.size() - 1);
            return end(w, "byte-budget");
        }
        w.visited.add(canon(task.url()));
        w.visited.add(canon(fetchedUrl));
        if (w.pages.size() + 1 >= maxPages) {
            return end(w, "max-pages");
        }
        if (links.next() == null) {
            return end(w, "last-page");
        }
        String next = acceptableNext(w, links.next());
        if (next == null) {
            return end(w, w.visited.contains(canon(links.next())) ? "loop" : "other-host");
        }
        return new Step(continuation(w.first, next), null, w.first, null);
    }

    /**
     * Ends a walk whose continuation could not be fetched: the pages so far make the record.
     *
     * @param task   the continuation task
     * @param reason why (e.g. {@code http-404}, {@code robots-disallowed})
     * @return the finished record
     * @throws IllegalStateException when no walk belongs to the task
     */
    public Step stop(FetchTask task, String reason) {
        return end(walk(task), reason);
    }

    /**
     * @param reason a stop reason
     * @return true when the walk ended early because the next page did not fit the record-size budget
     */
    public static boolean isBudgetStop(String reason) {
        return "byte-budget".equals(reason);
    }

    private Walk walk(FetchTask task) {
        Walk w = walks.get(task.key());
        if (w == null) {
            throw new IllegalStateException("no pagination walk for " + task.key());
        }
        return w;
    }

    private Step end(Walk w, String reason) {
        walks.remove(w.first.key());
        return new Step(null, w.record(), w.first, reason);
    }

    /** @return the next URL when on the walk's host and not yet visited, else null */
    private static String acceptableNext(Walk w, String next) {
        String key;
        try {
            key = UrlCanonicalizer.canonicalize(next);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!w.host.equals(host(next)) || w.visited.contains(key)) {
            return null;
        }
        return next;
    }

    private static FetchTask continuation(FetchTask first, String url) {
        // due at once: a walk in progress goes before the host's other queued pages (the politeness delay still
        // applies), so that a later page also announced on its own is fetched by the walk first and then skipped
        return new FetchTask(FetchTask.Kind.CONTINUATION, url, first.key(), first.source(), first.hints(),
                first.discoveredVia(), first.feedItem(), 0, Instant.EPOCH, null);
    }

    private static String canon(String url) {
        try {
            return UrlCanonicalizer.canonicalize(url);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String host(String url) {
        try {
            return UrlCanonicalizer.hostOf(url);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static int size(RawPage page) {
        try {
            return Json.mapper().writeValueAsBytes(page).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("raw page cannot be written as JSON", e);
        }
    }
}
