package newsflow.enrich.time.published;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Date candidates from visible text segments ({@link VisibleTextSegments}): per source (byline, date-class,
 * text) the dates of the first segment that has any are taken, and
 * after it only labelled dates; "Published …" raises a date's score, "Updated …"
 * makes it a modification date, a copyright line or a range of days ({@link DateRanges}) drops it.
 */
final class TextSegmentDates {

    /** Extra score of a date labelled "Published"/"Updated" over an unlabelled one in the same place. */
    static final int LABEL_BONUS = EvidenceScores.BYLINE_LABELLED - EvidenceScores.HEADLINE_ZONE;

    private TextSegmentDates() {
    }

    /**
     * @param segments the page's segments, strongest first
     * @param parser   the text parser
     * @param order    the page's numeric date order
     * @param out      receives the candidates
     */
    static void collect(List<TextSegment> segments, TextDateParser parser, DayMonthOrder order,
                        List<DateCandidate> out) {
        Set<String> done = new HashSet<>();
        for (TextSegment s : segments) {
            boolean labelledOnly = s.labelledOnly() || done.contains(s.source());
            if (!TextDateParser.mayHoldDate(s.folded())
                    || (done.contains(s.source()) && !DateLabels.hasAnyLabel(s.folded()))) {
                continue;
            }
            boolean found = false;
            for (TextDate t : parser.findAll(s.folded(), order)) {
                if (DateLabels.isCopyright(s.folded(), t.start()) || DateRanges.isRange(s.folded(), t)) {
                    continue;
                }
                DateKind kind = DateLabels.kindAround(s.folded(), t.start(), t.end());
                if (labelledOnly && (kind == DateKind.UNLABELLED
                        || (s.labelledOnly() && kind != DateKind.PUBLISHED))) {
                    continue;
                }
                int score = s.score() + (kind == DateKind.UNLABELLED ? 0 : LABEL_BONUS);
                out.add(new DateCandidate(t.date(), kind, s.source(), score));
                found = true;
                if (s.source().equals("text") && kind != DateKind.MODIFIED) {
                    break;
                }
            }
            if (found) {
                done.add(s.source());
            }
        }
    }
}
