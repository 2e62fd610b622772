package newsflow.launcher.probe;

import java.util.List;

/**
 * What {@code newsflow probe} found out about one feed, sitemap or page: what ingest would do with it. Written as
 * JSON with {@code --json} (snake_case, nulls left out), as text otherwise ({@link ProbeText}).
 *
 * @param target   the URL or file probed
 * @param kind     {@code feed}, {@code sitemap}, {@code page}, or {@code unknown} (neither: ingest would
 *                 dead-letter a page of it as {@code non-html} or fail the poll), {@code not-fetched}
 * @param fetch    the HTTP exchange, or null for a file
 * @param encoding the charset and how it was decided, or null when nothing was read
 * @param feed     the feed's summary when {@code kind} is {@code feed}
 * @param sitemap  the sitemap's summary when {@code kind} is {@code sitemap}
 * @param page     the page's extraction summary when {@code kind} is {@code page}
 * @param poll     the interval a feed or sitemap would be polled at, null for a page
 * @param notes    what else an operator should know (a repaired feed, an undecodable page, a parse error)
 */
public record ProbeReport(String target, String kind, Fetch fetch, Encoding encoding, FeedSummary feed,
                          SitemapSummary sitemap, PageSummary page, Poll poll, List<String> notes) {

    /**
     * @param url           the URL asked for
     * @param finalUrl      the URL of the final response, after redirects
     * @param status        HTTP status (0 when the fetch was refused)
     * @param redirects     redirects followed
     * @param contentType   the Content-Type header, or null
     * @param contentCoding the content codings the fetcher undid ({@code identity}, {@code gzip}, {@code br},
     *                      {@code gzip (sniffed)} for a gzip body whatever its headers said)
     * @param bytes         body size after the content coding is undone, in bytes
     * @param robots        the robots.txt verdict for the URL
     * @param refused       why ingest would not fetch it (e.g. {@code robots-disallowed}, {@code body-too-large}),
     *                      or null
     */
    public record Fetch(String url, String finalUrl, int status, int redirects, String contentType,
                        String contentCoding, long bytes, Robots robots, String refused) {
    }

    /**
     * @param verdict      {@code allowed}, {@code disallowed} or {@code unavailable} (RFC 9309: 5xx or network
     *                     failure, which ingest treats as disallow-all for a while)
     * @param crawlDelayMs the Crawl-delay for ingest's product token, in milliseconds, or null
     */
    public record Robots(String verdict, Long crawlDelayMs) {
    }

    /**
     * @param charset     the charset the text is decoded with
     * @param source      how it was decided: {@code bom}, {@code header}, {@code meta}, {@code xml_prolog},
     *                    {@code detector} or {@code default}
     * @param uncertain   true when a statistical guess decided
     * @param declared    a declared label the bytes contradicted, or null
     * @param undecodable true when the text is mostly U+FFFD: ingest dead-letters such a page
     */
    public record Encoding(String charset, String source, boolean uncertain, String declared, boolean undecodable) {
    }

    /**
     * @param url        the item's link (absolute)
     * @param title      its title, or null
     * @param published  its date as ISO 8601, or null
     * @param rawPubDate the date as written, or null
     * @param robots     robots.txt's verdict for the item when it is on the probed URL's host ({@code allowed},
     *                   {@code disallowed}: ingest would dead-letter it, {@code unavailable}), else null
     */
    public record Item(String url, String title, String published, String rawPubDate, String robots) {
    }

    /**
     * @param format   {@code rss2.0}, {@code rss1.0}, {@code atom} or {@code json}
     * @param title    the feed's title
     * @param repaired true when the XML needed the lenient pre-pass (case C09)
     * @param items    every item, in document order
     */
    public record FeedSummary(String format, String title, boolean repaired, List<Item> items) {
    }

    /**
     * @param urls          every {@code <url>} entry, in document order
     * @param childSitemaps the child sitemaps of a sitemap index
     * @param alternates    the {@code xhtml:link rel="alternate" hreflang} of each entry
     */
    public record SitemapSummary(List<Item> urls, List<String> childSitemaps, List<Alternate> alternates) {
    }

    /**
     * @param of       the URL whose alternate this is (a sitemap entry or the page)
     * @param hreflang the language (BCP 47 tag, or {@code x-default})
     * @param url      the alternate's URL
     */
    public record Alternate(String of, String hreflang, String url) {
    }

    /**
     * @param kind       the page kind enrich gives it ({@code article}, {@code listing}, {@code needs_render}…)
     * @param title      the extracted title
     * @param published  the publication date enrich found, ISO 8601, or null
     * @param source     where that date came from (e.g. {@code meta:article:published_time}), or null
     * @param editions   one per language found
     * @param alternates the page's {@code <link rel="alternate" hreflang>} translations
     * @param feeds      the feeds it links ({@code <link rel="alternate" type="application/rss+xml">}…)
     */
    public record PageSummary(String kind, String title, String published, String source, List<Edition> editions,
                              List<Alternate> alternates, List<String> feeds) {
    }

    /**
     * @param lang       ISO 639-1 code or {@code und}
     * @param title      the edition's title
     * @param share      its share of the page's text, 0..1
     * @param paragraphs how many paragraphs it holds
     * @param words      how many whitespace-separated words
     */
    public record Edition(String lang, String title, double share, int paragraphs, int words) {
    }

    /**
     * The adaptive re-poll of ingest (issue 12) for a new source at the sources file's default {@code poll_interval}.
     *
     * @param interval     ISO 8601 duration until the second poll (the first is at once): the source's interval
     *                     within {@code ingest.poll.interval.min.ms}..{@code max.ms}
     * @param next         the interval after a poll that finds new items, as this first read of a new source does
     *                     (halved, never below what the publisher declares)
     * @param declared     the longest refresh interval the publisher declares ({@code Cache-Control: max-age},
     *                     {@code <ttl>}, {@code <sy:updatePeriod>}), or null
     * @param cacheControl the response's Cache-Control header, or null
     */
    public record Poll(String interval, String next, String declared, String cacheControl) {
    }
}
