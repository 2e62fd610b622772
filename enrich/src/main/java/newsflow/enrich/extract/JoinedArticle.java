package newsflow.enrich.extract;

/**
 * A multi-page article joined into one extraction.
 *
 * @param extraction the first page's extraction with the blocks of all joined pages, {@code nextPageUrl} null
 * @param pages      how many pages were joined (1 or more)
 */
public record JoinedArticle(Extraction extraction, int pages) {
}
