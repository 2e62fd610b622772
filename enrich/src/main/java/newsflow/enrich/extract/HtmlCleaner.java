package newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Heuristic 1 (tag vocabulary): removes elements that never hold main text — scripts, styles, form controls,
 * embedded media, page chrome ({@code nav}, {@code aside}, {@code footer}, a page-level {@code header}), figure
 * captions and hidden elements (the {@code hidden} attribute, inline {@code display:none}, hiding utility
 * classes). An {@code aside} that holds at least {@link #STORY_ASIDE_SHARE} of the page's text is the story
 * itself (some templates wrap a brief in one), not a sidebar, and stays. Mutates the document; run it after JSON-LD and metadata have been read. Rule
 * source: the tag lists of Readability.js ({@code _removeNodes}, {@code _clean}) and trafilatura's
 * {@code MANUALLY_CLEANED}.
 */
final class HtmlCleaner {

    /** Elements dropped with their whole subtree. */
    static final Set<String> DROPPED_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
            "video", "audio", "map", "input", "button", "select", "textarea", "option", "label", "link", "meta",
            "head", "nav", "aside", "footer", "figcaption", "dialog", "menu", "picture", "source", "img", "title",
            "base", "area", "track", "param");

    /** Ancestors that make a {@code header} element part of the article rather than the page chrome. */
    static final Set<String> ARTICLE_TAGS = Set.of("article", "main");

    /** Utility classes that hide an element (Bootstrap, Foundation, site CSS). */
    static final Set<String> HIDDEN_CLASSES = Set.of("hidden", "d-none", "is-hidden", "hide", "invisible",
            "visually-hidden", "sr-only", "screen-reader-text", "u-hidden");

    /** Share of the page's text from which an {@code aside} is the story, not a sidebar. */
    static final double STORY_ASIDE_SHARE = 0.5;

    /** Inline style fragments that hide an element (compared with spaces removed). */
    static final List<String> HIDDEN_STYLES = List.of("display:none", "visibility:hidden");

    /**
     * Removes the non-content elements below {@code root}.
     *
     * @param root usually the document body; mutated in place
     */
    void clean(Element root) {
        Set<Element> storyAsides = storyAsides(root);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (node instanceof Element el && node != root && isDropped(el) && !storyAsides.contains(el)) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /** The {@code aside} elements holding at least {@link #STORY_ASIDE_SHARE} of the text below the root. */
    private static Set<Element> storyAsides(Element root) {
        if (root.selectFirst("aside") == null) {
            return Set.of();
        }
        java.util.Map<Element, Integer> lengths = new java.util.IdentityHashMap<>();
        BoilerplatePruner.textLengths(root, lengths, new java.util.IdentityHashMap<>());
        int total = Math.max(1, lengths.getOrDefault(root, 0));
        Set<Element> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element aside : root.select("aside")) {
            if (lengths.getOrDefault(aside, 0) >= STORY_ASIDE_SHARE * total) {
                out.add(aside);
            }
        }
        return out;
    }

    private static boolean isDropped(Element el) {
        String tag = el.normalName();
        if (DROPPED_TAGS.contains(tag)) {
            return true;
        }
        if (tag.equals("header") && !insideArticle(el)) {
            return true;
        }
        if (el.hasAttr("hidden") || hasHiddenClass(el)) {
            return true;
        }
        if (el.hasAttr("style")) {
            String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            for (String h : HIDDEN_STYLES) {
                if (style.contains(h)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A hiding utility class, unless a responsive class shows the element again at some width (Tailwind
     * {@code hidden md:block} has a colon, Bootstrap {@code d-none d-md-block} a breakpoint infix).
     */
    private static boolean hasHiddenClass(Element el) {
        String cls = el.className();
        if (cls.isEmpty()) {
            return false;
        }
        boolean hidden = false;
        for (String c : cls.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (c.indexOf(':') >= 0 || c.startsWith("d-sm-") || c.startsWith("d-md-") || c.startsWith("d-lg-")
                    || c.startsWith("d-xl-")) {
                return false;
            }
            hidden |= HIDDEN_CLASSES.contains(c);
        }
        return hidden;
    }

    private static boolean insideArticle(Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (ARTICLE_TAGS.contains(p.normalName())) {
                return true;
            }
        }
        return false;
    }
}
