package newsflow.enrich.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's declared language, from {@code <html lang>}, {@code meta http-equiv=content-language},
 * {@code og:locale}, then JSON-LD {@code inLanguage}, normalised to a lower-case BCP 47 tag ({@code en},
 * {@code ar}, {@code pt-br}): underscores become hyphens, the first of a list is taken, and anything that is not
 * a language tag ({@code x-default}, empty, garbage) is skipped.
 */
final class LanguageTags {

    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

    private LanguageTags() {
    }

    /** @return the normalised declared language, or null */
    static String find(Document doc, List<JsonNode> objects) {
        Element html = doc.selectFirst("html[lang]");
        String t = normalise(html == null ? null : html.attr("lang"));
        if (t == null) {
            Element e = doc.selectFirst("meta[http-equiv~=(?i)^content-language$][content]");
            t = normalise(e == null ? null : e.attr("content"));
        }
        if (t == null) {
            Element e = doc.selectFirst("meta[property=og:locale][content]");
            t = normalise(e == null ? null : e.attr("content"));
        }
        for (int i = 0; t == null && i < objects.size(); i++) {
            t = normalise(JsonLdObjects.text(objects.get(i), "inLanguage"));
        }
        return t;
    }

    /**
     * @param raw a declared language ({@code en_US}, {@code "de-DE, en"}), or null
     * @return the lower-case BCP 47 tag, or null when not a language tag
     */
    static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        int comma = s.indexOf(',');
        if (comma >= 0) {
            s = s.substring(0, comma).strip();
        }
        return TAG.matcher(s).matches() && !s.startsWith("x-") ? s : null;
    }
}
