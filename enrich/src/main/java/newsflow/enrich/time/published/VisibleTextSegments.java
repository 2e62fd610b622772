package newsflow.enrich.time.published;

import newsflow.enrich.time.vocab.TimeTextNormalizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.enrich.extract.InlineDates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Picks the visible text in which a page states its date, without reading the whole page, strongest first:
 * (1) the headline zone, the text right after the title element (and a little before it), where bylines and
 * datelines sit; (2) short elements whose class or id names a date, time, byline or meta line, unless inside a
 * sentence ({@link InlineDates}); (3) the document
 * title; (4) as a last resort, the page text in order, where boilerplate zones (footer, sidebar) count only for a
 * date labelled "Published …" and comment and related lists not at all.
 */
final class VisibleTextSegments {

    /** Text characters read after the title. */
    static final int HEADLINE_ZONE_CHARS = 700;
    /** Text characters after the title within which a date is the byline's; further on it may be the story's. */
    static final int BYLINE_CHARS = 250;
    /** Longest line that is still a byline or dateline; a longer one is the story's text. */
    static final int BYLINE_MAX_CHARS = 160;
    /** Text nodes read before the title (kicker and date lines above it). */
    static final int BEFORE_TITLE_NODES = 4;
    /** Longest text of a date-classed element that is still a date line. */
    static final int DATE_CLASS_MAX_CHARS = 160;
    /** Date-classed elements read at most. */
    static final int DATE_CLASS_MAX_ELEMENTS = 20;
    /** Characters of page text read by the last-resort scan. */
    static final int BODY_CHARS = 8000;
    /** Characters of page text after which only labelled publication dates ("Erschienen am …") count. */
    static final int LABELLED_BODY_CHARS = 40000;

    static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)date|time|publi|posted|byline|dateline|datum|entry-meta|post-meta|article-meta|article-info"
            + "|fecha|zeit|meta-info|post-info|submitted|stamp|authored");
    private static final List<String> HARD_BOILERPLATE = List.of("comment", "related", "recommend", "morenews",
            "more-news", "readalso", "read-also", "mostread", "most-read", "popular", "trending", "outbrain", "taboola",
            "reply", "respond", "disqus", "ticker", "calendar", "archive");

    private VisibleTextSegments() {
    }

    /**
     * @param doc         the page
     * @param headline    the headline element ({@link TitleAnchor}), or null
     * @param boilerplate the page's boilerplate zones
     * @return segments of (1) to (3), strongest evidence first ({@link #collectBodyText} gives (4))
     */
    static List<TextSegment> collect(Document doc, Element headline, Boilerplate boilerplate) {
        List<TextSegment> out = new ArrayList<>();
        Element body = doc.body();
        if (body == null) {
            return out;
        }
        if (headline != null) {
            headlineZone(headline, boilerplate, out);
        }
        dateClassed(body, headline, boilerplate, out);
        String title = doc.title();
        if (!title.isBlank()) {
            out.add(new TextSegment(TimeTextNormalizer.fold(title), EvidenceScores.DOCUMENT_TITLE, "title", false));
        }
        return out;
    }

    /**
     * The last resort, read only when nothing better was found: the page text in order.
     *
     * @param doc         the page
     * @param boilerplate the page's boilerplate zones
     * @return the body-text segments
     */
    static List<TextSegment> collectBodyText(Document doc, Boilerplate boilerplate) {
        List<TextSegment> out = new ArrayList<>();
        if (doc.body() != null) {
            bodyText(doc.body(), boilerplate, out);
        }
        return out;
    }

    private static void headlineZone(Element title, Boilerplate boilerplate, List<TextSegment> out) {
        List<TextNode> before = new ArrayList<>();
        Node p = previousInOrder(title);
        while (p != null && before.size() < BEFORE_TITLE_NODES) {
            if (p instanceof TextNode t && !t.isBlank() && !inBoilerplate(t, boilerplate)
                    && !TeaserCards.inOtherArticle(t, title)) {
                before.add(t);
            }
            p = previousInOrder(p);
        }
        insideHeadline(title, out);
        int chars = 0;
        Set<Element> seen = new HashSet<>();
        Node n = nextAfter(title);
        while (n != null && chars < HEADLINE_ZONE_CHARS) {
            if (n instanceof TextNode t && !t.isBlank() && !inBoilerplate(t, boilerplate)) {
                Element parent = t.parent();
                if (parent != null && !isPhotoCaption(parent) && !TeaserCards.inOtherArticle(t, title)
                        && seen.add(parent)) {
                    String text = parent.childNodeSize() > 8 ? t.text() : parent.text();
                    if (text.length() > 400) {
                        text = t.text();
                    }
                    text = LabelContext.withSiblingLabel(parent, text);
                    int score = isDateClassed(parent) ? EvidenceScores.HEADLINE_DATE_CLASS
                            : chars < BYLINE_CHARS && text.length() <= BYLINE_MAX_CHARS ? EvidenceScores.HEADLINE_ZONE
                            : EvidenceScores.HEADLINE_ZONE_FAR;
                    out.add(new TextSegment(TimeTextNormalizer.fold(text), score, "byline", false));
                }
                chars += t.text().length();
            }
            n = nextInOrder(n);
        }
        for (TextNode t : before) {
            int score = t.parent() != null && isDateClassed(t.parent()) ? EvidenceScores.HEADLINE_DATE_CLASS
                    : EvidenceScores.HEADLINE_ZONE - 2;
            out.add(new TextSegment(TimeTextNormalizer.fold(t.text()), score, "byline", false));
        }
    }

    /**
     * A dateline inside the headline element, set off from the title by a line break or a {@code small},
     * {@code time} or date-classed child ({@code <h1>Title<br><small>02.02.2022</small></h1>}); the title's own
     * words are not read, so a date in the title is not taken for the byline's.
     */
    private static void insideHeadline(Element title, List<TextSegment> out) {
        boolean afterBreak = false;
        for (Node c : title.childNodes()) {
            if (c instanceof Element e && e.normalName().equals("br")) {
                afterBreak = true;
                continue;
            }
            boolean setOff = c instanceof Element e && (e.normalName().equals("small") || e.normalName().equals("time")
                    || (!(e.className() + e.id()).isEmpty() && DATE_NAMES.test(e.className() + " " + e.id())));
            String text = c instanceof Element e ? e.text() : c instanceof TextNode t ? t.text() : "";
            if ((afterBreak || setOff) && !text.isBlank() && text.length() <= BYLINE_MAX_CHARS) {
                out.add(new TextSegment(TimeTextNormalizer.fold(text), EvidenceScores.HEADLINE_ZONE, "byline", false));
            }
        }
    }

    private static final ClassNameCache DATE_NAMES = new ClassNameCache(n -> DATE_CLASS.matcher(n).find());

    /** @return true when the element or its parent has a class or id naming a date, time or byline */
    private static boolean isDateClassed(Element e) {
        Element a = e;
        for (int level = 0; level < 2 && a != null; level++, a = a.parent()) {
            String cls = a.className();
            String id = a.id();
            if (!(cls.isEmpty() && id.isEmpty()) && DATE_NAMES.test(cls + " " + id)) {
                return true;
            }
        }
        return false;
    }

    /** Text beside an image in the same element is its caption (the dates in it are the photo's). */
    private static boolean isPhotoCaption(Element parent) {
        for (Element child : parent.children()) {
            if (child.normalName().equals("img") || child.normalName().equals("picture")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inBoilerplate(TextNode t, Boilerplate boilerplate) {
        Element e = t.parent();
        return e != null && boilerplate.inBoilerplate(e);
    }

    private static void dateClassed(Element body, Element headline, Boilerplate boilerplate, List<TextSegment> out) {
        Elements els = body.select("[class~=" + DATE_CLASS.pattern() + "], [id~=" + DATE_CLASS.pattern() + "]");
        int n = 0;
        for (Element e : els) {
            if (n >= DATE_CLASS_MAX_ELEMENTS) {
                break;
            }
            String text = e.childrenSize() == 0 ? e.text() : SplitDateText.text(e);
            if (text.length() < 6 || text.length() > DATE_CLASS_MAX_CHARS || boilerplate.inBoilerplate(e)
                    || !InlineDates.standsAlone(e)
                    || (headline != null && TeaserCards.inOtherArticle(e, headline))) {
                continue;
            }
            n++;
            out.add(new TextSegment(TimeTextNormalizer.fold(text), EvidenceScores.DATE_CLASS, "date-class", false));
        }
    }

    private static void bodyText(Element body, Boilerplate boilerplate, List<TextSegment> out) {
        int chars = 0;
        Node n = body.childNodeSize() == 0 ? null : body.childNode(0);
        Element soft = null;
        Set<Element> sentences = new HashSet<>();
        while (n != null && chars < LABELLED_BODY_CHARS) {
            if (n instanceof Element e) {
                if (isSkippedTag(e) || isHardBoilerplate(e)) {
                    n = nextAfter(e);
                    continue;
                }
                if (soft == null && (e.normalName().equals("footer") || e.normalName().equals("nav")
                        || e.normalName().equals("aside") || Boilerplate.isBoilerplateName(e))) {
                    soft = e;
                }
            }
            if (n instanceof TextNode t && !t.isBlank()) {
                String text = t.text();
                chars += text.length();
                boolean inSoft = soft != null && isAncestor(soft, t);
                if (soft != null && !inSoft) {
                    soft = null;
                }
                Element parent = t.parent();
                String context = parent != null && parent.childNodeSize() <= 8 && parent.text().length() <= 300
                        ? LabelContext.withSiblingLabel(parent, parent.text()) : text;
                boolean labelledOnly = inSoft || chars > BODY_CHARS;
                if (!hasDigit(context)) {
                    n = nextInOrder(n);
                    continue;
                }
                if (labelledOnly && !DateLabels.hasPublishedLabel(context)) {
                    Element block = LabelContext.enclosingBlock(parent);
                    if (block == null || !sentences.add(block)) {
                        n = nextInOrder(n);
                        continue;
                    }
                    context = block.text();
                }
                if (!labelledOnly || DateLabels.hasPublishedLabel(context)) {
                    out.add(new TextSegment(TimeTextNormalizer.fold(context), EvidenceScores.BODY_TEXT, "text",
                            labelledOnly));
                }
            }
            n = nextInOrder(n);
        }
    }

    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9')) {
                return true;
            }
        }
        return false;
    }

    static boolean isAncestor(Element a, Node n) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    private static final ClassNameCache HARD = new ClassNameCache(VisibleTextSegments::namesHardZone);

    private static boolean namesHardZone(String classAndId) {
        String names = classAndId.toLowerCase(java.util.Locale.ROOT);
        for (String w : HARD_BOILERPLATE) {
            if (names.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHardBoilerplate(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        return HARD.test(cls + " " + id) && !e.normalName().equals("body");
    }

    private static boolean isSkippedTag(Element e) {
        String tag = e.normalName();
        return tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("template")
                || tag.equals("select") || tag.equals("head");
    }

    /** @return the next node in document order, descending into children */
    static Node nextInOrder(Node n) {
        if (n.childNodeSize() > 0) {
            return n.childNode(0);
        }
        return nextAfter(n);
    }

    /** @return the next node in document order after n and its subtree, or null at the end of the body */
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
