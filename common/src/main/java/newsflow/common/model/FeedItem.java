package newsflow.common.model;

/**
 * An item as a feed or sitemap announced it.
 *
 * @param url          the item link as given (before canonicalisation)
 * @param title        item title, or null
 * @param published    the item date normalised to ISO 8601 (offset kept), or null when absent or unparseable
 * @param rawPubDate   the date text exactly as the feed gave it, or null
 * @param feedRepaired true when the feed XML needed the lenient pre-pass (entities, stray ampersands)
 * @param alternateOf  for a language alternate a sitemap listed with {@code <xhtml:link rel="alternate"
 *                     hreflang="…">} (Google's hreflang sitemap extension): the {@code <loc>} URL it is an
 *                     alternate of, as given; null for the {@code <loc>} itself and for feed items
 * @param hreflang     the {@code hreflang} value the sitemap gave this URL (a BCP 47 tag such as {@code ar},
 *                     {@code fr-CA}, or {@code x-default}), on the alternate and on a {@code <loc>} that lists
 *                     itself; null when none was given
 */
public record FeedItem(String url, String title, String published, String rawPubDate, boolean feedRepaired,
                       String alternateOf, String hreflang) {
    /** An item that is no language alternate (the record shape before {@code alternate_of}, {@code hreflang}). */
    public FeedItem(String url, String title, String published, String rawPubDate, boolean feedRepaired) {
        this(url, title, published, rawPubDate, feedRepaired, null, null);
    }
}
