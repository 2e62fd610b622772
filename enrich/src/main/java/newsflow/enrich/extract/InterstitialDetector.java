package newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;

/**
 * Heuristic 13 (page kind: interstitial): a consent wall, bot check, error or redirect page standing in for the
 * article. The page is an interstitial when its main text is under {@link #MAX_TEXT_CHARS} characters and either
 * its title or its text carries a wall phrase ({@link #PHRASES}), or it redirects with
 * {@code <meta http-equiv=refresh>}. Such pages yield no editions and should be fetched again later.
 */
final class InterstitialDetector {

    /** Longer main texts are articles whatever else the page says. */
    static final int MAX_TEXT_CHARS = 400;

    /** Wall phrases (lower case). */
    static final List<String> PHRASES = List.of(
            "before you continue", "we value your privacy", "your privacy choices", "consent to the use",
            "are you a robot", "verify you are human", "checking your browser", "captcha", "access denied",
            "page not found", "404 not found", "this page could not be found", "request blocked",
            "enable cookies", "just a moment", "attention required", "الصفحة غير موجودة", "تم رفض الوصول");

    /**
     * @param doc    the parsed page (metadata part is read: {@code meta refresh})
     * @param title  the extracted title, or null
     * @param raw    all walked blocks of the cleaned page
     * @param blocks the main-text blocks
     * @return true when the page stands in for an article
     */
    boolean isInterstitial(Document doc, String title, List<RawBlock> raw, List<Block> blocks) {
        int chars = 0;
        for (Block b : blocks) {
            chars += b.text().length();
        }
        if (chars >= MAX_TEXT_CHARS) {
            return false;
        }
        if (doc.selectFirst("meta[http-equiv=refresh]") != null) {
            return true;
        }
        if (title != null && hasPhrase(title.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (RawBlock b : raw) {
            if (b.text().length() < MAX_TEXT_CHARS * 2 && hasPhrase(b.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPhrase(String t) {
        for (String p : PHRASES) {
            if (t.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
