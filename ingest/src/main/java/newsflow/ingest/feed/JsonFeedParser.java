package newsflow.ingest.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsflow.common.serde.Json;

/**
 * Reads JSON Feed 1.0 / 1.1 (https://www.jsonfeed.org/version/1.1/) with Jackson's streaming parser, one item at a
 * time: {@code items[].url} (else {@code external_url}), {@code title}, {@code content_text} / {@code summary}, and
 * {@code date_published} (else {@code date_modified}), an RFC 3339 date. An item that is not an object is skipped
 * ({@link ParsedFeed#MALFORMED}); a syntax error or the end of a cut document ends the read, the items read so far
 * kept, the broken one counted ({@link ParsedFeed#MALFORMED} or {@link ParsedFeed#TRUNCATED}) and the document
 * marked truncated: JSON gives no safe point to resume at, and guessing one could invent items.
 */
public final class JsonFeedParser {
    private JsonFeedParser() {
    }

    /**
     * @param json       the feed text
     * @param feedUrl    base for relative item URLs
     * @param sourceZone zone for dates without an offset, or null
     * @return the parsed feed (never repaired)
     * @throws FeedParseException when the text is not a JSON object, or has no {@code items} array
     */
    public static ParsedFeed parse(String json, String feedUrl, ZoneId sourceZone) throws FeedParseException {
        List<FeedEntry> entries = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        String title = null;
        boolean sawItems = false;
        boolean truncated = false;
        try (JsonParser p = Json.mapper().getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new FeedParseException("JSON feed " + feedUrl + " is not a JSON object");
            }
            try {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (field.equals("items") && value == JsonToken.START_ARRAY) {
                        sawItems = true;
                        items(p, feedUrl, sourceZone, entries, skipped);
                    } else if (field.equals("title") && value == JsonToken.VALUE_STRING) {
                        title = p.getText().isBlank() ? null : p.getText().strip();
                    } else {
                        p.skipChildren();
                    }
                }
            } catch (JsonProcessingException e) {
                truncated = true;
                boolean cut = e instanceof JsonEOFException;
                if (sawItems) {
                    skipped.merge(cut ? ParsedFeed.TRUNCATED : ParsedFeed.MALFORMED, 1, Integer::sum);
                } else if (!cut) {
                    throw new FeedParseException("feed " + feedUrl + " is not valid JSON: " + e.getOriginalMessage(),
                            e);
                }
            }
        } catch (IOException e) {
            throw new FeedParseException("feed " + feedUrl + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!sawItems) {
            throw new FeedParseException("JSON feed " + feedUrl + " has no items array");
        }
        return new ParsedFeed(FeedFormat.JSON, title, entries, false, skipped, truncated, List.of());
    }

    private static void items(JsonParser p, String feedUrl, ZoneId zone, List<FeedEntry> entries,
                              Map<String, Integer> skipped) throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) {
                throw new JsonEOFException(p, null, "end-of-input in items");
            }
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                skipped.merge(ParsedFeed.MALFORMED, 1, Integer::sum);
                continue;
            }
            JsonNode item = Json.mapper().readTree(p);
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
                    FeedDateParser.parse(raw, zone), raw));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
