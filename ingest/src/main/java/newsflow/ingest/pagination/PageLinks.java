package newsflow.ingest.pagination;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pagination links of one HTML page, as the HTML link types define them (WHATWG HTML §4.6.7): the first
 * {@code rel=next} and whether there is a {@code rel=prev} (on {@code <link>} or {@code <a>}), and the
 * {@code <link rel=canonical>}. Hrefs are resolved against the page URL; an unusable href reads as absent.
 *
 * @param next      the absolute next-page URL, or null
 * @param hasPrev   true when the page links a previous page
 * @param canonical the absolute canonical URL, or null
 */
public record PageLinks(String next, boolean hasPrev, String canonical) {

    /**
     * @param html    the decoded page
     * @param pageUrl the URL the page was fetched from (after redirects), used as the base of relative hrefs
     * @return the page's links; never null
     */
    public static PageLinks read(String html, String pageUrl) {
        Document doc = Jsoup.parse(html == null ? "" : html, pageUrl);
        String next = null;
        boolean prev = false;
        for (Element el : doc.select("link[rel][href], a[rel][href]")) {
            for (String token : el.attr("rel").toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                if (token.equals("next") && next == null) {
                    next = absolute(el);
                } else if (token.equals("prev") || token.equals("previous")) {
                    prev = true;
                }
            }
        }
        Element c = doc.selectFirst("link[rel~=(?i)(^|\\s)canonical(\\s|$)][href]");
        return new PageLinks(next, prev, c == null ? null : absolute(c));
    }

    private static String absolute(Element el) {
        String abs = el.absUrl("href");
        return abs.isBlank() ? null : abs;
    }
}
