package newsflow.enrich.time.published;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * When the metadata's date-time and the date shown under the headline are one calendar day apart, the page's
 * readers see the headline date (unless a {@code time} element shows the metadata's day): metadata times are
 * often stored as local midnight converted to UTC
 * ({@code 2021-11-04T23:00:00Z} for a page dated 5 November) or in a zone other than the page's own. The shown
 * date is then taken, at day precision (a date-only value stays a date). A shown date further away is a different
 * event (an update, a related item) and is ignored.
 */
final class VisibleDayPreference {

    private VisibleDayPreference() {
    }

    /**
     * @param chosen the ranked publication candidate
     * @param cands  all candidates
     * @return the shown headline date when it is one day from {@code chosen}'s, else {@code chosen}
     */
    static DateCandidate apply(DateCandidate chosen, List<DateCandidate> cands) {
        DateParts d = chosen.date();
        if (!d.hasTime() || chosen.source().equals("byline")) {
            return chosen;
        }
        for (DateCandidate c : cands) {
            if (c.source().startsWith("time") && c.kind() != DateKind.MODIFIED && c.date().sameDay(d)) {
                return chosen;
            }
        }
        for (DateCandidate c : cands) {
            if (!c.source().equals("byline") || c.kind() == DateKind.MODIFIED) {
                continue;
            }
            DateParts v = c.date();
            if (v.hasTime() || !v.hasDay()) {
                return chosen;
            }
            long days = Math.abs(ChronoUnit.DAYS.between(d.localDate(), v.localDate()));
            return days == 1 ? new DateCandidate(v, chosen.kind(), c.source(), chosen.score()) : chosen;
        }
        return chosen;
    }
}
