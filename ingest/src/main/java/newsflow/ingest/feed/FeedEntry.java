package newsflow.ingest.feed;

import newsflow.common.model.FeedItem;

/**
 * One item of a parsed feed, before canonicalisation.
 *
 * @param link       the absolute item link (resolved against the feed URL), or null when the item had none
 * @param title      the item title (text, entities decoded), or null
 * @param summary    the description / summary / content text, or null
 * @param published  ISO 8601 date ({@link FeedDateParser}), or null
 * @param rawPubDate the date text exactly as the feed gave it, or null
 */
public record FeedEntry(String link, String title, String summary, String published, String rawPubDate) {
    /**
     * @param feedRepaired whether the feed needed the lenient pre-pass
     * @return the wire record announcing this item
     */
    public FeedItem toFeedItem(boolean feedRepaired) {
        return new FeedItem(link, title, published, rawPubDate, feedRepaired);
    }
}
