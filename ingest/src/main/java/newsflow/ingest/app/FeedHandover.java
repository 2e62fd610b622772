package newsflow.ingest.app;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import newsflow.common.model.DiscoveredUrl;
import newsflow.common.model.FeedItem;
import newsflow.common.model.FeedStatus;
import newsflow.ingest.feed.ArchiveCursor;
import newsflow.ingest.feed.FeedEntry;
import newsflow.ingest.feed.FeedParseException;
import newsflow.ingest.feed.FeedParser;
import newsflow.ingest.feed.ParsedFeed;
import newsflow.ingest.feed.PollSelection;
import newsflow.ingest.fetch.FetchResponse;
import newsflow.ingest.fetch.FetchTask;
import newsflow.ingest.poll.PollSchedule;
import newsflow.ingest.sitemap.SitemapReader;
import newsflow.ingest.state.FetchStateStore;
import newsflow.ingest.status.SourceStatusRecorder;
import newsflow.ingest.url.UrlCanonicalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a fetched feed or sitemap and hands its items over for fetching ({@link Announcer}: the host-keyed frontier
 * topic in the service), at most {@code ingest.feed.max.items.per.poll} per poll, newest first
 * ({@link PollSelection}); the rest is taken over the following polls, {@link ArchiveCursor one cursor} per
 * document remembering what is in flight, kept in the fetch state with the document's poll state
 * ({@link PollSchedule#cursor}), so the archive continues where it stood after a restart or a rebalance. Items
 * that could not be read (a malformed item, a document cut short) are counted by reason
 * ({@code newsflow_ingest_feed_items_skipped_total}), logged at WARN when the damage changes, and recorded in the
 * source status. An HTML page given as a feed is reported as such, and the feeds it names with
 * {@code <link rel="alternate">} are handed over to be read in its place (feed autodiscovery, one level: a feed so
 * found that is HTML again is not followed). Called by fetch workers concurrently.
 */
final class FeedHandover {
    private static final Logger LOG = LoggerFactory.getLogger(FeedHandover.class);
    private final Announcer announcer;
    private final FetchStateStore store;
    private final IngestCounters counters;
    private final SourceStatusRecorder status;
    private final int maxItemsPerPoll;
    /** URL → the skipped items of its last read, so a feed broken the same way is logged once, not every poll. */
    private final Map<String, String> lastDamage = new ConcurrentHashMap<>();

    /**
     * @param announcer       where the items go
     * @param store           the fetch state (items already fetched are not handed over again)
     * @param counters        the service's counters
     * @param status          the source-status recorder
     * @param maxItemsPerPoll the most items of one document handed over per poll
     */
    FeedHandover(Announcer announcer, FetchStateStore store, IngestCounters counters, SourceStatusRecorder status,
                 int maxItemsPerPoll) {
        this.announcer = announcer;
        this.store = store;
        this.counters = counters;
        this.status = status;
        this.maxItemsPerPoll = maxItemsPerPoll;
    }

    /**
     * @param task  the feed task
     * @param r     its 2xx response (possibly cut at the feed byte cap)
     * @param polls where the read is recorded: validators and the next poll; the validators are forgotten when
     *              items are left for later polls or could not be handed on, so the next poll reads it in full
     */
    void feed(FetchTask task, FetchResponse r, PollSchedule polls) {
        ZoneId zone = task.hints() == null || task.hints().timeZone() == null ? null
                : ZoneId.of(task.hints().timeZone());
        ParsedFeed parsed;
        try {
            parsed = FeedParser.parse(r.body(), r.decodedContentType(), r.finalUrl(), zone); // gzip unpacked
        } catch (FeedParseException e) {
            unreadable(task, r, FeedStatus.FEED, e.getMessage());
            return;
        }
        if (parsed.html()) {
            htmlPage(task, r, parsed, polls);
            return;
        }
        if (parsed.entries().isEmpty() && parsed.skippedCount() > 0) {
            unreadable(task, r, FeedStatus.FEED, "no item of the " + parsed.format().wireName()
                    + " feed could be read: skipped " + parsed.skipped());
            return;
        }
        counters.feedsPolled.increment();
        PollSelection.Result<FeedEntry> sel = PollSelection.select(parsed.entries(), FeedEntry::link,
                FeedEntry::published, polls.cursor(task.url()), maxItemsPerPoll, this::alreadyFetched);
        List<DiscoveredUrl> fresh = new ArrayList<>();
        for (FeedEntry e : sel.handed()) {
            fresh.add(new DiscoveredUrl(e.link(), task.source(), task.url(), e.toFeedItem(parsed.repaired()), null));
        }
        String kind = parsed.format().wireName() + (parsed.repaired() ? ", repaired" : "");
        handedOver(task, r, polls, FeedStatus.FEED, kind, fresh, sel, parsed.skipped(), parsed.truncated());
    }

    /**
     * @param task  the sitemap task
     * @param r     its 2xx response
     * @param polls as for {@link #feed}
     */
    void sitemap(FetchTask task, FetchResponse r, PollSchedule polls) {
        SitemapReader.Result result;
        try {
            result = SitemapReader.read(r.body(), r.decodedContentType(), r.finalUrl()); // unpacked if .gz
        } catch (IOException | RuntimeException e) {
            unreadable(task, r, FeedStatus.SITEMAP, "unreadable: " + e.getMessage());
            return;
        }
        counters.feedsPolled.increment();
        PollSelection.Result<FeedItem> sel = PollSelection.select(result.items(), FeedItem::url, FeedItem::published,
                polls.cursor(task.url()), maxItemsPerPoll, this::alreadyFetched);
        List<DiscoveredUrl> fresh = new ArrayList<>();
        for (FeedItem item : sel.handed()) {
            fresh.add(new DiscoveredUrl(item.url(), task.source(), task.url(), item, null));
        }
        long alternates = sel.handed().stream().filter(i -> i.alternateOf() != null).count();
        for (String child : result.childSitemaps()) {
            fresh.add(new DiscoveredUrl(child, task.source(), task.url(), null, DiscoveredUrl.SITEMAP));
        }
        String kind = result.childSitemaps().size() + " child sitemaps, " + alternates + " language alternates new";
        handedOver(task, r, polls, FeedStatus.SITEMAP, kind, fresh, sel, result.skipped(), result.truncated());
    }

    private void handedOver(FetchTask task, FetchResponse r, PollSchedule polls, String statusKind, String what,
                            List<DiscoveredUrl> fresh, PollSelection.Result<?> sel, Map<String, Integer> skipped,
                            boolean truncated) {
        if (!announce(task, fresh)) {
            polls.forget(task.url());
            return;
        }
        Duration next = polls.read(task.url(), r, fresh, statusKind.equals(FeedStatus.FEED), sel.next()); // first
        if (sel.left() > 0) {
            polls.forget(task.url()); // no 304 while items are left: the next poll reads the document in full
        }
        int skippedCount = skipped.values().stream().mapToInt(Integer::intValue).sum();
        skipped.forEach((reason, n) -> counters.feedItemsSkipped(reason).increment(n));
        StringJoiner note = new StringJoiner("; ");
        if (skippedCount > 0) {
            note.add(skippedCount + " items skipped " + skipped);
        }
        if (truncated) {
            note.add("the document ends early (byte cap or broken transfer): the complete items before were read");
        }
        if (sel.left() > 0) {
            note.add(sel.left() + " items left for later polls (at most " + maxItemsPerPoll + " per poll)");
        }
        status.succeeded(task.source(), statusKind, task.url(), sel.listed(), sel.handed().size(), skippedCount,
                note.length() == 0 ? null : note.toString());
        String damage = skippedCount > 0 || truncated ? skipped + (truncated ? " cut" : "") : "";
        if (!damage.equals(lastDamage.put(task.url(), damage)) && !damage.isEmpty()) {
            LOG.warn("source {}: {} {} ({}): {} items read, {}", task.source(), statusKind, task.url(), what,
                    sel.listed(), note);
        } else {
            LOG.info("source {}: {} {} ({}) has {} items, {} handed over{}, next poll in {}", task.source(),
                    statusKind, task.url(), what, sel.listed(), sel.handed().size(),
                    sel.left() > 0 ? ", " + note : "", next);
        }
    }

    private void htmlPage(FetchTask task, FetchResponse r, ParsedFeed parsed, PollSchedule polls) {
        List<String> links = parsed.feedLinks();
        if (links.isEmpty() || task.discoveredVia() != null) {
            counters.feedErrors.increment();
            status.failed(task.source(), FeedStatus.FEED, task.url(), "html-page", "this is an HTML page, not a feed, "
                    + (links.isEmpty() ? "and it names no feed with <link rel=\"alternate\">"
                    : "found by autodiscovery on " + task.discoveredVia() + "; its feed links " + links
                    + " are not followed further"));
            return;
        }
        List<DiscoveredUrl> feeds = new ArrayList<>();
        for (String link : links) {
            feeds.add(new DiscoveredUrl(link, task.source(), task.url(), null, DiscoveredUrl.FEED));
        }
        if (!announce(task, feeds)) {
            return;
        }
        polls.read(task.url(), r, List.of(), true, ArchiveCursor.EMPTY); // its next poll, before the status
        polls.forget(task.url()); // read again at every poll, so the feeds it names are polled as often
        String note = "this is an HTML page, not a feed; it names " + links.size() + " feeds, read in its place: "
                + links;
        status.succeeded(task.source(), FeedStatus.FEED, task.url(), 0, 0, 0, note);
        LOG.info("source {}: {}: {}", task.source(), task.url(), note);
    }

    /**
     * A document of which nothing could be read: {@code malformed}, or {@code body-too-large} when it was cut at the
     * cap (a decompression bomb, or a document whose first item does not end before the cap).
     */
    private void unreadable(FetchTask task, FetchResponse r, String kind, String detail) {
        counters.feedErrors.increment();
        if (r.truncated()) {
            status.failed(task.source(), kind, task.url(), "body-too-large", r.finalUrl() + " is over "
                    + r.body().length + " bytes decoded (" + r.coding() + ") and nothing before the cap is readable: "
                    + detail);
        } else {
            status.failed(task.source(), kind, task.url(), "malformed", detail);
        }
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

    /** Hands the URLs on; false when that failed (a broker outage): the next poll reads the document in full. */
    private boolean announce(FetchTask task, List<DiscoveredUrl> urls) {
        try {
            announcer.announce(urls, task.hints());
            return true;
        } catch (IngestOutput.ProduceException e) {
            counters.feedErrors.increment();
            LOG.warn("source {}: the {} URLs of {} could not be handed on, read again at the next poll: {}",
                    task.source(), urls.size(), task.url(), e.getMessage());
            return false;
        }
    }
}
