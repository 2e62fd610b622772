package newsflow.enrich.time.mentions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Resolves relative expressions against the reference day, following the anchoring conventions of the
 * TimeML annotation guidelines (TIMEX3 with {@code temporalFunction="true"}, anchor = document creation time)
 * and the project's contract (../shared/eval/README.md): a bare weekday is the latest such day on or before
 * the reference day, or the next one when the sentence speaks of the future.
 */
final class RelativeDateResolver {

    /** How a weekday is anchored. */
    enum Direction {
        /** latest such day on or before the reference day (a bare weekday in a report) */
        ON_OR_BEFORE,
        /** strictly before ("last Friday", "الخميس الماضي") */
        BEFORE,
        /** on or after (a bare weekday in a future sentence) */
        ON_OR_AFTER,
        /** strictly after ("next Friday", "الأحد القادم") */
        AFTER
    }

    /** How far ahead a date named without a year may lie and still be read in the coming weeks (days). */
    static final int NEAR_FUTURE_DAYS = 92;

    private RelativeDateResolver() {
    }

    static LocalDate weekday(LocalDate ref, DayOfWeek dow, Direction dir) {
        return switch (dir) {
            case ON_OR_BEFORE -> ref.with(TemporalAdjusters.previousOrSame(dow));
            case BEFORE -> ref.with(TemporalAdjusters.previous(dow));
            case ON_OR_AFTER -> ref.with(TemporalAdjusters.nextOrSame(dow));
            case AFTER -> ref.with(TemporalAdjusters.next(dow));
        };
    }

    /**
     * @param ref   reference day
     * @param unit  Y, Q, M, W, D (the granularity of the result)
     * @param shift signed number of units from the reference (−1 = last, 0 = this, +1 = next)
     * @return the TIMEX3 value at the unit's granularity
     */
    static String shift(LocalDate ref, String unit, int shift) {
        return switch (unit) {
            case "Y" -> Timex.year(ref.getYear() + shift);
            case "M" -> {
                LocalDate d = ref.withDayOfMonth(1).plusMonths(shift);
                yield Timex.month(d.getYear(), d.getMonthValue());
            }
            case "W" -> Timex.week(ref.plusWeeks(shift));
            case "D" -> Timex.day(ref.plusDays(shift));
            case "Q" -> {
                LocalDate d = ref.withDayOfMonth(1).plusMonths(3L * shift);
                yield Timex.quarter(d.getYear(), Timex.quarterOf(d));
            }
            case "DE" -> Integer.toString(ref.getYear() / 10 + shift);
            case "CE" -> Integer.toString(ref.getYear() / 100 + shift);
            default -> throw new IllegalArgumentException("unit " + unit);
        };
    }

    /**
     * A month named without a year ("Sept. 30", "11 سبتمبر"): the year that puts the date closest to the
     * reference day (HeidelTime's "nearest" strategy for news), unless the direction says past or future.
     *
     * @param day 0 when only the month is given
     * @return the year to use
     */
    static int yearFor(LocalDate ref, int month, int day, Direction dir) {
        int y = ref.getYear();
        int d = day == 0 ? 15 : day;
        if (dir == Direction.BEFORE) {
            return month < ref.getMonthValue() || month == ref.getMonthValue() && d < ref.getDayOfMonth() ? y : y - 1;
        }
        if (dir == Direction.ON_OR_BEFORE) {
            int past = month < ref.getMonthValue() || month == ref.getMonthValue() && (day == 0 || d <= ref.getDayOfMonth())
                    ? y : y - 1;
            // a date just ahead (announced payments, deadlines, meetings) is the coming one
            LocalDate ahead = LocalDate.of(y, month, day == 0 ? 1 : Math.min(d, 28));
            if (ahead.isBefore(ref) && !(day == 0 && month == ref.getMonthValue())) {
                ahead = ahead.plusYears(1);
            }
            long daysAhead = ahead.toEpochDay() - ref.toEpochDay();
            return daysAhead > 0 && daysAhead <= NEAR_FUTURE_DAYS ? ahead.getYear() : past;
        }
        if (dir == Direction.AFTER) {
            return month > ref.getMonthValue() || month == ref.getMonthValue() && d > ref.getDayOfMonth() ? y : y + 1;
        }
        if (dir == Direction.ON_OR_AFTER) {
            return month > ref.getMonthValue() || month == ref.getMonthValue() && (day == 0 || d >= ref.getDayOfMonth())
                    ? y : y + 1;
        }
        int best = y;
        long bestDist = Long.MAX_VALUE;
        for (int cand = y - 1; cand <= y + 1; cand++) {
            if (!Timex.valid(cand, month, Math.min(d, 28))) {
                continue;
            }
            long dist = Math.abs(LocalDate.of(cand, month, Math.min(d, 28)).toEpochDay() - ref.toEpochDay());
            if (dist < bestDist) {
                bestDist = dist;
                best = cand;
            }
        }
        return best;
    }

    /**
     * A point a number of hours or minutes away from the reference time ("2 hours ago", "il y a 2 heures",
     * "vor 3 Stunden", "hace 2 horas", «منذ ساعتين»): TIMEX3 says such an expression is a point (type TIME), not
     * the duration PT2H (TimeML Annotation Guidelines 1.2.1, "ago" expressions are anchored to the DCT).
     *
     * @param ref    the reference; with a clock the value is at minute precision and keeps the reference's offset
     *               ({@code 2019-05-02T12:30+03:00}), without one it is the reference day (the page gives no
     *               time, so the hour cannot be known and none is invented)
     * @param amount number of units, not negative
     * @param unit   {@code H} or {@code MIN}
     * @param sign   −1 for back (ago), +1 for ahead (in, later)
     * @return the value and its TIMEX3 type
     */
    static String[] clockShift(DateReference ref, int amount, String unit, int sign) {
        if (ref.clock() == null) {
            return new String[] {Timex.day(ref.day()), "DATE"};
        }
        java.time.LocalDateTime t = ref.clock().withSecond(0).withNano(0)
                .plusMinutes((long) sign * amount * ("H".equals(unit) ? 60 : 1));
        String v = t.format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", java.util.Locale.ROOT));
        return new String[] {ref.offset() == null ? v : v + ref.offset().getId(), "TIME"};
    }

    /** The most recent completed quarter before the reference day's quarter. */
    static String lastCompletedQuarter(LocalDate ref) {
        return shift(ref, "Q", -1);
    }

    /** The ISO week of the weekend (Saturday/Sunday) nearest before or at the reference, as YYYY-Www-WE. */
    static String weekend(LocalDate ref, int shiftWeeks) {
        return Timex.week(ref.plusWeeks(shiftWeeks)) + "-WE";
    }
}
