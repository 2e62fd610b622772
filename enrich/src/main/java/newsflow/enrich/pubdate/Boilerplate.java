package newsflow.enrich.pubdate;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells whether an element lies in a zone whose dates are not the article's own: footers (© lines), navigation,
 * sidebars, comments, related and most-read lists, teasers, tickers, share bars. Tag names footer, nav and aside,
 * and class/id words of the usual boilerplate vocabulary (as in trafilatura's and htmldate's discard lists).
 */
final class Boilerplate {

    private static final Pattern WORDS = Pattern.compile(
            "comment|footer|related|sidebar|widget|most-?read|popular|teaser|newsletter|share|social|breadcrumb"
            + "|menu|ticker|recommend|more-?news|read-?also|copyright|also-?read|trending|promo|advert|cookie"
            + "|subscribe|signup|card-list|latest|reply|respond|disqus|pagination|pager|\\bnav|navbar|\\bads?\\b"
            + "|rail|outbrain|taboola|footnote|archive|calendar|tagcloud|top-?stories|more-?stories");

    private Boilerplate() {
    }

    /**
     * @param e an element
     * @return true when it or an ancestor is boilerplate
     */
    static boolean inBoilerplate(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("footer") || tag.equals("nav") || tag.equals("aside") || tag.equals("script")
                    || tag.equals("style") || tag.equals("noscript") || tag.equals("template")) {
                return true;
            }
            if (tag.equals("body") || tag.equals("html")) {
                return false;
            }
            if (isBoilerplateName(a)) {
                return true;
            }
        }
        return false;
    }

    /** @return true when the element's own class or id is a boilerplate word */
    static boolean isBoilerplateName(Element a) {
        String cls = a.className();
        String id = a.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        return WORDS.matcher((cls + " " + id).toLowerCase(Locale.ROOT)).find();
    }

    /**
     * @param e an element
     * @return true when it or an ancestor is an article, main or header element (or an itemprop=articleBody)
     */
    static boolean inArticle(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("article") || tag.equals("main") || tag.equals("header")) {
                return true;
            }
            if (a.hasAttr("itemprop") && a.attr("itemprop").toLowerCase(Locale.ROOT).contains("article")) {
                return true;
            }
        }
        return false;
    }
}
