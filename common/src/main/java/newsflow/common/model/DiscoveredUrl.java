package newsflow.common.model;

/**
 * A URL found by enrich on a listing page, sent back to ingest: the value of the discovered-urls topic,
 * keyed by the URL.
 *
 * @param url           absolute article URL
 * @param source        the source name of the listing page
 * @param discoveredVia the listing page's URL
 */
public record DiscoveredUrl(String url, String source, String discoveredVia) {
}
