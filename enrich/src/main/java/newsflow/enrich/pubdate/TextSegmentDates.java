package newsflow.enrich.pubdate;

import java.util.List;

/**
 * Date candidates from visible text segments ({@link VisibleTextSegments}): per source (byline, date-class,
 * text) the dates of the first segment that has any are taken; "Published …" raises a date's score, "Updated …"
 * makes it a modification date, a copyright line drops it.
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
        String doneSource = null;
        boolean byline = false;
        boolean dateClass = false;
        for (TextSegment s : segments) {
            if ((s.source().equals("byline") && byline) || (s.source().equals("date-class") && dateClass)
                    || s.source().equals(doneSource)) {
                continue;
            }
            boolean found = false;
            for (TextDate t : parser.findAll(s.folded(), order)) {
                if (DateLabels.isCopyright(s.folded(), t.start())) {
                    continue;
                }
                DateKind kind = DateLabels.kindBefore(s.folded(), t.start());
                if (s.labelledOnly() && kind != DateKind.PUBLISHED) {
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
                switch (s.source()) {
                    case "byline" -> byline = true;
                    case "date-class" -> dateClass = true;
                    default -> doneSource = s.source();
                }
            }
        }
    }
}
