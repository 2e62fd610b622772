package newsflow.launcher.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The other-language versions and feeds a page points to: its {@code <link rel="alternate" hreflang>} and its
 * feed links ({@code <link rel="alternate"} with an RSS, Atom or JSON Feed type: feed autodiscovery). A sitemap's
 * alternates are {@link newsflow.ingest.sitemap.SitemapReader}'s, as ingest reads them.
 */
final class Alternates {
    private Alternates() {
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
