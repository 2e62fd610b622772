package newsflow.ingest.sitemap;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import newsflow.common.model.FeedItem;

/**
 * Reads one sitemap document with crawler-commons' {@link SiteMapParser} (sitemaps.org protocol, sitemap
 * indexes, text and RSS/Atom sitemaps) with the Google News extension enabled. A {@code <url>} becomes a
 * {@link FeedItem}: the title is {@code news:title}; the date is {@code news:publication_date}, else
 * {@code lastmod}, written as ISO 8601 with its offset (the raw text is not kept by crawler-commons, so
 * {@code raw_pubdate} holds the same ISO text). An index yields the URLs of its child sitemaps, which the
 * caller fetches (politely, through robots) and reads in turn. Parsing is lenient (non-strict) so URLs on
 * another host than the sitemap are kept; the caller decides what to fetch.
 */
public final class SitemapReader {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /**
     * @param items          the page items, in document order
     * @param childSitemaps  the sitemap URLs of an index (empty for a plain sitemap)
     */
    public record Result(List<FeedItem> items, List<String> childSitemaps) {
    }

    private SitemapReader() {
    }

    /**
     * @param body        the sitemap bytes (gzip is detected by crawler-commons from the content type or URL)
     * @param contentType the Content-Type header, or null ({@code text/xml} is then assumed)
     * @param sitemapUrl  the absolute sitemap URL
     * @return items and child sitemaps
     * @throws IOException when the document is not a sitemap crawler-commons can read
     */
    public static Result read(byte[] body, String contentType, String sitemapUrl) throws IOException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        URL url;
        try {
            url = URI.create(sitemapUrl).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IOException("bad sitemap URL " + sitemapUrl, e);
        }
        AbstractSiteMap map;
        try {
            String ct = contentType == null ? "text/xml" : contentType;
            map = parser.parseSiteMap(ct, body, url);
        } catch (UnknownFormatException e) {
            throw new IOException("sitemap " + sitemapUrl + " has an unknown format: " + e.getMessage(), e);
        }
        List<FeedItem> items = new ArrayList<>();
        List<String> children = new ArrayList<>();
        if (map.isIndex()) {
            for (AbstractSiteMap child : ((SiteMapIndex) map).getSitemaps()) {
                children.add(child.getUrl().toString());
            }
        } else {
            for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
                items.add(toItem(u));
            }
        }
        return new Result(items, children);
    }

    private static FeedItem toItem(SiteMapURL u) {
        String title = null;
        String date = null;
        ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
            for (ExtensionMetadata m : news) {
                if (m instanceof NewsAttributes) {
                    NewsAttributes n = (NewsAttributes) m;
                    title = n.getTitle();
                    if (n.getPublicationDateTime() != null) {
                        date = ISO.format(n.getPublicationDateTime());
                    }
                }
            }
        }
        if (date == null && u.getLastModified() != null) {
            date = ISO.format(u.getLastModified().toInstant().atOffset(ZoneOffset.UTC));
        }
        return new FeedItem(u.getUrl().toString(), title, date, date, false);
    }
}
