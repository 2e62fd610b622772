package newsflow.enrich.time.published;

import java.util.Locale;

/**
 * The order of a numeric date's fields. Decided once per page (case C04): the source hint, else unambiguous
 * numeric dates on the same page (a first field above 12 means day first), else the page's locale (US English and
 * a few others write month first; see {@link DateOrderResolver}).
 */
public enum DayMonthOrder {
    /** 15/4/2019. */
    DMY,
    /** 4/15/2019. */
    MDY,
    /** 2019/4/15. */
    YMD;

    /**
     * @param hint {@code DMY}, {@code MDY} or {@code YMD} (any case), or null
     * @return the order, or null when the hint is absent or unknown
     */
    public static DayMonthOrder fromHint(String hint) {
        if (hint == null) {
            return null;
        }
        try {
            return valueOf(hint.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
