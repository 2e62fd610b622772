/**
 * Time in news pages, one family (issue 14): {@code time.vocab} holds the vocabularies (Arabic calendar words in all
 * regional forms, the month names of the languages read, stored in the orthography of its one normaliser,
 * {@code TimeTextNormalizer}); {@code time.calendar} the calendars other than the Gregorian one (Hijri Umm al-Qura
 * by the JDK, Solar Hijri by ICU4J); {@code time.published} the page's publication and modification dates;
 * {@code time.mentions} the TIMEX3 tagging of an edition's text. This package joins them to the pipeline: the
 * feed's date as a fallback ({@code FeedDates}), the reference day of relative dates ({@code ReferenceDates}) and
 * the numeric date order of a source ({@code DateOrders}). Machine-written dates (ISO 8601, ctime, zones) are read by
 * {@code newsflow.common.time}, shared with ingest's feed dates.
 */
package newsflow.enrich.time;
