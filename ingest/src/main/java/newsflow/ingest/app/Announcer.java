package newsflow.ingest.app;

import java.util.List;
import newsflow.common.model.DiscoveredUrl;
import newsflow.common.model.SourceHints;

/**
 * Where the URLs a feed or sitemap announces go. In the service: the discovered-urls topic, keyed by host, so
 * the instance owning each host fetches it ({@link IngestOutput#discovered}, issue 11); in single-process tests:
 * straight into this process's {@link UrlAdmission}.
 */
@FunctionalInterface
interface Announcer {
    /**
     * @param urls  the URLs announced, in document order
     * @param hints the hints of the announcing source
     * @throws IngestOutput.ProduceException when they could not all be handed on (the feed is then read again
     *                                       in full at its next poll)
     */
    void announce(List<DiscoveredUrl> urls, SourceHints hints) throws IngestOutput.ProduceException;

    /**
     * @param admission this process's admission
     * @return an announcer that queues every URL here
     */
    static Announcer local(UrlAdmission admission) {
        return (urls, hints) -> {
            for (DiscoveredUrl d : urls) {
                if (d.document()) {
                    admission.admitDocument(d.sitemap() ? newsflow.ingest.fetch.FetchTask.Kind.SITEMAP
                            : newsflow.ingest.fetch.FetchTask.Kind.FEED, d.url(), d.source(), hints, d.discoveredVia());
                } else {
                    admission.admitPage(d.url(), d.feedItem(), d.source(), hints, d.discoveredVia());
                }
            }
        };
    }
}
