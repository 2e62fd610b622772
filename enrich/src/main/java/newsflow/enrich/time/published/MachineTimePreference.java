package newsflow.enrich.time.published;

import java.util.List;
import java.util.Set;

/**
 * A time read from visible text (a byline "3:48 Uhr", a date-classed element) never beats a machine-readable
 * publication timestamp of the same day: when the chosen candidate is visible text and a structured publication
 * candidate (JSON-LD, a meta tag, itemprop, a {@code time} element) gives a time on the same calendar day, the
 * structured value is taken. Visible clock times are often misread (12-hour clocks without am/pm, an update time
 * next to the date), while the page's metadata is written by its CMS. A structured date without a time only
 * corroborates (the visible time then stays, see {@link CandidateRanker}).
 */
final class MachineTimePreference {

    /** Sources that are visible text, the URL or the title rather than machine-readable values. */
    private static final Set<String> VISIBLE = Set.of("byline", "date-class", "text", "title", "url");
    /** Weakest structured candidate that may replace the visible one. */
    private static final int MIN_SCORE = EvidenceScores.META_UNKNOWN;

    private MachineTimePreference() {
    }

    /**
     * @param chosen the chosen publication candidate
     * @param cands  all candidates
     * @return the strongest same-day structured publication candidate with a time, or {@code chosen}
     */
    static DateCandidate apply(DateCandidate chosen, List<DateCandidate> cands) {
        if (!VISIBLE.contains(chosen.source()) || !chosen.date().hasDay()) {
            return chosen;
        }
        DateCandidate best = null;
        for (DateCandidate c : cands) {
            if (VISIBLE.contains(c.source()) || c.kind() == DateKind.MODIFIED || c.score() < MIN_SCORE
                    || !c.date().hasTime() || !c.date().sameDay(chosen.date())) {
                continue;
            }
            if (best == null || c.score() > best.score()) {
                best = c;
            }
        }
        return best == null ? chosen : new DateCandidate(best.date(), chosen.kind(), best.source(), chosen.score());
    }
}
