package newsflow.enrich.extract;

import org.jsoup.nodes.Element;

/**
 * A candidate block before selection: its text, the innermost block element that holds it, and how many of its
 * characters sit inside links.
 *
 * @param kind      block kind
 * @param text      normalised text, never blank; {@code "\n"} for a single {@code <br>}
 * @param owner     the innermost block-level element around the text
 * @param linkChars characters of the text inside {@code <a>} elements
 */
record RawBlock(BlockKind kind, String text, Element owner, int linkChars) {

    /** @return linked characters over all characters, 0..1 */
    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }
}
