package newsflow.enrich.time.mentions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day/month order a text proves by itself (issue 14 item 3, case C04): a numeric date whose first field is
 * above 12 ({@code 15/4/2019}) votes day first, one whose second field is above 12 ({@code 4/15/2019}) month
 * first. The majority decides for every ambiguous date of the same text ({@code 2/5/2019} after {@code 15/4/2019}
 * is 2 May); a tie, or no unambiguous date, decides nothing. Year-first dates ({@code 2019-04-15}) do not vote:
 * ISO 8601 says nothing about the order of the other forms.
 */
final class TextDateOrder {

    private TextDateOrder() {
    }

    /**
     * @param text    the normalised text (ASCII digits)
     * @param numeric the pattern of numeric dates, groups 1 and 3 the first two fields, group 4 the last
     * @return {@code DMY}, {@code MDY}, or null when the text does not decide
     */
    static String of(String text, Pattern numeric) {
        int dayFirst = 0;
        int monthFirst = 0;
        Matcher m = numeric.matcher(text);
        while (m.find()) {
            if (m.group(1).length() > 2) {
                continue;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            if (a > 12 && a <= 31 && b >= 1 && b <= 12) {
                dayFirst++;
            } else if (b > 12 && b <= 31 && a >= 1 && a <= 12) {
                monthFirst++;
            }
        }
        if (dayFirst == monthFirst) {
            return null;
        }
        return dayFirst > monthFirst ? "DMY" : "MDY";
    }
}
