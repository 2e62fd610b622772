package newsflow.enrich.time.published;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Recovers the page's own offset when its metadata gives a time in UTC but its visible byline shows the same
 * moment in local time without a zone (e.g. JSON-LD {@code 2020-02-25T02:25:54Z} and "Feb 24, 2020 9:25 pm"):
 * the difference between the two is the page's offset, and the value is restated in it
 * ({@code 2020-02-24T21:25:54-05:00}, the same instant). Applied only when the visible time and the UTC time fall
 * on different calendar days, so that the publication day is the one the page shows its readers; the difference
 * must be an offset in use (whole hours, or one of the
 * part-hour offsets such as +05:30) between -12:00 and +14:00.
 */
final class LocalOffsetInference {

    /** Largest offset west of UTC, in hours. */
    private static final int MIN_OFFSET_HOURS = -12;
    /** Largest offset east of UTC, in hours. */
    private static final int MAX_OFFSET_HOURS = 14;
    private static final int HOUR_SECONDS = 3600;
    /** The offsets in use that are not whole hours (tz database, 2024). */
    private static final java.util.Set<Integer> PART_HOUR_OFFSETS_MINUTES = java.util.Set.of(
            -570, -210, 210, 270, 330, 345, 390, 525, 570, 630, 765);

    private LocalOffsetInference() {
    }

    /**
     * @param chosen a candidate with a time in UTC
     * @param cands  all candidates of the page
     * @return the candidate restated in the page's local offset, or {@code chosen} when none is shown
     */
    static DateCandidate localised(DateCandidate chosen, List<DateCandidate> cands) {
        DateParts d = chosen.date();
        LocalDateTime utc = d.localDateTime().withSecond(0).withNano(0);
        for (DateCandidate c : cands) {
            DateParts v = c.date();
            if (!isVisible(c) || !v.hasTime() || v.offset() != null || v.sameDay(d)) {
                continue;
            }
            long seconds = Duration.between(utc, v.localDateTime().withSecond(0).withNano(0)).getSeconds();
            boolean realOffset = seconds % HOUR_SECONDS == 0
                    || (seconds % 60 == 0 && PART_HOUR_OFFSETS_MINUTES.contains((int) (seconds / 60)));
            if (!realOffset || seconds < MIN_OFFSET_HOURS * 3600L
                    || seconds > MAX_OFFSET_HOURS * 3600L) {
                continue;
            }
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((int) seconds);
            LocalDateTime local = d.localDateTime().plusSeconds(seconds);
            DateParts restated = DateParts.ofTime(local.getYear(), local.getMonthValue(), local.getDayOfMonth(),
                    local.getHour(), local.getMinute(), local.getSecond(), local.getNano(), offset, d.precision());
            return restated == null ? chosen : new DateCandidate(restated, chosen.kind(), chosen.source(),
                    chosen.score());
        }
        return chosen;
    }

    private static boolean isVisible(DateCandidate c) {
        return c.source().equals("byline") || c.source().equals("date-class");
    }
}
