package newsflow.ingest.app;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import newsflow.ingest.fetch.FetchTask;
import newsflow.ingest.poll.PollSchedule;
import newsflow.ingest.source.SourceDefinition;

/**
 * Queues the feeds and sitemaps of the sources file when they are due: each document at its source's poll
 * interval, and in follow mode only the documents whose host this instance owns ({@link HostOwnership}), so
 * each feed is polled by one instance of the group (issue 11). A drain polls every document once. When a
 * document is due is the {@link PollSchedule}'s to say (adaptive, and kept in the fetch state, so a restart or a
 * host's new owner keeps it, issue 12). Polls are scheduled by the service loop thread only;
 * {@link #nextPollOf} may be read from any thread.
 */
final class SourcePoller {
    private final Supplier<List<SourceDefinition>> sources;
    private final UrlAdmission admission;
    private final PollSchedule schedule;

    /**
     * @param sources   the current sources
     * @param admission where the documents are queued
     * @param schedule  when each document is due
     */
    SourcePoller(Supplier<List<SourceDefinition>> sources, UrlAdmission admission, PollSchedule schedule) {
        this.sources = sources;
        this.admission = admission;
        this.schedule = schedule;
    }

    /**
     * Queues every feed and sitemap now (a drain); a follow afterwards waits each source's interval.
     *
     * @param now the current instant
     */
    void pollAll(Instant now) {
        pollDue(now, host -> true, true);
    }

    /**
     * @param now      the current instant
     * @param ownsHost whether this instance fetches from a host
     */
    void pollDue(Instant now, Predicate<String> ownsHost) {
        pollDue(now, ownsHost, false);
    }

    private void pollDue(Instant now, Predicate<String> ownsHost, boolean all) {
        for (SourceDefinition s : sources.get()) {
            for (String feed : s.feeds()) {
                pollIfDue(FetchTask.Kind.FEED, feed, s, now, ownsHost, all);
            }
            for (String sitemap : s.sitemaps()) {
                pollIfDue(FetchTask.Kind.SITEMAP, sitemap, s, now, ownsHost, all);
            }
        }
    }

    private void pollIfDue(FetchTask.Kind kind, String url, SourceDefinition s, Instant now,
                           Predicate<String> ownsHost, boolean all) {
        if (!ownsHost.test(HostOwnership.hostOf(url, true))) {
            return;
        }
        Instant due = schedule.dueAt(url);
        if (all || due == null || !now.isBefore(due)) {
            admission.admitDocument(kind, url, s.name(), s.hints(), null);
            schedule.queued(url, s.pollInterval(), now);
        }
    }

    /**
     * @param ownsHost whether this instance fetches from a host
     * @return the names of the sources of which this instance polls at least one feed or sitemap
     */
    List<String> owned(Predicate<String> ownsHost) {
        return sources.get().stream()
                .filter(s -> Stream.concat(s.feeds().stream(), s.sitemaps().stream())
                        .anyMatch(u -> ownsHost.test(HostOwnership.hostOf(u, true))))
                .map(SourceDefinition::name).toList();
    }

    /**
     * @param source a source name
     * @return the earliest next poll of the source's feeds and sitemaps this instance polls, or null when it
     *         polls none of them (yet)
     */
    Instant nextPollOf(String source) {
        Instant best = null;
        for (SourceDefinition s : sources.get()) {
            if (!s.name().equals(source)) {
                continue;
            }
            for (String url : (Iterable<String>) Stream.concat(s.feeds().stream(), s.sitemaps().stream())::iterator) {
                Instant due = schedule.dueAt(url);
                if (due != null && (best == null || due.isBefore(best))) {
                    best = due;
                }
            }
        }
        return best;
    }
}
