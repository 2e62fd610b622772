package newsflow.enrich.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Heuristic 3 (link density): the share of an element's text that sits inside links. Navigation, related-article
 * lists and tag clouds are mostly links; article text is not. Computed for every element at once from the
 * walked blocks (each block's characters count for its owner and all the owner's ancestors). Threshold values
 * follow Readability.js ({@code 0.25} for a paragraph sibling) and trafilatura's {@code link_density_test}.
 */
final class LinkDensity {

    /** A block whose link share is at least this is navigation, not text (short blocks). */
    static final double MAX_SHORT_BLOCK_DENSITY = 0.5;

    /** Long blocks (at least {@link #LONG_BLOCK_CHARS}) may carry more inline links. */
    static final double MAX_LONG_BLOCK_DENSITY = 0.75;

    /** A short block that ends like a sentence (inline links in running text) may carry this much. */
    static final double MAX_SENTENCE_DENSITY = 0.7;

    /** Length from which a block counts as long. */
    static final int LONG_BLOCK_CHARS = 200;

    private final Map<Element, int[]> totals = new IdentityHashMap<>();

    /**
     * @param blocks the walked blocks of the page
     */
    LinkDensity(List<RawBlock> blocks) {
        for (RawBlock b : blocks) {
            int len = b.text().length();
            for (Element e = b.owner(); e != null; e = e.parent()) {
                int[] t = totals.computeIfAbsent(e, k -> new int[2]);
                t[0] += len;
                t[1] += b.linkChars();
            }
        }
    }

    /** @return characters of block text below {@code el} */
    int chars(Element el) {
        int[] t = totals.get(el);
        return t == null ? 0 : t[0];
    }

    /** @return linked share of the text below {@code el}, 0..1 (0 when it has no text) */
    double of(Element el) {
        int[] t = totals.get(el);
        return t == null || t[0] == 0 ? 0 : (double) t[1] / t[0];
    }

    /**
     * @param b a block
     * @return true when the block is mostly link text
     */
    static boolean isLinkBlock(RawBlock b) {
        double max = b.text().length() >= LONG_BLOCK_CHARS ? MAX_LONG_BLOCK_DENSITY
                : endsSentence(b.text()) ? MAX_SENTENCE_DENSITY : MAX_SHORT_BLOCK_DENSITY;
        return b.linkDensity() >= max;
    }

    /** @return true when the text ends with sentence punctuation (Latin, Arabic, CJK) */
    static boolean endsSentence(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        if (c == '"' || c == '\u201d' || c == '\u00bb' || c == '\'' || c == '\u2019' || c == ')') {
            c = s.length() > 1 ? s.charAt(s.length() - 2) : c;
        }
        return c == '.' || c == '!' || c == '?' || c == '\u061f' || c == '\u3002' || c == '\uff01' || c == '\uff1f';
    }
}
