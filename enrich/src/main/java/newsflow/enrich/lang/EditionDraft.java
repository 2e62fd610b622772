package newsflow.enrich.lang;

import java.util.List;

/**
 * The text of one language edition, before topics and dates.
 *
 * @param lang       ISO 639-1 code, or {@code und}
 * @param title      the title in this language (the page title, or the page's heading in this language), or null
 * @param direction  {@code ltr} or {@code rtl}
 * @param share      share of the document's letters in this language, in [0, 1]
 * @param paragraphs the blocks of this language, in document order
 */
public record EditionDraft(String lang, String title, String direction, double share, List<String> paragraphs) {
}
