package newsflow.enrich.extract.kind;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Language-independent signs of an error page: an HTTP status code (RFC 9110 section 15: 4xx client and 5xx
 * server errors) standing in a short title or headline, and root markup that names an error template
 * (WordPress gives the body {@code class="error404"}; others use {@code page-404}, {@code not-found}).
 */
public final class ErrorPageSignals {

    /** Titles and headlines longer than this are sentences, not status lines. */
    public static final int MAX_STATUS_LINE_CHARS = 80;

    /** A 4xx or 5xx code standing alone (not part of a longer or decimal number; a full stop may follow). */
    static final Pattern STATUS_CODE = Pattern.compile(
            "(?<!\\p{Nd})(?<!\\p{Nd}[.,])[45]\\d\\d(?!\\p{Nd})(?![.,]\\p{Nd})");

    /** Class/id fragments of error templates (lower case). */
    static final List<String> ERROR_MARKUP = List.of(
            "error404", "error-404", "error_404", "page-404", "page_404", "404-page", "not-found", "notfound",
            "not_found", "page-not-found", "errorpage", "error-page", "error_page");

    private ErrorPageSignals() {
    }

    /**
     * @param text a title or headline, or null
     * @return true when it is short and holds a 4xx/5xx status code (ASCII digits, after NFKC)
     */
    public static boolean hasStatusCode(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_STATUS_LINE_CHARS) {
            return false;
        }
        return STATUS_CODE.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)).find();
    }

    /**
     * @param doc the untouched page
     * @return true when {@code html}, {@code body}, {@code main} or a direct child of the body names an error
     *         template in its class or id
     */
    public static boolean hasErrorMarkup(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return false;
        }
        if (names(doc.selectFirst("html")) || names(body)) {
            return true;
        }
        for (Element el : body.select("main, [role=main]")) {
            if (names(el)) {
                return true;
            }
        }
        for (Element el : body.children()) {
            if (names(el)) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(Element el) {
        if (el == null) {
            return false;
        }
        String v = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
        for (String m : ERROR_MARKUP) {
            if (v.contains(m)) {
                return true;
            }
        }
        return false;
    }
}
