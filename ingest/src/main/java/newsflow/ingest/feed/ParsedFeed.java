package newsflow.ingest.feed;

import java.util.List;
import java.util.Map;

/**
 * A feed as read item by item: what could be read, and what could not.
 *
 * @param format    the detected format ({@link FeedFormat#HTML} for an HTML page given as a feed)
 * @param title     the feed title, or null
 * @param entries   the items read, in document order
 * @param repaired  true when the lenient pre-pass changed the XML of an item (case C09)
 * @param skipped   items that could not be read, by reason ({@link #MALFORMED}, {@link #TRUNCATED}); empty when
 *                  every item was read
 * @param truncated true when the document ends before its root element does (cut at the byte cap, a broken
 *                  transfer, or a JSON syntax error after which nothing more can be read)
 * @param feedLinks for an HTML page: the feeds it names with {@code <link rel="alternate">} (feed
 *                  autodiscovery), absolute, in page order; empty otherwise
 */
public record ParsedFeed(FeedFormat format, String title, List<FeedEntry> entries, boolean repaired,
                         Map<String, Integer> skipped, boolean truncated, List<String> feedLinks) {
    /** Reason of an item whose markup is broken even after the pre-pass (an unclosed tag, a stray {@code <}). */
    public static final String MALFORMED = "malformed";
    /** Reason of an item the document ends inside. */
    public static final String TRUNCATED = "truncated";

    /** Copies the collections. */
    public ParsedFeed {
        entries = List.copyOf(entries);
        skipped = Map.copyOf(skipped);
        feedLinks = List.copyOf(feedLinks);
    }

    /** A feed read whole, nothing skipped (the shape before item-by-item reading). */
    public ParsedFeed(FeedFormat format, String title, List<FeedEntry> entries, boolean repaired) {
        this(format, title, entries, repaired, Map.of(), false, List.of());
    }

    /** @return how many items could not be read, all reasons together */
    public int skippedCount() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return true when this was an HTML page rather than a feed */
    public boolean html() {
        return format == FeedFormat.HTML;
    }
}
