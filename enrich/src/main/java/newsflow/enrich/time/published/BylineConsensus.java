package newsflow.enrich.time.published;

import java.util.List;
import java.util.Set;

/**
 * When a page's structured dates disagree, the date shown under the headline decides between them: if the
 * strongest publication candidate falls on another day than the headline date, and another structured
 * candidate that says it is the publication date (a meta tag, JSON-LD, a {@code time pubdate}) gives the
 * headline's day, that one is
 * taken. The headline date alone never overrules metadata; it only breaks the tie between metadata that
 * contradict each other (e.g. a JSON-LD datePublished left at the first version and a DC.date.issued matching the
 * byline).
 */
final class BylineConsensus {

    /** Sources that are visible text or the URL, not structured metadata. */
    private static final Set<String> UNSTRUCTURED = Set.of("byline", "date-class", "text", "title", "url");
    /** Weakest structured candidate that may be chosen by the headline date. */
    private static final int MIN_BACKING_SCORE = EvidenceScores.META_GENERIC;

    private BylineConsensus() {
    }

    /**
     * @param chosen the strongest publication candidate
     * @param cands  all candidates
     * @return the structured candidate agreeing with the headline date, or {@code chosen}
     */
    static DateCandidate apply(DateCandidate chosen, List<DateCandidate> cands) {
        if (UNSTRUCTURED.contains(chosen.source()) || !chosen.date().hasDay()) {
            return chosen;
        }
        DateCandidate byline = null;
        for (DateCandidate c : cands) {
            if (c.source().equals("byline") && c.kind() != DateKind.MODIFIED
                    && c.score() >= EvidenceScores.HEADLINE_ZONE_FAR) {
                byline = c;
                break;
            }
        }
        if (byline == null || byline.date().sameDay(chosen.date())) {
            return chosen;
        }
        DateCandidate best = null;
        for (DateCandidate c : cands) {
            if (!UNSTRUCTURED.contains(c.source()) && c.kind() == DateKind.PUBLISHED && c.score() >= MIN_BACKING_SCORE
                    && c.date().hasDay() && c.date().sameDay(byline.date())
                    && (best == null || c.score() > best.score())) {
                best = c;
            }
        }
        return best == null ? chosen : new DateCandidate(best.date(), best.kind(), best.source(), chosen.score());
    }
}
