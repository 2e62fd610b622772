package newsflow.enrich.time.mentions;

import java.time.LocalDate;

/**
 * What relative expressions are resolved against.
 *
 * @param day           the reference calendar day (the publication date on the page's own calendar day)
 * @param fromFetchTime true when the page had no publication date and the fetch time stands in
 * @param dateOrder     numeric date order for the source: {@code DMY}, {@code MDY}, {@code YMD}, or null
 */
public record DateReference(LocalDate day, boolean fromFetchTime, String dateOrder) {
}
