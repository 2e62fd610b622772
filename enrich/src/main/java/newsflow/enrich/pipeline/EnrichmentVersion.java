package newsflow.enrich.pipeline;

/**
 * The version of the enrichment code. Every edition carries it; the sink keeps the edition of the higher
 * version, so replaying the raw-pages topic through a newer enrich re-enriches stored documents. Bump it
 * whenever a change alters what enrichment produces for the same page.
 */
public final class EnrichmentVersion {
    /**
     * The current version. 2: multi-page articles joined, page metadata (pages, paywalled, lead image, section,
     * keywords, body source) carried, continuation pages no longer enriched as articles.
     */
    public static final int CURRENT = 2;

    private EnrichmentVersion() {
    }
}
