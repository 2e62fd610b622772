package newsflow.enrich.pubdate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Picks the visible text in which a page states its date, without reading the whole page: (1) the headline zone,
 * the text right after the title element (and a little before it), where bylines and datelines sit; (2) short
 * elements whose class or id names a date, time, byline or meta line; (3) as a last resort, the text of the
 * page in order, outside boilerplate. Boilerplate zones (footer ©, comments, related lists) are never read.
 */
final class VisibleTextSegments {

    /** Text characters read after the title. */
    static final int HEADLINE_ZONE_CHARS = 700;
    /** Text nodes read before the title (kicker and date lines above it). */
    static final int BEFORE_TITLE_NODES = 4;
    /** Longest text of a date-classed element that is still a date line. */
    static final int DATE_CLASS_MAX_CHARS = 160;
    /** Characters of page text read by the last-resort scan. */
    static final int BODY_CHARS = 6000;

    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)date|time|publi|posted|byline|dateline|datum|entry-meta|post-meta|article-meta|article-info"
            + "|fecha|zeit|meta-info|post-info|submitted|stamp");

    private VisibleTextSegments() {
    }

    /**
     * @param doc the page
     * @return segments, strongest evidence first
     */
    static List<TextSegment> collect(Document doc) {
        List<TextSegment> out = new ArrayList<>();
        Element body = doc.body();
        if (body == null) {
            return out;
        }
        Element title = TitleAnchor.find(doc);
        if (title != null) {
            headlineZone(title, out);
        }
        dateClassed(body, out);
        bodyText(body, out);
        return out;
    }

    private static void headlineZone(Element title, List<TextSegment> out) {
        List<TextNode> before = new ArrayList<>();
        int chars = 0;
        boolean after = false;
        Set<Element> seen = new HashSet<>();
        Element root = title.ownerDocument() == null ? null : title.ownerDocument().body();
        if (root == null) {
            return;
        }
        Node n = title;
        // walk backwards for text nodes above the title
        Node p = previousInOrder(title);
        while (p != null && before.size() < BEFORE_TITLE_NODES) {
            if (p instanceof TextNode t && !t.isBlank() && !inBoilerplate(t)) {
                before.add(t);
            }
            p = previousInOrder(p);
        }
        n = nextAfter(title);
        while (n != null && chars < HEADLINE_ZONE_CHARS) {
            if (n instanceof TextNode t && !t.isBlank() && !inBoilerplate(t)) {
                Element parent = (Element) t.parent();
                if (seen.add(parent)) {
                    String text = parent.childNodeSize() > 8 ? t.text() : parent.text();
                    if (text.length() > 400) {
                        text = t.text();
                    }
                    out.add(new TextSegment(DateTextNormalizer.fold(text), EvidenceScores.HEADLINE_ZONE,
                            "byline"));
                }
                chars += t.text().length();
            }
            n = nextInOrder(n);
        }
        for (TextNode t : before) {
            out.add(new TextSegment(DateTextNormalizer.fold(t.text()), EvidenceScores.HEADLINE_ZONE - 2, "byline"));
        }
    }

    private static boolean inBoilerplate(TextNode t) {
        Element e = t.parent();
        return e != null && Boilerplate.inBoilerplate(e);
    }

    private static void dateClassed(Element body, List<TextSegment> out) {
        Elements els = body.select("[class~=" + DATE_CLASS.pattern() + "], [id~=" + DATE_CLASS.pattern() + "]");
        int n = 0;
        for (Element e : els) {
            if (n >= 20) {
                break;
            }
            String text = e.text();
            if (text.length() < 6 || text.length() > DATE_CLASS_MAX_CHARS || Boilerplate.inBoilerplate(e)) {
                continue;
            }
            n++;
            out.add(new TextSegment(DateTextNormalizer.fold(text), EvidenceScores.DATE_CLASS, "date-class"));
        }
    }

    private static void bodyText(Element body, List<TextSegment> out) {
        int chars = 0;
        Node n = body.childNodeSize() == 0 ? null : body.childNode(0);
        while (n != null && chars < BODY_CHARS) {
            if (n instanceof Element e && (Boilerplate.isBoilerplateName(e) || isSkippedTag(e))) {
                n = nextAfter(e);
                continue;
            }
            if (n instanceof TextNode t && !t.isBlank()) {
                String text = t.text();
                chars += text.length();
                out.add(new TextSegment(DateTextNormalizer.fold(text), EvidenceScores.BODY_TEXT, "text"));
            }
            n = nextInOrder(n);
        }
    }

    private static boolean isSkippedTag(Element e) {
        String tag = e.normalName();
        return tag.equals("script") || tag.equals("style") || tag.equals("footer") || tag.equals("nav")
                || tag.equals("aside") || tag.equals("noscript") || tag.equals("template") || tag.equals("select");
    }

    /** @return the next node in document order, descending into children */
    static Node nextInOrder(Node n) {
        if (n.childNodeSize() > 0) {
            return n.childNode(0);
        }
        return nextAfter(n);
    }

    /** @return the next node in document order after n and its subtree */
    static Node nextAfter(Node n) {
        Node cur = n;
        while (cur != null) {
            Node sib = cur.nextSibling();
            if (sib != null) {
                return sib;
            }
            cur = cur.parent();
            if (cur instanceof Element e && e.normalName().equals("body")) {
                return null;
            }
        }
        return null;
    }

    private static Node previousInOrder(Node n) {
        Node sib = n.previousSibling();
        if (sib == null) {
            Node parent = n.parent();
            return parent instanceof Element e && e.normalName().equals("body") ? null : parent;
        }
        while (sib.childNodeSize() > 0) {
            sib = sib.childNode(sib.childNodeSize() - 1);
        }
        return sib;
    }
}
