package newsflow.enrich.extract;

/**
 * One block of main text, in document order.
 *
 * @param kind what the block is
 * @param text its text: whitespace normalised, {@code "\n"} for {@code <br>}, never blank, no NUL or unpaired
 *             surrogate
 */
public record Block(BlockKind kind, String text) {
    /** NUL and unpaired surrogates become U+FFFD ({@link TextSanitizer}). */
    public Block {
        text = TextSanitizer.clean(text);
    }
}
