package newsflow.enrich.extract;

import java.net.URI;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Heuristic 10 (pagination, case C24): the next page of a multi-page article — {@code <link rel=next>} or an
 * {@code <a rel=next>} — resolved against the page URL and kept only on the same host and when it differs from
 * the page itself. Joining the pages is {@link MultiPageJoiner}'s job.
 */
final class NextPageLink {

    /**
     * @param doc the parsed page, before cleaning
     * @param url the page URL, or null (then relative links cannot be resolved and none is returned)
     * @return the absolute next-page URL, or null
     */
    String find(Document doc, String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        Element link = doc.selectFirst("link[rel=next], a[rel=next]");
        if (link == null) {
            return null;
        }
        String href = link.attr("href").strip();
        if (href.isEmpty()) {
            return null;
        }
        try {
            URI base = new URI(url);
            URI next = base.resolve(href);
            if (next.getHost() == null || base.getHost() == null
                    || !next.getHost().toLowerCase(Locale.ROOT).equals(base.getHost().toLowerCase(Locale.ROOT))) {
                return null;
            }
            String s = next.toString();
            return s.equals(base.toString()) ? null : s;
        } catch (Exception e) {
            return null;
        }
    }
}
