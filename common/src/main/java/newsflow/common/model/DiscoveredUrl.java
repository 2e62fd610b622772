package newsflow.common.model;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;

/**
 * A URL for ingest to fetch: the value of the discovered-urls topic, ingest's frontier. Keyed by the URL's host
 * ({@link #hostKey(String)}), so that every URL of one host lands on one partition and the ingest instance owning
 * that partition makes every request to the host (issue 11). Written by enrich (article links on listing pages,
 * the first page of a multi-page article) and by ingest itself (feed and sitemap items, child sitemaps).
 *
 * @param url           absolute URL as announced
 * @param source        the source name
 * @param discoveredVia the listing page, feed or sitemap that announced it, or null
 * @param feedItem      the announcing feed or sitemap item, or null (links from listing pages)
 * @param kind          {@code "page"} (or null) for a page, {@code "sitemap"} for a child sitemap of an index,
 *                      {@code "feed"} for a feed an HTML page named with {@code <link rel="alternate">} where a feed
 *                      was expected (feed autodiscovery)
 */
public record DiscoveredUrl(String url, String source, String discoveredVia, FeedItem feedItem, String kind) {
    /** {@link #kind} of a child sitemap named by a sitemap index. */
    public static final String SITEMAP = "sitemap";
    /** {@link #kind} of a feed found by autodiscovery on an HTML page given as a feed. */
    public static final String FEED = "feed";

    /**
     * A page link without an announcing item (enrich's listing links).
     *
     * @param url           absolute URL
     * @param source        the source name
     * @param discoveredVia the listing page's URL
     */
    public DiscoveredUrl(String url, String source, String discoveredVia) {
        this(url, source, discoveredVia, null, null);
    }

    /** @return true when this is a child sitemap rather than a page (not a bean getter: not serialised) */
    public boolean sitemap() {
        return SITEMAP.equals(kind);
    }

    /** @return true when this is an autodiscovered feed rather than a page (not serialised) */
    public boolean feed() {
        return FEED.equals(kind);
    }

    /** @return true for a feed or a sitemap, fetched under its own host rather than as a page (not serialised) */
    public boolean document() {
        return sitemap() || feed();
    }

    /**
     * The record key of a URL on the discovered-urls topic: its host as ingest's URL canonicaliser writes it
     * (the unit of politeness of ingest's host scheduler): lower-cased, IDNA ASCII form, no trailing dot, no port,
     * a mobile or AMP mirror prefix ({@code m.}, {@code mobile.}, {@code amp.}) removed when two labels remain. A
     * URL without a parsable host keys as itself (ingest dead-letters it as {@code bad-url}). Ingest re-routes a
     * record whose key does not name the host of its canonical URL, so a differing producer costs a hop, no
     * correctness.
     *
     * @param url an absolute URL
     * @return the host key, never null
     */
    public static String hostKey(String url) {
        String host;
        try {
            host = URI.create(url.trim().replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            return url;
        }
        if (host == null || host.isEmpty()) {
            return url;
        }
        host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        for (String prefix : new String[] {"m.", "mobile.", "amp."}) {
            if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                return host.substring(prefix.length());
            }
        }
        return host;
    }
}
