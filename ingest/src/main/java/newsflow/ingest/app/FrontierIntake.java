package newsflow.ingest.app;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import newsflow.common.model.DiscoveredUrl;
import newsflow.common.model.SourceHints;
import newsflow.ingest.fetch.FetchTask;
import newsflow.ingest.fetch.HostScheduler;
import newsflow.ingest.state.FetchStateLoader;
import newsflow.ingest.state.FetchStateStore;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest side of the frontier (issue 11): turns discovered-urls records into tasks of the hosts this instance
 * owns, finishes their offsets when the tasks finish, and follows the group's rebalances so that a host is
 * fetched from by one instance at a time.
 * <ul>
 *   <li>A record whose key is not the host of its canonical URL (written before the topic was keyed by host, or
 *       by a producer that canonicalises differently) is produced again under the right key, then finished.</li>
 *   <li>A record whose URL is queued already waits for that task ({@link FrontierOffsets#attach}); one whose URL
 *       the fetch state holds, or that is malformed (dead-lettered as {@code bad-url}), is finished at once.</li>
 *   <li>Revoked partitions: their hosts' queued tasks are dropped (the new owner reads them again from the last
 *       commit), their requests in flight are awaited (at most {@code inFlightWait}) and the producer flushed, so
 *       the new owner finds them in the fetch state; then the reader commits.</li>
 *   <li>Assigned partitions: the fetch state is read up to its end first (what the previous owner fetched is
 *       not fetched again, its retry counts, validators and next polls continue), every host waits one politeness
 *       delay (the previous owner's last request), and a host pause the fetch state holds is restored.</li>
 * </ul>
 * Runs on the service loop thread, except {@link #taskFinished} (workers).
 */
final class FrontierIntake implements DiscoveredUrlsReader.Rebalance {
    private static final Logger LOG = LoggerFactory.getLogger(FrontierIntake.class);
    private final HostScheduler scheduler;
    private final UrlAdmission admission;
    private final FetchStateStore store;
    private final FetchStateLoader stateReader;
    private final IngestOutput output;
    private final Function<String, SourceHints> hints;
    private final Clock clock;
    private final Duration handOverHold;
    private final Duration inFlightWait;
    private DiscoveredUrlsReader reader;

    /**
     * @param scheduler    this instance's frontier
     * @param admission    the gate of announced URLs
     * @param store        the fetch state
     * @param stateReader  the fetch-state topic reader
     * @param output       the producer
     * @param hints        source name → its hints
     * @param clock        time source
     * @param handOverHold how long a newly owned host waits before its first request (the per-host delay)
     * @param inFlightWait how long a revocation waits for the requests in flight (a request's time budget)
     */
    FrontierIntake(HostScheduler scheduler, UrlAdmission admission, FetchStateStore store,
                   FetchStateLoader stateReader, IngestOutput output, Function<String, SourceHints> hints,
                   Clock clock, Duration handOverHold, Duration inFlightWait) {
        this.scheduler = scheduler;
        this.admission = admission;
        this.store = store;
        this.stateReader = stateReader;
        this.output = output;
        this.hints = hints;
        this.clock = clock;
        this.handOverHold = handOverHold;
        this.inFlightWait = inFlightWait;
    }

    /** @param reader the discovered-urls reader whose records this takes (set once, before its first poll) */
    void reader(DiscoveredUrlsReader reader) {
        this.reader = reader;
    }

    /**
     * @param kind a task kind
     * @param key  the task key
     * @return the key records wait on: a multi-page walk's following pages finish the first page's task
     */
    static String taskKey(FetchTask.Kind kind, String key) {
        return switch (kind) {
            case PAGE, CONTINUATION -> "page " + key;
            case SITEMAP -> "sitemap " + key;
            case FEED -> "feed " + key;
        };
    }

    /** @param task a task the scheduler finished: the records waiting on it are finished (any thread) */
    void taskFinished(FetchTask task) {
        if (reader != null) {
            reader.offsets().finishTask(taskKey(task.kind(), task.key()));
        }
    }

    /**
     * @param host a host as the scheduler names it ({@link HostOwnership#hostOf})
     * @return true when the group assigned this instance the host's partition
     */
    boolean owns(String host) {
        Set<TopicPartition> assigned = reader.assignment();
        return !assigned.isEmpty() && HostOwnership.owns(host, reader.topic(), reader.partitionCount(), assigned);
    }

    /**
     * @param d      a record of the discovered-urls topic
     * @param origin where it was read
     */
    void admit(DiscoveredUrl d, FrontierOffsets.Origin origin) {
        FrontierOffsets offsets = reader.offsets();
        String host = HostOwnership.hostOf(d.url(), d.document());
        int partitions = reader.partitionCount();
        if (partitions > 0 && HostOwnership.partitionOf(host, partitions) != origin.partition().partition()) {
            try {
                output.discovered(List.of(d));
                offsets.finish(origin);
                LOG.debug("{} re-routed from {} to its host's partition", d.url(), origin);
                return;
            } catch (IngestOutput.ProduceException e) {
                LOG.warn("{} read from {} could not be re-routed to its host's partition, fetched here: {}",
                        d.url(), origin, e.getMessage());
            }
        }
        FetchTask.Kind kind = d.sitemap() ? FetchTask.Kind.SITEMAP
                : d.feed() ? FetchTask.Kind.FEED : FetchTask.Kind.PAGE;
        String key = d.document() ? d.url() : canonicalOrNull(d.url());
        SourceHints h = hints.apply(d.source());
        if (key == null) {
            admission.admitPage(d.url(), d.feedItem(), d.source(), h, d.discoveredVia()); // dead-letters bad-url
            offsets.finish(origin);
            return;
        }
        String taskKey = taskKey(kind, key);
        offsets.attach(taskKey, origin);
        if (d.document()) {
            admission.admitDocument(kind, d.url(), d.source(), h, d.discoveredVia());
        } else {
            admission.admitPage(d.url(), d.feedItem(), d.source(), h, d.discoveredVia());
        }
        if (!scheduler.contains(kind, key)) {
            offsets.finishTask(taskKey); // already fetched, or finished while being admitted
        }
    }

    @Override
    public void revoked(Collection<TopicPartition> partitions, boolean lost) {
        int count = reader.partitionCount();
        if (count <= 0) {
            return;
        }
        Set<Integer> moved = partitions.stream().map(TopicPartition::partition).collect(Collectors.toSet());
        Predicate<String> movedHost = h -> moved.contains(HostOwnership.partitionOf(h, count));
        int dropped = scheduler.drop(movedHost).size();
        if (!lost) {
            long deadline = System.nanoTime() + inFlightWait.toNanos();
            while (scheduler.busy(movedHost) && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            dropped += scheduler.drop(movedHost).size(); // retries put back by the requests that were in flight
            output.flush(); // fetch states and pages of the moved hosts, before the offsets are committed
        }
        LOG.info("hosts of discovered-urls partitions {} handed over{}: {} queued tasks dropped (read again by "
                + "their new owner)", moved, lost ? " (lost)" : "", dropped);
    }

    @Override
    public void assigned(Collection<TopicPartition> partitions) {
        int learned = stateReader.catchUp(inFlightWait, store::learn);
        scheduler.holdAll(clock.instant().plus(handOverHold));
        int count = reader.partitionCount();
        Set<Integer> taken = partitions.stream().map(TopicPartition::partition).collect(Collectors.toSet());
        int paused = count <= 0 ? 0 : Retries.restorePauses(store, scheduler,
                h -> taken.contains(HostOwnership.partitionOf(h, count)), clock.instant());
        LOG.info("discovered-urls partitions {} taken over: {} fetch states read first, {} host pauses restored",
                partitions, learned, paused);
    }

    private static String canonicalOrNull(String url) {
        try {
            return newsflow.ingest.url.UrlCanonicalizer.canonicalize(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
