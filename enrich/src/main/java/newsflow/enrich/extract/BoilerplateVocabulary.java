package newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import newsflow.enrich.page.BoilerplateWords;
import org.jsoup.nodes.Element;

/**
 * Heuristic 2 (class/id vocabulary): recognises page furniture by the words in an element's {@code class},
 * {@code id}, {@code role} and {@code itemprop}. Words come from Readability.js ({@code unlikelyCandidates},
 * {@code negative}, {@code positive}) and trafilatura's {@code OVERALL_DISCARD_XPATH}, extended with common
 * comment, consent and Arabic-site names. Class values are split on whitespace; each value is compared
 * whole and by its {@code -}/{@code _}-separated parts; content words also match BEM spellings
 * ({@code article__content}). Decisions per attribute value are memoised (class
 * values repeat across a site's pages); the memo is cleared when it reaches {@link #MEMO_LIMIT} entries.
 * Thread-safe.
 */
final class BoilerplateVocabulary {

    /**
     * Substrings of a class/id value that mark furniture wherever they occur: the zones of {@link BoilerplateWords}
     * (shared with the publication-date reader) and the furniture of extraction alone (bylines, captions…).
     */
    static final List<String> FURNITURE_SUBSTRINGS = BoilerplateWords.zonesAnd(
            "most_read", "signup", "sign-up", "consent", "gdpr", "advert", "sponsor", "promo", "byline", "dateline",
            "caption", "read_also", "readmore", "read-more", "see-also", "seealso", "toolbar", "masthead", "topbar",
            "top-bar", "top-menu", "site-header", "rating", "author-bio", "authorbio", "bio-box", "tag-list",
            "taglist", "tags", "keywords", "disclaimer", "skip-link", "sr-only", "visually-hidden", "screen-reader",
            "modal", "popup", "overlay", "banner", "login", "paywall-prompt", "jump-link");

    /** Parts (between {@code -}/{@code _}) that mark furniture only as a whole part. */
    static final Set<String> FURNITURE_PARTS = Set.of(
            "nav", "menu", "ad", "ads", "adv", "tag", "meta", "author", "date", "time", "timestamp", "info",
            "header", "share", "social", "views", "credit", "credits", "source", "more", "next", "prev",
            "previous", "subnav", "crumbs", "logo", "search", "aside", "sidebar", "rail", "related", "teaser",
            "teasers", "promo", "shop", "cta", "feedback", "comments", "reactions", "icons", "utility", "print");

    /** Substrings that protect a value from the lists above (content words that contain furniture words). */
    static final List<String> CONTENT_SUBSTRINGS = List.of(
            "commentary", "article-body", "articlebody", "article-content", "post-content", "entry-content",
            "story-body", "post-body", "article-text", "main-content", "maincontent", "body-text", "content-body",
            "shared-content", "blog-post", "textbody", "article-main", "story-content", "story-text",
            "article-copy", "entry-body", "post-text", "news-body", "news-text", "article-detail", "articletext");

    /**
     * Substrings that exempt a value from the furniture lists without marking content: quoted posts embedded in
     * the article ({@code social-media-embed}, {@code twitter-tweet}) are part of its text.
     */
    static final List<String> EMBED_SUBSTRINGS = List.of("embed", "tweet", "instagram-media");

    /** Largest number of memoised attribute values. */
    static final int MEMO_LIMIT = 50_000;

    private final Map<String, Boolean> furnitureMemo = new ConcurrentHashMap<>();
    private final Map<String, Boolean> contentMemo = new ConcurrentHashMap<>();

    /** ARIA roles of page furniture. */
    static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog",
            "alert", "alertdialog", "tooltip");

    /**
     * @param el an element
     * @return true when a class, id or role word names page furniture
     */
    boolean isFurniture(Element el) {
        String role = el.attr("role");
        if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return memo(furnitureMemo, el.className(), BoilerplateVocabulary::matches)
                || memo(furnitureMemo, el.id(), BoilerplateVocabulary::matches);
    }

    private static boolean memo(Map<String, Boolean> memo, String value, java.util.function.Predicate<String> test) {
        if (value.isEmpty()) {
            return false;
        }
        Boolean known = memo.get(value);
        if (known != null) {
            return known;
        }
        boolean result = test.test(value);
        if (memo.size() >= MEMO_LIMIT) {
            memo.clear();
        }
        memo.put(value, result);
        return result;
    }

    /**
     * @param el an element
     * @return true when a class or id value says it holds the article text
     */
    boolean isContent(Element el) {
        if (el.attributesSize() == 0) {
            return false;
        }
        return memo(contentMemo, el.className(), v -> isContentValue(v.toLowerCase(Locale.ROOT)))
                || memo(contentMemo, el.id(), v -> isContentValue(v.toLowerCase(Locale.ROOT)))
                || "articleBody".equals(el.attr("itemprop"));
    }

    private static boolean matches(String attr) {
        if (attr.isEmpty()) {
            return false;
        }
        String[] values = attr.toLowerCase(Locale.ROOT).split("\\s+");
        for (String value : values) {
            if (isEmbedValue(value)) {
                return false;
            }
        }
        for (String value : values) {
            if (value.isEmpty() || isContentValue(value)) {
                continue;
            }
            for (String s : FURNITURE_SUBSTRINGS) {
                if (value.contains(s)) {
                    return true;
                }
            }
            for (String part : value.split("[-_]")) {
                if (FURNITURE_PARTS.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isEmbedValue(String value) {
        for (String c : EMBED_SUBSTRINGS) {
            if (value.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContentValue(String value) {
        String v = value.indexOf('_') >= 0 ? value.replace("__", "-").replace('_', '-') : value;
        for (String c : CONTENT_SUBSTRINGS) {
            if (v.contains(c)) {
                return true;
            }
        }
        return false;
    }
}
