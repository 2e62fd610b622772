package newsflow.enrich.extract;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.List;
import newsflow.common.serde.Json;
import org.jsoup.nodes.Element;

/**
 * Heuristic 11 (hydration JSON, case C26): an application shell often ships the article as an HTML string inside
 * a script's state blob ({@code __NEXT_DATA__}, a dehydrated query cache, {@code window.__INITIAL_STATE__}).
 * The reader takes, over all non-JSON-LD scripts, the longest JSON string literal that holds paragraph markup
 * ({@code <p} raw or escaped as {@code \u003cp}) and at least {@link #MIN_CHARS} characters, and returns it
 * decoded. Only used when the DOM yields no text; the scan is linear in the script size, without regular
 * expressions.
 */
final class HydrationBlobReader {

    /** Shortest literal accepted. */
    static final int MIN_CHARS = 200;

    private static final ObjectReader STRING = Json.mapper().readerFor(String.class);

    /**
     * @param scripts the page's script elements (taken before cleaning)
     * @return the decoded HTML of the longest paragraph-bearing string, or null
     */
    String longestHtmlString(List<Element> scripts) {
        String best = null;
        for (Element s : scripts) {
            String type = s.attr("type");
            if (type.contains("ld+json")) {
                continue;
            }
            String data = s.data();
            if (data.indexOf("<p") < 0 && data.indexOf("\\u003cp") < 0 && data.indexOf("\\u003Cp") < 0) {
                continue;
            }
            String lit = longestLiteral(data);
            if (lit != null && (best == null || lit.length() > best.length())) {
                best = lit;
            }
        }
        if (best == null) {
            return null;
        }
        try {
            return STRING.readValue("\"" + best + "\"");
        } catch (IOException e) {
            return null;
        }
    }

    /** The longest double-quoted literal of {@code data} (raw, escapes kept) that contains paragraph markup. */
    static String longestLiteral(String data) {
        String best = null;
        int i = 0;
        int n = data.length();
        while (i < n) {
            int start = data.indexOf('"', i);
            if (start < 0) {
                break;
            }
            int j = start + 1;
            while (j < n && data.charAt(j) != '"') {
                j += data.charAt(j) == '\\' ? 2 : 1;
            }
            if (j >= n) {
                break;
            }
            int len = j - start - 1;
            if (len >= MIN_CHARS && (best == null || len > best.length())) {
                String lit = data.substring(start + 1, j);
                if (lit.contains("<p") || lit.contains("\\u003cp") || lit.contains("\\u003Cp")) {
                    best = lit;
                }
            }
            i = j + 1;
        }
        return best;
    }
}
