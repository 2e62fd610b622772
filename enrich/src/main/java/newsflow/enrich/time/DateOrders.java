package newsflow.enrich.time;

import java.util.Locale;
import java.util.Set;

/**
 * The order of numeric dates (day/month) a source writes, when its sources-file hint does not say: from the
 * page's declared language (BCP 47). United States English writes month first; Chinese, Japanese, Korean and
 * Hungarian write year-month-day; other English regions and the other languages write day first (CLDR
 * short-date patterns). Bare {@code en} decides nothing (null): the tagger then flags ambiguous dates.
 */
public final class DateOrders {
    private static final Set<String> MONTH_FIRST_REGIONS = Set.of("us", "ph", "pr", "um", "vi", "as", "gu", "mp");
    private static final Set<String> YEAR_FIRST_LANGUAGES = Set.of("zh", "ja", "ko", "hu", "lt");

    private DateOrders() {
    }

    /**
     * @param hinted   the source's configured order, or null
     * @param language the page's declared language tag (e.g. {@code en-GB}, {@code ar}), or null
     * @return {@code DMY}, {@code MDY}, {@code YMD}, or null when undecided
     */
    public static String of(String hinted, String language) {
        if (hinted != null) {
            return hinted;
        }
        if (language == null || language.isBlank()) {
            return null;
        }
        String[] parts = language.toLowerCase(Locale.ROOT).replace('_', '-').split("-");
        String lang = parts[0];
        String region = parts.length > 1 ? parts[parts.length - 1] : null;
        if ("en".equals(lang)) {
            if (region == null) {
                return null;
            }
            return MONTH_FIRST_REGIONS.contains(region) ? "MDY" : "DMY";
        }
        return YEAR_FIRST_LANGUAGES.contains(lang) ? "YMD" : "DMY";
    }
}
