package newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Heuristic 9 (page kind: paywall): the page says its text is behind a paywall — JSON-LD
 * {@code isAccessibleForFree: false} (Google's subscription-content markup), a paywall class or id
 * ({@link #PAYWALL_MARKERS}), or a subscription prompt phrase ({@link #PROMPTS}). The teaser stays the body;
 * the extraction is only marked.
 */
final class PaywallDetector {

    /** Class/id fragments (lower case) of paywall containers. */
    static final List<String> PAYWALL_MARKERS = List.of(
            "paywall", "regwall", "subscriber-only", "subscribers-only", "premium-content", "piano-offer", "metered");

    /** Prompt phrases (lower case) found in the page text. */
    static final List<String> PROMPTS = List.of(
            "subscribe to continue reading", "subscribe to read", "this article is for subscribers",
            "to continue reading, subscribe", "already a subscriber", "become a subscriber to read",
            "للمشتركين فقط", "اشترك لمتابعة القراءة");

    /**
     * @param doc    the parsed page, before cleaning
     * @param jsonLd its JSON-LD article
     * @return true when the markup or the JSON-LD marks the page as paywalled
     */
    boolean isMarkedPaywalled(Document doc, JsonLdArticle jsonLd) {
        if (!jsonLd.accessibleFree()) {
            return true;
        }
        for (Element el : doc.getAllElements()) {
            if (el.attributesSize() > 0 && (hasMarker(el.className()) || hasMarker(el.id()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param blocks all walked blocks of the cleaned page
     * @return true when a block is a subscription prompt
     */
    boolean hasPrompt(List<RawBlock> blocks) {
        for (RawBlock b : blocks) {
            String t = b.text().toLowerCase(Locale.ROOT);
            for (String p : PROMPTS) {
                if (t.contains(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasMarker(String value) {
        if (value.isEmpty()) {
            return false;
        }
        String v = value.toLowerCase(Locale.ROOT);
        for (String m : PAYWALL_MARKERS) {
            if (v.contains(m)) {
                return true;
            }
        }
        return false;
    }
}
