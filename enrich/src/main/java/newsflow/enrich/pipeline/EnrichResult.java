package newsflow.enrich.pipeline;

import java.util.List;
import newsflow.common.model.Edition;
import newsflow.common.model.PageKind;
import newsflow.enrich.extract.Extraction;

/**
 * The outcome of enriching one page.
 *
 * @param documentId  the document id (hash of the canonical URL)
 * @param kind        what the page is; only articles have editions
 * @param extraction  the extraction the editions were built from
 * @param editions    one per language, in order of first appearance; empty for non-articles
 * @param contentHash hex SHA-256 of the enriched content (title, dates, text) and the enrichment version
 * @param pages       how many pages were joined into the extraction (1 for a one-page article; case C24)
 */
public record EnrichResult(String documentId, PageKind kind, Extraction extraction, List<Edition> editions,
                           String contentHash, int pages) {

    /** The outcome of a one-page document. */
    public EnrichResult(String documentId, PageKind kind, Extraction extraction, List<Edition> editions,
                        String contentHash) {
        this(documentId, kind, extraction, editions, contentHash, 1);
    }
}
