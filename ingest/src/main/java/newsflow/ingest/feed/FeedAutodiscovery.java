package newsflow.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Feed autodiscovery on an HTML page given where a feed was expected: the {@code <link rel="alternate">} elements
 * whose type names a feed format — {@code application/rss+xml} (RSS Advisory Board, "RSS Autodiscovery"),
 * {@code application/atom+xml} (RFC 4287 §7), {@code application/feed+json} and the older
 * {@code application/json} (JSON Feed 1.1), {@code application/rdf+xml} (RSS 1.0) — in page order, each href resolved
 * against the page URL or its {@code <base href>}; duplicates, links to the page itself and non-http(s) links left
 * out.
 */
public final class FeedAutodiscovery {
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/feed+json", "application/json", "application/rdf+xml");

    private FeedAutodiscovery() {
    }

    /**
     * @param html    the page text
     * @param pageUrl the page's absolute URL
     * @return the absolute feed URLs the page names, in page order (empty when none)
     */
    public static List<String> feedLinks(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl);
        List<String> out = new ArrayList<>();
        for (Element link : doc.select("link[rel][type][href]")) {
            List<String> rels = List.of(link.attr("rel").toLowerCase(Locale.ROOT).trim().split("\\s+"));
            String type = link.attr("type").toLowerCase(Locale.ROOT).split(";")[0].trim();
            String href = link.absUrl("href");
            if (rels.contains("alternate") && FEED_TYPES.contains(type) && !out.contains(href)
                    && !href.equals(pageUrl) && (href.startsWith("http://") || href.startsWith("https://"))) {
                out.add(href);
            }
        }
        return out;
    }
}
