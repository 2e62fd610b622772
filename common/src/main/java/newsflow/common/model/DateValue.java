package newsflow.common.model;

/**
 * A date or date-time as a page gives it, at the precision the page gives.
 *
 * @param value     ISO 8601 text at that precision: {@code 2018}, {@code 2018-09}, {@code 2018-09-06},
 *                  {@code 2018-09-06T01:52:00+03:00} (offset kept as the page gives it), or a local
 *                  date-time without offset ({@code 2012-05-23T02:23:01}) when the page gives no zone
 *                  and the source has none configured
 * @param precision one of {@code year, month, day, minute, second}
 * @param source    provenance, e.g. {@code json-ld:datePublished}, {@code meta:article:published_time},
 *                  {@code time@datetime}, {@code url}, {@code byline}
 */
public record DateValue(String value, String precision, String source) {
}
