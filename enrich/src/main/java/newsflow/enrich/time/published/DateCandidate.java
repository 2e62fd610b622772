package newsflow.enrich.time.published;

/**
 * One piece of date evidence found on a page.
 *
 * @param date   the value
 * @param kind   what the page says it is
 * @param source provenance, e.g. {@code json-ld:datePublished}, {@code meta:article:published_time}
 * @param score  strength of the evidence (higher wins; see {@link EvidenceScores})
 */
public record DateCandidate(DateParts date, DateKind kind, String source, int score) {
}
