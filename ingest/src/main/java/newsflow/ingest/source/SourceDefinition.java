package newsflow.ingest.source;

import java.time.Duration;
import java.util.List;
import newsflow.common.model.SourceHints;

/**
 * One validated source of the sources file.
 *
 * @param name         unique source name (the {@code source} field of every record)
 * @param feeds        feed URLs (RSS 2.0, RSS 1.0, Atom, JSON Feed)
 * @param sitemaps     sitemap or sitemap-index URLs
 * @param pollInterval time between two polls of the feeds and sitemaps
 * @param hints        language, time zone and date order hints for enrichment
 */
public record SourceDefinition(String name, List<String> feeds, List<String> sitemaps, Duration pollInterval,
                               SourceHints hints) {
}
