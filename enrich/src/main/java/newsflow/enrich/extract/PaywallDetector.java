package newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;

/**
 * Heuristic 9 (page kind: paywall): the page says its text is behind a paywall — JSON-LD
 * {@code isAccessibleForFree: false} (Google's subscription-content markup), a paywall class or id
 * ({@link #PAYWALL_MARKERS}), or a subscription prompt phrase ({@link #PROMPTS}). The teaser stays the body;
 * the extraction is only marked.
 */
final class PaywallDetector {

    /** Class/id fragments of paywall containers (CSS attribute-contains selectors). */
    static final String PAYWALL_MARKERS = "[class*=paywall], [id*=paywall], [class*=regwall], [class*=subscriber-only],"
            + " [class*=premium-content], [class*=piano-offer], [class*=metered]";

    /** Prompt phrases (lower case) found in the page text. */
    static final List<String> PROMPTS = List.of(
            "subscribe to continue reading", "subscribe to read", "this article is for subscribers",
            "to continue reading, subscribe", "already a subscriber", "become a subscriber to read",
            "للمشتركين فقط", "اشترك لمتابعة القراءة");

    /**
     * @param doc    the parsed page, before cleaning
     * @param jsonLd its JSON-LD article
     * @return true when the page is marked as paywalled
     */
    boolean isPaywalled(Document doc, JsonLdArticle jsonLd) {
        if (!jsonLd.accessibleFree()) {
            return true;
        }
        if (doc.selectFirst(PAYWALL_MARKERS) != null) {
            return true;
        }
        String text = doc.body() == null ? "" : doc.body().text().toLowerCase(Locale.ROOT);
        for (String p : PROMPTS) {
            if (text.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
