package newsflow.enrich.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.Set;
import newsflow.common.serde.Json;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the first schema.org article object ({@link #ARTICLE_TYPES}) from a page's
 * {@code <script type="application/ld+json">} blocks, looking into arrays and {@code @graph}. Foreign JSON is
 * read leniently (raw control characters, comments, single quotes); a block that still fails to parse is
 * skipped. Source: schema.org/Article, Google's "Article structured data" guide (paywall:
 * {@code isAccessibleForFree}).
 */
final class JsonLdReader {

    /** schema.org types read as the article. */
    static final Set<String> ARTICLE_TYPES = Set.of(
            "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
            "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "TechArticle",
            "ScholarlyArticle", "SocialMediaPosting", "Report", "SatiricalArticle", "AdvertiserContentArticle",
            "Posting");

    /** Nesting depth searched below a script's root. */
    static final int MAX_DEPTH = 6;

    private static final ObjectReader READER = Json.mapper().reader()
            .withFeatures(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER);

    /**
     * @param doc the parsed page (before cleaning)
     * @return the article object's fields, or {@link JsonLdArticle#NONE}
     */
    JsonLdArticle read(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            try {
                JsonNode root = READER.readTree(json);
                JsonLdArticle found = find(root, 0);
                if (found != null) {
                    return found;
                }
            } catch (IOException | RuntimeException e) {
                // malformed publisher JSON: ignore this block
            }
        }
        return JsonLdArticle.NONE;
    }

    private static JsonLdArticle find(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonLdArticle a = find(n, depth + 1);
                if (a != null) {
                    return a;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        String type = articleType(node.get("@type"));
        if (type != null) {
            return new JsonLdArticle(type, text(node, "headline", "name"), text(node, "articleBody", "text"),
                    accessible(node.get("isAccessibleForFree")) && freeParts(node.get("hasPart")));
        }
        JsonLdArticle a = find(node.get("@graph"), depth + 1);
        if (a == null) {
            a = find(node.get("mainEntity"), depth + 1);
        }
        return a;
    }

    private static String articleType(JsonNode t) {
        if (t == null) {
            return null;
        }
        if (t.isTextual()) {
            return ARTICLE_TYPES.contains(t.asText()) ? t.asText() : null;
        }
        if (t.isArray()) {
            for (JsonNode n : t) {
                if (n.isTextual() && ARTICLE_TYPES.contains(n.asText())) {
                    return n.asText();
                }
            }
        }
        return null;
    }

    private static String text(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    /**
     * Google's paywalled-content markup may put {@code isAccessibleForFree: false} only on a part
     * ({@code hasPart: {"@type": "WebPageElement", "isAccessibleForFree": false, "cssSelector": ".paywall"}}).
     *
     * @return false when a part (object or array of objects) is not free
     */
    private static boolean freeParts(JsonNode parts) {
        if (parts == null) {
            return true;
        }
        if (parts.isArray()) {
            for (JsonNode p : parts) {
                if (p.isObject() && !accessible(p.get("isAccessibleForFree"))) {
                    return false;
                }
            }
            return true;
        }
        return !parts.isObject() || accessible(parts.get("isAccessibleForFree"));
    }

    private static boolean accessible(JsonNode v) {
        if (v == null) {
            return true;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        return !"false".equalsIgnoreCase(v.asText().strip());
    }
}
