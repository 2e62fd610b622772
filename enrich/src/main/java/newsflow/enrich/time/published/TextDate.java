package newsflow.enrich.time.published;

/**
 * A date found in folded text.
 *
 * @param date      the value
 * @param start     start offset in the folded text
 * @param end       end offset (exclusive), after any time that follows the date
 * @param ambiguous true when day and month could be swapped and the page's order decided it (case C04)
 */
public record TextDate(DateParts date, int start, int end, boolean ambiguous) {
}
