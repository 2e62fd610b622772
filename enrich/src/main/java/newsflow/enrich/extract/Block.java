package newsflow.enrich.extract;

/**
 * One block of main text, in document order.
 *
 * @param kind what the block is
 * @param text its text: whitespace normalised, {@code "\n"} for {@code <br>}, never blank
 */
public record Block(BlockKind kind, String text) {
}
