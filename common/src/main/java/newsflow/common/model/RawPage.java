package newsflow.common.model;

import java.time.Instant;
import java.util.List;

/**
 * A fetched page: the value of the raw-pages topic, keyed by {@link #url() canonical URL}.
 *
 * @param url          canonical URL (fragment and tracking parameters dropped); the record key
 * @param fetchedUrl   the URL finally fetched, after redirects
 * @param source       the source name from the sources file
 * @param fetchedAt    when the response was received (UTC instant)
 * @param status       HTTP status code
 * @param contentType  the Content-Type header, or null
 * @param charset      the charset the body was decoded with (its JDK name, e.g. {@code windows-1256})
 * @param html         the decoded body
 * @param hints        source hints, never null on the wire ({@link SourceHints#NONE})
 * @param discoveredVia the feed, sitemap or listing URL that announced the page, or null
 * @param feedItem     the announcing feed item, or null
 * @param continuations the following pages of a multi-page article (rel=next, same host, same canonical URL),
 *                     in page order, page 2 first; empty for a one-page article (case C24). Never null.
 * @param truncated    true when the page's decoded body was longer than ingest reads ({@code ingest.max.body.bytes},
 *                     or what fits one raw-pages record) and {@code html} holds its beginning only (issue 12);
 *                     false for records written before the field existed
 * @param charsetSource how {@code charset} was decided (WHATWG encoding sniffing, issue 12): {@code bom},
 *                     {@code header}, {@code meta}, {@code detector} or {@code default}; null in records written
 *                     before the field existed
 * @param encodingUncertain true when the charset is a statistical guess of the detector (nothing usable was
 *                     declared): the text may be mis-decoded
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
        FeedItem feedItem,
        List<Continuation> continuations,
        boolean truncated,
        String charsetSource,
        boolean encodingUncertain) {

    /** Normalises a missing list (records written before the field existed) to empty. */
    public RawPage {
        continuations = continuations == null ? List.of() : List.copyOf(continuations);
    }

    /** A fetch whose charset's origin is not known (the record shape before {@code charset_source}). */
    public RawPage(String url, String fetchedUrl, String source, Instant fetchedAt, int status, String contentType,
                   String charset, String html, SourceHints hints, String discoveredVia, FeedItem feedItem,
                   List<Continuation> continuations, boolean truncated) {
        this(url, fetchedUrl, source, fetchedAt, status, contentType, charset, html, hints, discoveredVia, feedItem,
                continuations, truncated, null, false);
    }

    /** A page read whole (the record shape before {@code truncated}). */
    public RawPage(String url, String fetchedUrl, String source, Instant fetchedAt, int status, String contentType,
                   String charset, String html, SourceHints hints, String discoveredVia, FeedItem feedItem,
                   List<Continuation> continuations) {
        this(url, fetchedUrl, source, fetchedAt, status, contentType, charset, html, hints, discoveredVia, feedItem,
                continuations, false);
    }

    /** A one-page fetch (the record shape before {@code continuations}). */
    public RawPage(String url, String fetchedUrl, String source, Instant fetchedAt, int status, String contentType,
                   String charset, String html, SourceHints hints, String discoveredVia, FeedItem feedItem) {
        this(url, fetchedUrl, source, fetchedAt, status, contentType, charset, html, hints, discoveredVia, feedItem,
                List.of(), false);
    }

    /**
     * @param cut the beginning of this page's html, after a cut to fit the record
     * @return this page holding {@code cut}, marked truncated
     */
    public RawPage withTruncatedHtml(String cut) {
        return new RawPage(url, fetchedUrl, source, fetchedAt, status, contentType, charset, cut, hints,
                discoveredVia, feedItem, continuations, true, charsetSource, encodingUncertain);
    }

    /**
     * @param pages the following pages of a multi-page article, page 2 first
     * @return this record carrying them (every other field the same)
     */
    public RawPage withContinuations(List<Continuation> pages) {
        return new RawPage(url, fetchedUrl, source, fetchedAt, status, contentType, charset, html, hints,
                discoveredVia, feedItem, pages, truncated, charsetSource, encodingUncertain);
    }

    /**
     * One following page of a multi-page article, fetched by ingest after the first.
     *
     * @param url        the page URL as linked by rel=next (absolute)
     * @param fetchedUrl the URL finally fetched, after redirects
     * @param html       the decoded body
     */
    public record Continuation(String url, String fetchedUrl, String html) {
    }
}
