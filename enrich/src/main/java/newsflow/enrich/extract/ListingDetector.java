package newsflow.enrich.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Heuristic 8 (page kind: listing, case C21): a section, tag or index page is a column of teaser cards — headings
 * that are links to other articles — with little running text. A page is a listing when it has at least
 * {@link #MIN_TEASERS} link headings (at least {@link #MIN_HEADING_LINK_SHARE} of the heading text linked, to
 * distinct URLs) and its selected main text is under {@link #MAX_TEXT_PER_TEASER} characters per teaser with no
 * paragraph of {@link #ARTICLE_PARAGRAPH_CHARS} characters or more. A page that declares itself an article
 * ({@code og:type=article}, an {@code article:published_time} meta, or a JSON-LD article object) is never a
 * listing: article pages carry teaser rails of their own.
 */
final class ListingDetector {

    /** Link headings needed. */
    static final int MIN_TEASERS = 3;
    /** Share of a heading's text inside its link. */
    static final double MIN_HEADING_LINK_SHARE = 0.8;
    /** Main-text characters allowed per teaser. */
    static final int MAX_TEXT_PER_TEASER = 250;
    /** A paragraph this long means the page is an article. */
    static final int ARTICLE_PARAGRAPH_CHARS = 400;

    /**
     * @param declaredArticle true when the page's metadata declares an article
     * @param root     the cleaned body
     * @param selected the blocks the scorer selected
     * @param baseUrl  page URL for resolving links, or null
     * @return the teaser links (absolute, in page order) when the page is a listing, else null
     */
    List<String> teaserLinks(boolean declaredArticle, Element root, List<RawBlock> selected, String baseUrl) {
        if (declaredArticle) {
            return null;
        }
        Set<String> links = new LinkedHashSet<>();
        for (Element h : root.select("h1, h2, h3, h4")) {
            String text = h.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            Element a = h.selectFirst("a[href]");
            if (a == null) {
                a = h.closest("a[href]");
            }
            if (a == null || a.text().strip().length() < MIN_HEADING_LINK_SHARE * text.length()) {
                continue;
            }
            String abs = absolute(a, baseUrl);
            if (abs != null) {
                links.add(abs);
            }
        }
        if (links.size() < MIN_TEASERS) {
            return null;
        }
        int chars = 0;
        for (RawBlock b : selected) {
            if (b.kind() != BlockKind.HEADING && b.linkDensity() < LinkDensity.MAX_SHORT_BLOCK_DENSITY) {
                if (b.text().length() >= ARTICLE_PARAGRAPH_CHARS) {
                    return null;
                }
                chars += b.text().length();
            }
        }
        return chars < MAX_TEXT_PER_TEASER * links.size() ? new ArrayList<>(links) : null;
    }

    /**
     * @param doc    the parsed page, before cleaning
     * @param jsonLd its JSON-LD article
     * @return true when the page's metadata says it is an article
     */
    static boolean declaresArticle(org.jsoup.nodes.Document doc, JsonLdArticle jsonLd) {
        return jsonLd.present() || doc.selectFirst("meta[property=og:type][content=article]") != null
                || doc.selectFirst("meta[property=article:published_time]") != null;
    }

    private static String absolute(Element a, String baseUrl) {
        String href = a.attr("href").strip();
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("javascript:") || href.startsWith("mailto:")) {
            return null;
        }
        try {
            URI uri = baseUrl == null || baseUrl.isBlank() ? new URI(href) : new URI(baseUrl).resolve(href);
            String scheme = uri.getScheme();
            return ("http".equals(scheme) || "https".equals(scheme)) ? uri.toString() : null;
        } catch (Exception e) {
            String abs = a.absUrl("href");
            return abs.startsWith("http") ? abs : null;
        }
    }
}
