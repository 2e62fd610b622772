package newsflow.enrich.time.published;

import newsflow.common.model.DateValue;

/**
 * The publication and modification dates of a page.
 *
 * @param published first publication, or null when the page gives none
 * @param modified  last modification, or null; never stands in for {@code published}
 */
public record PublicationDates(DateValue published, DateValue modified) {
}
