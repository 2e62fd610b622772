package newsflow.ingest.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import newsflow.common.model.DiscoveredUrl;
import newsflow.ingest.feed.ArchiveCursor;
import newsflow.ingest.fetch.FetchResponse;
import newsflow.ingest.state.FetchState;
import newsflow.ingest.state.FetchStateStore;

/**
 * When each feed and sitemap is polled next and with which conditional-GET validators, kept in the fetch state
 * ({@link FetchState#documentKey}) so that both survive a restart and move with a rebalance: the new owner of a
 * host has read the fetch-state topic (issue 12 item 7). After each read the interval adapts
 * ({@link PollInterval}, {@link FeedCadence}). Validators are recorded only once the document's items were
 * handed on, and forgotten when that failed, so a 304 never hides an item that was not queued. The document's
 * {@link ArchiveCursor} is kept in the same record, so a large archive continues where it stood. Thread-safe:
 * the service loop asks when documents are due, fetch workers record the polls.
 */
public final class PollSchedule {
    private final FetchStateStore store;
    private final PollInterval policy;
    private final Clock clock;
    /** URL → the source's poll_interval, for the documents of the sources file (child sitemaps have none). */
    private final Map<String, Duration> sourceIntervals = new ConcurrentHashMap<>();
    /** URL → next poll, as decided by this instance since it started (else the fetch state's). */
    private final Map<String, Instant> due = new ConcurrentHashMap<>();
    /** URL → the unfetched item links of its last read: an item listed again is not news. In memory only. */
    private final Map<String, Set<String>> lastFresh = new ConcurrentHashMap<>();

    /**
     * @param store  the fetch state
     * @param policy the interval adaptation
     * @param clock  time source
     */
    public PollSchedule(FetchStateStore store, PollInterval policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * @param url a feed or sitemap URL
     * @return when it is due: as this instance scheduled it, else as the fetch state holds it (a restart, a
     *         host taken over), else null (due now)
     */
    public Instant dueAt(String url) {
        Instant d = due.get(url);
        return d != null ? d : state(url).map(FetchState::nextAt).orElse(null);
    }

    /**
     * A document of the sources file was queued: it is due again one interval later unless its poll decides
     * otherwise.
     *
     * @param url            the feed or sitemap URL
     * @param sourceInterval the source's {@code poll_interval}
     * @param now            the current instant
     */
    public void queued(String url, Duration sourceInterval, Instant now) {
        sourceIntervals.put(url, sourceInterval);
        due.put(url, now.plus(policy.initial(interval(url), sourceInterval)));
    }

    /**
     * @param url a feed or sitemap URL
     * @return If-None-Match / If-Modified-Since from its last full read (RFC 9110 §13.1.2, §13.1.3), or none
     */
    public Map<String, String> conditionalHeaders(String url) {
        Map<String, String> h = new HashMap<>();
        state(url).ifPresent(s -> {
            if (s.etag() != null) {
                h.put("If-None-Match", s.etag());
            }
            if (s.lastModified() != null) {
                h.put("If-Modified-Since", s.lastModified());
            }
        });
        return h;
    }

    /**
     * A full read whose items were handed on: records its validators and the next poll. The read found news when
     * it lists an item not fetched yet that the previous read of this instance did not list (an item still
     * waiting for its fetch, or failing, is not news twice).
     *
     * @param url   the feed or sitemap URL
     * @param r     the response
     * @param fresh the items of the read not fetched yet (child sitemaps are not items)
     * @param feed  true for a feed (its channel head may declare a cadence), false for a sitemap
     * @param cursor where the document's archive stands after this read (the items handed over, in flight)
     * @return the interval until the next poll, or null for a document outside the sources file
     */
    public Duration read(String url, FetchResponse r, List<DiscoveredUrl> fresh, boolean feed,
                         ArchiveCursor cursor) {
        Set<String> links = fresh.stream().filter(d -> !d.sitemap()).map(DiscoveredUrl::url)
                .collect(Collectors.toSet());
        Set<String> before = lastFresh.put(url, links);
        boolean foundNew = before == null ? !links.isEmpty() : !before.containsAll(links);
        FeedCadence cadence = feed ? FeedCadence.read(r.body(), r.header("cache-control").orElse(null))
                : FeedCadence.read(null, r.header("cache-control").orElse(null));
        return record(url, r.status(), r.header("etag").orElse(null), r.header("last-modified").orElse(null),
                foundNew, cadence.floor(), cursor.encoded());
    }

    /**
     * A 304: the validators stay (updated when the server sent new ones), the interval grows.
     *
     * @param url the feed or sitemap URL
     * @param r   the 304 response
     * @return the interval until the next poll, or null for a document outside the sources file
     */
    public Duration notModified(String url, FetchResponse r) {
        FetchState s = state(url).orElse(null);
        String etag = r.header("etag").orElse(s == null ? null : s.etag());
        String modified = r.header("last-modified").orElse(s == null ? null : s.lastModified());
        return record(url, r.status(), etag, modified, false,
                FeedCadence.read(null, r.header("cache-control").orElse(null)).floor(),
                s == null ? null : s.archive());
    }

    /**
     * The read's items could not be handed on: its validators are forgotten, so the next poll reads it in full.
     *
     * @param url the feed or sitemap URL
     */
    public void forget(String url) {
        state(url).ifPresent(s -> store.record(FetchState.documentKey(url), new FetchState(url, FetchState.DOCUMENT,
                FetchState.POLLED, s.status(), clock.instant(), 0, null, null, s.nextAt(), s.intervalMs(),
                null, s.archive())));
    }

    /**
     * @param url a feed or sitemap URL
     * @return where its archive stood after its last read, as the fetch state holds it (written by this instance,
     *         read back at start, or learnt from the host's previous owner); {@link ArchiveCursor#EMPTY} if none
     */
    public ArchiveCursor cursor(String url) {
        return state(url).map(FetchState::archive).map(ArchiveCursor::decode).orElse(ArchiveCursor.EMPTY);
    }

    private Duration record(String url, int status, String etag, String lastModified, boolean foundNew,
                            Duration declared, String archive) {
        Instant now = clock.instant();
        Duration source = sourceIntervals.get(url);
        Duration next = source == null ? null : policy.next(interval(url), source, foundNew, declared);
        Instant at = next == null ? null : now.plus(next);
        if (at != null) {
            due.put(url, at);
        }
        store.record(FetchState.documentKey(url), new FetchState(url, FetchState.DOCUMENT, FetchState.POLLED,
                status, now, 0, etag, lastModified, at, next == null ? null : next.toMillis(), null, archive));
        return next;
    }

    private Duration interval(String url) {
        return state(url).map(FetchState::intervalMs).map(Duration::ofMillis).orElse(null);
    }

    private java.util.Optional<FetchState> state(String url) {
        return store.get(FetchState.documentKey(url));
    }
}
