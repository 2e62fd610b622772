package newsflow.common.model;

/**
 * An item as a feed or sitemap announced it.
 *
 * @param url          the item link as given (before canonicalisation)
 * @param title        item title, or null
 * @param published    the item date normalised to ISO 8601 (offset kept), or null when absent or unparseable
 * @param rawPubDate   the date text exactly as the feed gave it, or null
 * @param feedRepaired true when the feed XML needed the lenient pre-pass (entities, stray ampersands)
 */
public record FeedItem(String url, String title, String published, String rawPubDate, boolean feedRepaired) {
}
