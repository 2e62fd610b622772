package newsflow.enrich.time.published;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Tells the dates of teaser cards (other stories shown around the headline) from the page's own: a card is an
 * {@code article} element that does not hold the headline.
 */
final class TeaserCards {

    /** A heading linking elsewhere, or a link wrapping a heading: the title of a teaser card. */
    private static final String LINKED_HEADING = "h1 a[href], h2 a[href], h3 a[href], h4 a[href], a[href] h2, "
            + "a[href] h3, a[href] h4";

    private TeaserCards() {
    }

    /**
     * @return true when the node lies in an {@code article} element that does not hold the headline and is a
     *     teaser card of another story, whose date is that story's: the headline sits in an {@code article} of
     *     its own, or the card has a linked heading. (A page may also put its headline in a header and the story
     *     in an {@code article} after it: that article's dates are the page's.)
     */
    static boolean inOtherArticle(Node n, Element headline) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && e.normalName().equals("article")) {
                if (VisibleTextSegments.isAncestor(e, headline)) {
                    return false;
                }
                return headline.closest("article") != null || e.selectFirst(LINKED_HEADING) != null;
            }
        }
        return false;
    }
}
