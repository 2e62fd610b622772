package newsflow.enrich.time.mentions;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * Formats TIMEX3 values (TimeML 1.2.1 specification, section 2.2.1.2 "TIMEX3"; ISO-TimeML, ISO 24617-1):
 * calendar dates {@code YYYY-MM-DD}, months {@code YYYY-MM}, years {@code YYYY}, ISO weeks {@code YYYY-Www},
 * quarters {@code YYYY-Qn}, halves {@code YYYY-Hn}, seasons {@code YYYY-SP|SU|FA|WI}, decades {@code YYY},
 * centuries {@code YY}, durations {@code PnY}/{@code PTnH} and the tokens PRESENT_REF, PAST_REF, FUTURE_REF.
 */
final class Timex {

    static final String PRESENT_REF = "PRESENT_REF";
    static final String PAST_REF = "PAST_REF";
    static final String FUTURE_REF = "FUTURE_REF";

    private Timex() {
    }

    static String day(LocalDate d) {
        return d.toString();
    }

    static String month(int year, int month) {
        return String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
    }

    static String year(int year) {
        return String.format(java.util.Locale.ROOT, "%04d", year);
    }

    static String week(LocalDate d) {
        return String.format(java.util.Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(int year, int q) {
        return year(year) + "-Q" + q;
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    /**
     * @param n    amount, or null for an unspecified amount ("X")
     * @param unit one of Y, M, W, D, H, MIN, S, Q, DE (decade), CE (century)
     * @return a TIMEX3 duration such as P2Y, PT5H, PXM
     */
    static String duration(Integer n, String unit) {
        String amount = n == null ? "X" : Integer.toString(n);
        return switch (unit) {
            case "H" -> "PT" + amount + "H";
            case "MIN" -> "PT" + amount + "M";
            case "S" -> "PT" + amount + "S";
            default -> "P" + amount + unit;
        };
    }

    /**
     * @return true if a calendar date with these fields exists
     */
    static boolean valid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1 || year > 9999) {
            return false;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }
}
