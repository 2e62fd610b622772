package newsflow.ingest.feed;

import java.util.List;

/**
 * A parsed feed.
 *
 * @param format   the detected format
 * @param title    the feed title, or null
 * @param entries  the items in document order
 * @param repaired true when the lenient pre-pass changed the XML (case C09)
 */
public record ParsedFeed(FeedFormat format, String title, List<FeedEntry> entries, boolean repaired) {
}
