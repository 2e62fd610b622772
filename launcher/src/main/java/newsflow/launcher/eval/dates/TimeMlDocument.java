package newsflow.launcher.eval.dates;

import java.time.LocalDate;
import java.util.List;

/**
 * One TimeML document prepared for scoring.
 *
 * @param id   file name
 * @param text the text that is tagged (TEXT element content without markup; the DCT is not in it)
 * @param dct  the document creation time (reference day), or null when the document has none
 * @param gold gold TIMEX3 expressions in {@code text}, offsets in Unicode code points, DCT excluded
 */
public record TimeMlDocument(String id, String text, LocalDate dct, List<Gold> gold) {

    /**
     * A gold TIMEX3.
     *
     * @param start start, code points
     * @param end   end (exclusive), code points
     * @param text  the expression
     * @param type  TIMEX3 type
     * @param value TIMEX3 value
     */
    public record Gold(int start, int end, String text, String type, String value) {
    }
}
