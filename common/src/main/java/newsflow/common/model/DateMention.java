package newsflow.common.model;

/**
 * A temporal expression found in an edition's text, normalised TIMEX3-style.
 *
 * @param text       the expression as written
 * @param value      TIMEX3 {@code value}: {@code 2017-07-11}, {@code 2017-11}, {@code 2018}, {@code 2018-W36},
 *                   {@code P1Y}, {@code XXXX-WXX-3}, {@code PRESENT_REF}…
 * @param type       {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param start      start offset in Unicode code points in the edition's paragraphs joined by "\n\n"
 * @param end        end offset (exclusive), same unit
 * @param ambiguous  true when a numeric date's day/month order was not evident from the text itself, else null
 * @param resolvedBy how an ambiguity or a relative expression was resolved ({@code source_order},
 *                   {@code locale}, {@code published}, {@code fetched}), or null
 */
public record DateMention(String text, String value, String type, int start, int end,
                          Boolean ambiguous, String resolvedBy) {
}
