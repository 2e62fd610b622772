package newsflow.launcher.probe;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.LinkAttributes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The other-language versions and feeds a document points to: a sitemap's {@code xhtml:link rel="alternate"
 * hreflang} per entry (Google's sitemap extension, read by crawler-commons), a page's
 * {@code <link rel="alternate" hreflang>} and its feed links ({@code <link rel="alternate"} with an RSS, Atom or
 * JSON Feed type: feed autodiscovery).
 */
final class Alternates {
    private Alternates() {
    }

    /**
     * @param body        sitemap bytes
     * @param contentType the Content-Type, or null
     * @param sitemapUrl  the sitemap's absolute URL
     * @return each entry's alternates, in document order; empty when the document cannot be read
     */
    static List<ProbeReport.Alternate> ofSitemap(byte[] body, String contentType, String sitemapUrl) {
        List<ProbeReport.Alternate> out = new ArrayList<>();
        try {
            SiteMapParser parser = new SiteMapParser(false);
            parser.enableExtension(Extension.LINKS);
            AbstractSiteMap map = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, body,
                    URI.create(sitemapUrl).toURL());
            if (map.isIndex()) {
                return out;
            }
            for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
                ExtensionMetadata[] links = u.getAttributesForExtension(Extension.LINKS);
                for (ExtensionMetadata m : links == null ? new ExtensionMetadata[0] : links) {
                    LinkAttributes link = (LinkAttributes) m;
                    String rel = link.getParams() == null ? null : link.getParams().get("rel");
                    String lang = link.getParams() == null ? null : link.getParams().get("hreflang");
                    if (link.getHref() != null && lang != null && (rel == null || rel.equalsIgnoreCase("alternate"))) {
                        out.add(new ProbeReport.Alternate(u.getUrl().toString(), lang, link.getHref().toString()));
                    }
                }
            }
        } catch (Exception e) {
            return out; // the sitemap summary reports why it cannot be read
        }
        return out;
    }

    /**
     * @param html    the decoded page
     * @param pageUrl its URL (base of relative links)
     * @return its hreflang alternates
     */
    static List<ProbeReport.Alternate> ofPage(Document html, String pageUrl) {
        List<ProbeReport.Alternate> out = new ArrayList<>();
        for (Element link : html.select("link[rel~=(?i)alternate][hreflang][href]")) {
            out.add(new ProbeReport.Alternate(pageUrl, link.attr("hreflang"), link.absUrl("href").isEmpty()
                    ? link.attr("href") : link.absUrl("href")));
        }
        return out;
    }

    /**
     * @param html the decoded page
     * @return the absolute URLs of the feeds it announces
     */
    static List<String> feedsOf(Document html) {
        List<String> out = new ArrayList<>();
        for (Element link : html.select("link[rel~=(?i)alternate][type][href]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if (type.contains("rss") || type.contains("atom") || type.contains("feed+json")) {
                out.add(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
            }
        }
        return out;
    }

    /**
     * @param text    the decoded page
     * @param pageUrl its URL
     * @return the parsed document (for {@link #ofPage} and {@link #feedsOf})
     */
    static Document parse(String text, String pageUrl) {
        return Jsoup.parse(text, pageUrl);
    }
}
