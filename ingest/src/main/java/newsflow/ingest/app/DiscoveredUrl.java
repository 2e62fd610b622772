package newsflow.ingest.app;

/**
 * The value of the discovered-urls topic: a URL enrich found on a listing page.
 *
 * @param url           the article URL
 * @param source        the source name of the listing page
 * @param discoveredVia the listing page URL
 */
public record DiscoveredUrl(String url, String source, String discoveredVia) {
}
