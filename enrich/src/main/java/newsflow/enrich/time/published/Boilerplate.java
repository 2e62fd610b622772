package newsflow.enrich.time.published;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import newsflow.enrich.page.BoilerplateWords;
import org.jsoup.nodes.Element;

/**
 * Tells whether an element lies in a zone whose dates are not the article's own: page footers (© lines),
 * navigation, sidebars, comments, related and most-read lists, teasers, tickers, share bars, photo captions. Tag names footer
 * and aside (outside an article), nav, and class/id words of the usual boilerplate vocabulary (as in
 * trafilatura's and htmldate's discard lists), matched per class token: a token's dash/underscore segment must
 * start with a word of {@link #PREFIX_WORDS} or equal one of {@link #EXACT_WORDS}; WordPress taxonomy classes
 * ({@code category-newsletter}, {@code tag-social}) are not names of zones. The ancestors of the headline are never
 * boilerplate: they are the article's containers, whatever their class says. One instance per page.
 */
final class Boilerplate {

    /** Segment prefixes naming boilerplate zones. */
    static final List<String> PREFIX_WORDS = BoilerplateWords.zoneWordsAnd(
            "menu", "reply", "respond", "sitemap");
    /** Segments that name boilerplate zones only as whole words. */
    static final Set<String> EXACT_WORDS = Set.of("ad", "ads", "advert", "promo", "rail", "latest",
            "archive", "archives", "calendar", "tagcloud", "footnotes");
    /** Class tokens of article containers, inside which a footer is the article's own (byline, date). */
    static final Set<String> ARTICLE_TOKENS = Set.of("article", "post", "entry", "hentry", "story", "news-single",
            "blog-post", "single-post");
    private static final List<String> PHRASES = BoilerplateWords.zonePhrasesAnd(
            "top-stories", "more-stories", "read-more", "most-popular", "wp-caption", "image-caption",
            "photo-caption", "img-caption", "caption-text", "media-caption");
    /** Class prefixes of page builders that wrap every block, the article's included (Elementor, WordPress). */
    static final List<String> BUILDER_PREFIXES = List.of("elementor-");
    private static final List<String> TAXONOMY_PREFIXES = List.of("category-", "tag-", "post-", "postid", "format-",
            "type-", "status-", "node-type", "page-", "single", "template-");

    private final Set<Element> headlineAncestors;
    private final Map<Element, Boolean> zoneCache = new IdentityHashMap<>();
    private final Map<Element, Boolean> memo = new IdentityHashMap<>();

    /** @param headline the headline element, or null */
    Boilerplate(Element headline) {
        Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element a = headline; a != null; a = a.parent()) {
            set.add(a);
        }
        headlineAncestors = set;
    }

    /**
     * @param e an element
     * @return true when it or an ancestor is boilerplate
     */
    boolean inBoilerplate(Element e) {
        Boolean known = memo.get(e);
        if (known != null) {
            return known;
        }
        boolean result = walk(e);
        memo.put(e, result);
        return result;
    }

    private boolean walk(Element e) {
        boolean inArticle = false;
        for (Element a = e; a != null; a = a.parent()) {
            if (headlineAncestors.contains(a)) {
                return false;
            }
            String tag = a.normalName();
            if (tag.equals("aside") && !insideArticle(a)) {
                return true;
            }
            if (tag.equals("nav") || tag.equals("figcaption") || tag.equals("script") || tag.equals("style")
                    || tag.equals("noscript") || tag.equals("template") || tag.equals("select")) {
                return true;
            }
            if (tag.equals("body") || tag.equals("html")) {
                return false;
            }
            if (isArticleContainer(a)) {
                inArticle = true;
            }
            if (isZone(a, inArticle)) {
                return true;
            }
        }
        return false;
    }

    private boolean isZone(Element a, boolean inArticle) {
        boolean footer = a.normalName().equals("footer") || isFooterName(a);
        if (footer && (inArticle || insideArticle(a))) {
            return false;
        }
        if (!footer && !isBoilerplateName(a)) {
            return false;
        }
        // a wrapper of the whole page may carry such a name ("has-sidebar", "with-navigation"): not a zone
        return zoneCache.computeIfAbsent(a, x -> x.selectFirst("main, article, h1") == null);
    }

    private static boolean isFooterName(Element a) {
        String names = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
        return names.contains("footer") && isBoilerplateName(a);
    }

    private static boolean isArticleContainer(Element a) {
        if (a.normalName().equals("article")) {
            return true;
        }
        for (String c : a.classNames()) {
            if (ARTICLE_TOKENS.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideArticle(Element footer) {
        for (Element a = footer.parent(); a != null; a = a.parent()) {
            if (isArticleContainer(a)) {
                return true;
            }
        }
        return false;
    }

    /** @return true when the element's own class or id names a boilerplate zone */
    static boolean isBoilerplateName(Element a) {
        String cls = a.className();
        String id = a.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        return NAMES.test(cls + " " + id);
    }

    private static final ClassNameCache NAMES = new ClassNameCache(Boilerplate::namesZone);

    private static boolean namesZone(String classAndId) {
        String names = classAndId.toLowerCase(Locale.ROOT);
        if (!mentionsAnyWord(names)) {
            return false;
        }
        for (String raw : names.split("\\s+")) {
            String token = withoutBuilderPrefix(raw);
            if (token.isEmpty() || isTaxonomy(token)) {
                continue;
            }
            for (String phrase : PHRASES) {
                if (token.contains(phrase)) {
                    return true;
                }
            }
            for (String seg : token.split("[-_]+")) {
                if (EXACT_WORDS.contains(seg)) {
                    return true;
                }
                for (String w : PREFIX_WORDS) {
                    if (seg.startsWith(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Page builders prefix every block with their own name: Elementor's {@code elementor-widget-heading},
     * {@code elementor-widget-container} wrap the article itself, so the builder prefix (and its generic
     * "widget") is dropped and only the rest names the zone ({@code elementor-widget-sidebar} still does).
     */
    static String withoutBuilderPrefix(String token) {
        for (String p : BUILDER_PREFIXES) {
            if (token.startsWith(p)) {
                String rest = token.substring(p.length());
                if (rest.startsWith("widget")) {
                    rest = rest.substring("widget".length());
                }
                while (rest.startsWith("-") || rest.startsWith("_")) {
                    rest = rest.substring(1);
                }
                return rest;
            }
        }
        return token;
    }

    private static boolean mentionsAnyWord(String names) {
        for (String w : PREFIX_WORDS) {
            if (names.contains(w)) {
                return true;
            }
        }
        for (String w : EXACT_WORDS) {
            if (names.contains(w)) {
                return true;
            }
        }
        for (String w : PHRASES) {
            if (names.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTaxonomy(String token) {
        for (String p : TAXONOMY_PREFIXES) {
            if (token.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param e an element
     * @return true when it or an ancestor is an article or main element (or an itemprop=articleBody), or an
     *     ancestor of the headline
     */
    boolean inArticle(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("article") || tag.equals("main")) {
                return true;
            }
            if (a.hasAttr("itemprop") && a.attr("itemprop").toLowerCase(Locale.ROOT).contains("article")) {
                return true;
            }
        }
        return false;
    }
}
