package newsflow.enrich.time.published;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Widens the text read around a visible date so that {@link DateLabels} sees a label written apart from it:
 * in the element before it ({@code <dt>Published</dt><dd>23 May 2019</dd>}), or in the sentence of the block
 * holding an inline date ("wurde am {@code <nobr>19. Mai 2010</nobr>} gepostet").
 */
final class LabelContext {

    /** Inline elements whose text is read with the sentence of their block ({@link #enclosingBlock}). */
    private static final Set<String> INLINE_TAGS = Set.of("nobr", "span", "b", "strong", "i", "em", "a", "time",
            "small", "font", "abbr");
    /** Longest block text read as one labelled statement. */
    static final int SENTENCE_CHARS = 300;
    /** Longest value text read with the label of its preceding sibling ({@link #withSiblingLabel}). */
    static final int LABEL_VALUE_CHARS = 60;
    /** Longest text of a sibling element that is still a label. */
    static final int LABEL_CHARS = 40;

    private LabelContext() {
    }

    /**
     * @return the block holding an inline element's sentence ("Der Artikel wurde am {@code <nobr>19. Mai
     *     2010</nobr>} gepostet"), when short enough to be one statement; else null
     */
    static Element enclosingBlock(Element inline) {
        if (inline == null || !INLINE_TAGS.contains(inline.normalName())) {
            return null;
        }
        Element block = inline.parent();
        while (block != null && INLINE_TAGS.contains(block.normalName())) {
            block = block.parent();
        }
        return block == null || block.text().length() > SENTENCE_CHARS ? null : block;
    }

    /**
     * A label and its value in sibling elements ({@code <dt>Published</dt><dd>23 May 2019</dd>},
     * {@code <p class="title">Mise en ligne</p><p class="content">23 mai 2019</p>}): a short value is read
     * after the short, number-free text of the element before it, so {@link DateLabels} sees the label.
     */
    static String withSiblingLabel(Element valueElement, String value) {
        if (value.length() > LABEL_VALUE_CHARS) {
            return value;
        }
        Element prev = valueElement.previousElementSibling();
        if (prev == null) {
            return value;
        }
        String label = prev.text();
        return label.isBlank() || label.length() > LABEL_CHARS || VisibleTextSegments.hasDigit(label) ? value
                : label + " " + value;
    }
}
