package newsflow.enrich.time.published;

import newsflow.enrich.time.vocab.TimeTextNormalizer;

/**
 * A short piece of visible text that may hold the page's date.
 *
 * @param folded        text folded by {@link TimeTextNormalizer}
 * @param score         the evidence score a date found in it gets ({@link EvidenceScores})
 * @param source        provenance label ({@code byline}, {@code date-class}, {@code title}, {@code text})
 * @param labelledOnly  true when only a date labelled "Published …" counts here (text in a page footer or sidebar)
 */
record TextSegment(String folded, int score, String source, boolean labelledOnly) {
}
