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
 * @param calendar   the calendar the text writes the date in when it is not the Gregorian one, as a CLDR / BCP 47
 *                   calendar identifier ({@code islamic-umalqura} Hijri, {@code persian} Solar Hijri); {@code
 *                   value} is then its Gregorian conversion; null for Gregorian dates
 * @param original   with {@code calendar}: the date in that calendar, ISO 8601 shaped ({@code 1402-08-15},
 *                   {@code 1445-03}, {@code 1439}); else null
 * @param calendarNote with {@code calendar}: how exact the conversion is ({@code ±1 day} for Hijri, whose months
 *                   begin a day apart where the crescent is sighted), null when exact
 */
public record DateMention(String text, String value, String type, int start, int end,
                          Boolean ambiguous, String resolvedBy, String calendar, String original,
                          String calendarNote) {

    /** A Gregorian mention (no calendar fields). */
    public DateMention(String text, String value, String type, int start, int end, Boolean ambiguous,
                       String resolvedBy) {
        this(text, value, type, start, end, ambiguous, resolvedBy, null, null, null);
    }
}
