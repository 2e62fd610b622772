package newsflow.launcher.eval.sweep;

/**
 * What the sweep found on one page.
 *
 * @param file              the page file, relative to the evaluation folder
 * @param kind              the page kind's wire name, or {@code error} when enrichment failed
 * @param editions          editions produced
 * @param replacementChars  true when the title or text holds U+FFFD (a decoding loss)
 * @param wallText          the first paragraph of a stored article that reads as a consent wall, error page,
 *                          subscription prompt or bot check, with its category, or null
 * @param publishedAfterFetch true when the publication date lies after the fetch time
 * @param shortEditions     editions with fewer than {@link PageChecks#MIN_PARAGRAPHS} paragraphs
 * @param entityTitle       true when the page or an edition title still holds an HTML entity
 * @param error             the failure message, or null
 */
public record PageReport(String file, String kind, int editions, boolean replacementChars, String wallText,
                         boolean publishedAfterFetch, int shortEditions, boolean entityTitle, String error) {
}
