package newsflow.enrich.extract;

/** The kind of a main-text block. Each is one paragraph of the output (the title is a field, not a block). */
public enum BlockKind {
    /** A heading below the title (h2–h6, or an h1 that is not the title). */
    HEADING,
    /** A paragraph, or a run of text separated by {@code <br><br>}. */
    PARAGRAPH,
    /** One list item. */
    LIST_ITEM,
    /** A block quote. */
    QUOTE,
    /** A preformatted block. */
    PRE,
    /** A data table, rows as lines and cells joined by {@code " | "}. */
    TABLE
}
