package newsflow.enrich.pipeline;

/**
 * The version of the enrichment code. Every edition carries it; the sink keeps the edition of the higher
 * version, so replaying the raw-pages topic through a newer enrich re-enriches stored documents. Bump it
 * whenever a change alters what enrichment produces for the same page.
 */
public final class EnrichmentVersion {
    /** The current version. */
    public static final int CURRENT = 1;

    private EnrichmentVersion() {
    }
}
