package newsflow.common.model;

import java.time.Instant;

/**
 * A fetched page: the value of the raw-pages topic, keyed by {@link #url() canonical URL}.
 *
 * @param url          canonical URL (fragment and tracking parameters dropped); the record key
 * @param fetchedUrl   the URL finally fetched, after redirects
 * @param source       the source name from the sources file
 * @param fetchedAt    when the response was received (UTC instant)
 * @param status       HTTP status code
 * @param contentType  the Content-Type header, or null
 * @param charset      the charset the body was decoded with (header, BOM or meta)
 * @param html         the decoded body
 * @param hints        source hints, never null on the wire ({@link SourceHints#NONE})
 * @param discoveredVia the feed, sitemap or listing URL that announced the page, or null
 * @param feedItem     the announcing feed item, or null
 */
public record RawPage(
        String url,
        String fetchedUrl,
        String source,
        Instant fetchedAt,
        int status,
        String contentType,
        String charset,
        String html,
        SourceHints hints,
        String discoveredVia,
        FeedItem feedItem) {
}
