package newsflow.enrich.time.published;

import java.util.Locale;

/** How much of a date the page gives, coarsest first; {@link #label()} is the wire name of DateValue.precision. */
public enum DatePrecision {
    /** {@code 2018}. */
    YEAR,
    /** {@code 2018-09}. */
    MONTH,
    /** {@code 2018-09-06}. */
    DAY,
    /** {@code 2018-09-06T01:52}. */
    MINUTE,
    /** {@code 2018-09-06T01:52:07}, with or without a fraction. */
    SECOND;

    /** @return the lower-case label: year, month, day, minute or second */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
