package newsflow.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsflow.common.model.SourceHints;

/**
 * Reads and validates the sources file, JSON:
 * <pre>{"sources":[{"name":"qna","feeds":["https://…/rss"],"sitemaps":["https://…/sitemap.xml"],
 *   "poll_interval":"PT5M","language":"ar","time_zone":"Asia/Qatar","date_order":"DMY"}]}</pre>
 * {@code poll_interval} is an ISO-8601 duration (default {@value #DEFAULT_POLL}, at least
 * {@value #MIN_POLL_SECONDS} s); {@code language} a two-letter ISO 639-1 code; {@code time_zone} an IANA zone
 * id; {@code date_order} one of DMY, MDY, YMD. Every error names the source and the field, and all errors of a
 * file are reported at once. An unknown field is an error, and a JSON syntax error names the file, line and column
 * ({@link SourcesFileSyntax}).
 */
public final class SourcesFileReader {
    /** Poll interval when the field is absent. */
    public static final String DEFAULT_POLL = "PT5M";
    /** Smallest poll interval accepted, in seconds. */
    public static final int MIN_POLL_SECONDS = 1;
    private static final Set<String> DATE_ORDERS = Set.of("DMY", "MDY", "YMD");

    private SourcesFileReader() {
    }

    /**
     * @param file the sources file
     * @return the sources in file order
     * @throws IOException              when the file cannot be read
     * @throws SourcesValidationException when it is not JSON (file, line, column), or fields are unknown, missing or
     *                                    invalid (every error listed)
     */
    public static List<SourceDefinition> read(Path file) throws IOException {
        return parse(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8), file.toString());
    }

    /**
     * @param json   the file content
     * @param origin where it came from, for messages
     * @return the sources in file order
     * @throws IOException              never beyond {@link SourcesValidationException}
     * @throws SourcesValidationException when the text is not JSON (line, column), or fields are unknown, missing
     *                                    or invalid
     */
    public static List<SourceDefinition> parse(String json, String origin) throws IOException {
        JsonNode root = SourcesFileSyntax.parse(json, origin);
        List<String> errors = new ArrayList<>();
        List<SourceDefinition> out = new ArrayList<>();
        if (root != null && root.isObject()) {
            SourcesFileSyntax.unknownFields(root, SourcesFileSyntax.FILE_FIELDS, "top level", errors);
        }
        JsonNode sources = root == null ? null : root.get("sources");
        if (sources == null || !sources.isArray()) {
            errors.add("field \"sources\" must be an array");
            throw new SourcesValidationException(origin + ": " + String.join("; ", errors), errors);
        }
        Set<String> names = new HashSet<>();
        int index = 0;
        for (JsonNode s : sources) {
            String label = "source #" + index;
            if (!s.isObject()) {
                errors.add(label + ": must be an object with fields " + String.join(", ",
                        SourcesFileSyntax.SOURCE_FIELDS));
                index++;
                continue;
            }
            String name = text(s, "name");
            if (name == null || name.isBlank()) {
                errors.add(label + ": field \"name\" is required");
            } else {
                label = "source \"" + name + "\"";
                if (!names.add(name)) {
                    errors.add(label + ": field \"name\" is duplicated");
                }
            }
            SourcesFileSyntax.unknownFields(s, SourcesFileSyntax.SOURCE_FIELDS, label, errors);
            List<String> feeds = urls(s, "feeds", label, errors);
            List<String> sitemaps = urls(s, "sitemaps", label, errors);
            if (feeds.isEmpty() && sitemaps.isEmpty()) {
                errors.add(label + ": fields \"feeds\" and \"sitemaps\" are both empty; give at least one URL");
            }
            Duration poll = Duration.parse(DEFAULT_POLL);
            String pollText = text(s, "poll_interval");
            if (pollText != null) {
                try {
                    poll = Duration.parse(pollText);
                    if (poll.getSeconds() < MIN_POLL_SECONDS) {
                        errors.add(label + ": field \"poll_interval\" must be at least " + MIN_POLL_SECONDS + "s");
                    }
                } catch (DateTimeParseException e) {
                    errors.add(label + ": field \"poll_interval\" is not an ISO-8601 duration such as PT5M: "
                            + pollText);
                }
            }
            String language = text(s, "language");
            if (language != null && !language.matches("[a-zA-Z]{2}")) {
                errors.add(label + ": field \"language\" must be a two-letter ISO 639-1 code: " + language);
            }
            String zone = text(s, "time_zone");
            if (zone != null) {
                try {
                    ZoneId.of(zone);
                } catch (DateTimeException e) {
                    errors.add(label + ": field \"time_zone\" is not an IANA zone id: " + zone);
                }
            }
            String order = text(s, "date_order");
            if (order != null && !DATE_ORDERS.contains(order.toUpperCase(Locale.ROOT))) {
                errors.add(label + ": field \"date_order\" must be DMY, MDY or YMD: " + order);
            }
            out.add(new SourceDefinition(name, feeds, sitemaps, poll, new SourceHints(
                    language == null ? null : language.toLowerCase(Locale.ROOT), zone,
                    order == null ? null : order.toUpperCase(Locale.ROOT))));
            index++;
        }
        if (!errors.isEmpty()) {
            throw new SourcesValidationException(origin + ": " + String.join("; ", errors), errors);
        }
        return out;
    }

    private static List<String> urls(JsonNode s, String field, String label, List<String> errors) {
        List<String> out = new ArrayList<>();
        JsonNode arr = s.get(field);
        if (arr == null || arr.isNull()) {
            return out;
        }
        if (!arr.isArray()) {
            errors.add(label + ": field \"" + field + "\" must be an array of URLs");
            return out;
        }
        for (JsonNode u : arr) {
            String url = u.isTextual() ? u.asText().trim() : null;
            URI uri = null;
            try {
                uri = url == null ? null : URI.create(url);
            } catch (IllegalArgumentException e) {
                // reported below
            }
            if (uri == null || uri.getHost() == null || uri.getScheme() == null
                    || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
                errors.add(label + ": field \"" + field + "\" has an invalid http(s) URL: " + u);
            } else {
                out.add(url);
            }
        }
        return out;
    }

    private static String text(JsonNode s, String field) {
        JsonNode v = s.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
