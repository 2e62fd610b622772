package newsflow.enrich.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the schema.org objects of a page's {@code <script type="application/ld+json">} blocks: top-level objects,
 * arrays, {@code @graph} members and {@code mainEntity}/{@code mainEntityOfPage} objects, in page order. Blocks
 * that are not JSON (even with the usual leniencies: CDATA and comment wrappers, comments, trailing commas,
 * raw control characters, single
 * quotes) are skipped. Only JSON-LD scripts are read; no other script is ever looked at. Thread-safe.
 */
public final class JsonLdObjects {

    /** Types that describe the article itself (schema.org Article and its subtypes). */
    private static final List<String> ARTICLE_TYPES = List.of("article", "newsarticle", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
            "reviewnewsarticle", "liveblogposting", "techarticle", "scholarlyarticle", "socialmediaposting",
            "report", "posting", "advertisercontentarticle", "satiricalarticle", "medicalscholarlyarticle");

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    private JsonLdObjects() {
    }

    /**
     * @param doc the page
     * @return the objects found, in page order (a {@code @graph} is expanded in place)
     */
    public static List<JsonNode> read(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select("script[type]")) {
            String type = script.attr("type").toLowerCase(Locale.ROOT);
            if (!type.contains("ld+json")) {
                continue;
            }
            String json = unwrap(script.data().strip());
            if (json.endsWith(";")) {
                json = json.substring(0, json.length() - 1);
            }
            try {
                collect(LENIENT.readTree(json), out, 0);
            } catch (IOException | RuntimeException e) {
                // not JSON: this block gives nothing
            }
        }
        return out;
    }

    /** Strips the HTML-comment and CDATA wrappers some pages put around the JSON ({@code //<![CDATA[ … ]]>}). */
    private static String unwrap(String raw) {
        String json = raw;
        for (String open : List.of("//<![CDATA[", "<![CDATA[", "<!--")) {
            if (json.startsWith(open)) {
                json = json.substring(open.length()).strip();
            }
        }
        for (String close : List.of("//]]>", "]]>", "-->")) {
            if (json.endsWith(close)) {
                json = json.substring(0, json.length() - close.length()).strip();
            }
        }
        return json;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, out, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("@type") || node.has("datePublished") || node.has("headline")) {
            out.add(node);
        }
        collect(node.get("@graph"), out, depth + 1);
        for (String key : List.of("mainEntity", "mainEntityOfPage")) {
            JsonNode n = node.get(key);
            if (n != null && n.isObject() && n.has("@type") && n.size() > 2) {
                collect(n, out, depth + 1);
            }
        }
    }

    /**
     * @param node a JSON-LD object
     * @return its {@code @type} values, lower-case (a type may be a string or an array)
     */
    public static List<String> types(JsonNode node) {
        List<String> types = new ArrayList<>();
        JsonNode t = node.get("@type");
        if (t == null) {
            return types;
        }
        if (t.isArray()) {
            for (JsonNode n : t) {
                types.add(n.asText().toLowerCase(Locale.ROOT));
            }
        } else {
            types.add(t.asText().toLowerCase(Locale.ROOT));
        }
        return types;
    }

    /** @return true when the object is an Article or one of its subtypes */
    public static boolean isArticle(JsonNode node) {
        for (String t : types(node)) {
            String local = t.substring(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1);
            if (ARTICLE_TYPES.contains(local)) {
                return true;
            }
        }
        return false;
    }

    /** @return true when the object is a WebPage or a subtype (ItemPage, CollectionPage …) */
    public static boolean isWebPage(JsonNode node) {
        for (String t : types(node)) {
            if (t.endsWith("page")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param node a JSON-LD object, or null
     * @param key  a property
     * @return the property's text (the first element of an array, the {@code @value} of an object), or null
     */
    public static String text(JsonNode node, String key) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(key);
        if (v != null && v.isArray()) {
            v = v.size() > 0 ? v.get(0) : null;
        }
        if (v != null && v.isObject()) {
            v = v.get("@value");
        }
        if (v == null || !(v.isTextual() || v.isNumber())) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
