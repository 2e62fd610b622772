package newsflow.enrich.time.published;

/** What a date candidate claims to be. */
public enum DateKind {
    /** First publication (datePublished, article:published_time, "Published …"). */
    PUBLISHED,
    /** Last modification (dateModified, "Updated: …"); never stands in for a publication date. */
    MODIFIED,
    /** A date whose role the page does not say (a bare date under the title, a URL date). */
    UNLABELLED
}
