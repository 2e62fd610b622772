package newsflow.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import newsflow.common.serde.Json;

/**
 * Reads JSON Feed 1.0 / 1.1 (https://www.jsonfeed.org/version/1.1/): {@code items[].url} (else
 * {@code external_url}), {@code title}, {@code content_text} / {@code summary}, and {@code date_published}
 * (else {@code date_modified}), an RFC 3339 date.
 */
public final class JsonFeedParser {
    private JsonFeedParser() {
    }

    /**
     * @param json       the feed text
     * @param feedUrl    base for relative item URLs
     * @param sourceZone zone for dates without an offset, or null
     * @return the parsed feed (never repaired)
     * @throws FeedParseException when the text is not JSON or has no {@code items} array
     */
    public static ParsedFeed parse(String json, String feedUrl, ZoneId sourceZone) throws FeedParseException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new FeedParseException("feed " + feedUrl + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode items = root.path("items");
        if (!items.isArray()) {
            throw new FeedParseException("JSON feed " + feedUrl + " has no items array");
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : items) {
            String link = text(item, "url");
            if (link == null) {
                link = text(item, "external_url");
            }
            String raw = text(item, "date_published");
            if (raw == null) {
                raw = text(item, "date_modified");
            }
            String summary = text(item, "summary") != null ? text(item, "summary") : text(item, "content_text");
            entries.add(new FeedEntry(FeedParser.resolve(feedUrl, link), text(item, "title"), summary,
                    FeedDateParser.parse(raw, sourceZone), raw));
        }
        return new ParsedFeed(FeedFormat.JSON, text(root, "title"), entries, false);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
