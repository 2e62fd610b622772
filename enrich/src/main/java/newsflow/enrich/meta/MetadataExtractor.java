package newsflow.enrich.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads authors, site name, canonical URL, declared language, lead image, section and keywords (issue 3).
 * Thread-safe; reads only meta/link tags, JSON-LD and a few byline elements.
 *
 * <ul>
 *   <li>site name: og:site_name, else the JSON-LD publisher's name, else application-name;</li>
 *   <li>authors: {@link AuthorNames} (people only, never the site name);</li>
 *   <li>canonical URL: rel=canonical, else og:url, when {@link CanonicalUrls#accept same-site and sane};</li>
 *   <li>language: {@link LanguageTags};</li>
 *   <li>lead image: og:image, else twitter:image, else the JSON-LD image, made absolute;</li>
 *   <li>section: article:section, else JSON-LD articleSection;</li>
 *   <li>keywords: news_keywords, keywords, article:tag and JSON-LD keywords, split on commas and semicolons,
 *       de-duplicated case-insensitively, at most {@link #MAX_KEYWORDS}.</li>
 * </ul>
 */
public final class MetadataExtractor {

    /** Most keywords kept. */
    public static final int MAX_KEYWORDS = 30;
    /** Longest keyword kept, in characters. */
    private static final int MAX_KEYWORD_CHARS = 80;

    /**
     * @param doc the parsed page
     * @param url the page URL, or null
     * @return the metadata found; absent fields are null (lists empty)
     */
    public PageMetadata extract(Document doc, String url) {
        List<JsonNode> objects = JsonLdObjects.read(doc);
        JsonNode article = null;
        for (JsonNode o : objects) {
            if (JsonLdObjects.isArticle(o)) {
                article = o;
                break;
            }
        }
        String siteName = siteName(doc, objects);
        List<String> authors = AuthorNames.find(doc, objects, siteName);
        String canonical = CanonicalUrls.accept(absolute(doc, "link[rel=canonical][href]", "href"), url);
        if (canonical == null) {
            canonical = CanonicalUrls.accept(absolute(doc, "meta[property=og:url][content]", "content"), url);
        }
        String image = absolute(doc, "meta[property=og:image][content], meta[name=og:image][content]", "content");
        if (image == null) {
            image = absolute(doc, "meta[name=twitter:image][content], meta[property=twitter:image][content]",
                    "content");
        }
        if (image == null && article != null) {
            image = jsonImage(article.get("image"));
        }
        String section = meta(doc, "meta[property=article:section][content], meta[name=article:section][content]");
        if (section == null && article != null) {
            section = JsonLdObjects.text(article, "articleSection");
        }
        return new PageMetadata(authors, siteName, canonical, LanguageTags.find(doc, objects), image, section,
                keywords(doc, article));
    }

    private static String siteName(Document doc, List<JsonNode> objects) {
        String s = meta(doc, "meta[property=og:site_name][content], meta[name=og:site_name][content]");
        if (s != null) {
            return s;
        }
        for (JsonNode o : objects) {
            JsonNode p = o.get("publisher");
            if (p != null && p.isArray() && p.size() > 0) {
                p = p.get(0);
            }
            String name = p == null ? null : p.isTextual() ? p.asText() : JsonLdObjects.text(p, "name");
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        return meta(doc, "meta[name=application-name][content]");
    }

    private static List<String> keywords(Document doc, JsonNode article) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element m : doc.select("meta[name=news_keywords][content], meta[name=keywords][content], "
                + "meta[property=article:tag][content], meta[name=article:tag][content]")) {
            addKeywords(m.attr("content"), out);
        }
        if (article != null) {
            JsonNode k = article.get("keywords");
            if (k != null && k.isArray()) {
                for (JsonNode n : k) {
                    addKeywords(n.asText(""), out);
                }
            } else if (k != null && k.isTextual()) {
                addKeywords(k.asText(), out);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void addKeywords(String raw, Map<String, String> out) {
        for (String k : raw.split("[,;،]")) {
            String s = k.strip();
            if (!s.isEmpty() && s.length() <= MAX_KEYWORD_CHARS && out.size() < MAX_KEYWORDS) {
                out.putIfAbsent(s.toLowerCase(Locale.ROOT), s);
            }
        }
    }

    private static String jsonImage(JsonNode img) {
        if (img == null) {
            return null;
        }
        if (img.isArray()) {
            return img.size() == 0 ? null : jsonImage(img.get(0));
        }
        if (img.isTextual()) {
            return img.asText().isBlank() ? null : img.asText().strip();
        }
        return JsonLdObjects.text(img, "url");
    }

    private static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String v = e.attr("content").strip();
        return v.isEmpty() ? null : v;
    }

    private static String absolute(Document doc, String selector, String attr) {
        Element e = doc.selectFirst(selector);
        if (e == null || e.attr(attr).isBlank()) {
            return null;
        }
        String abs = e.absUrl(attr);
        return abs.isEmpty() ? e.attr(attr).strip() : abs;
    }
}
