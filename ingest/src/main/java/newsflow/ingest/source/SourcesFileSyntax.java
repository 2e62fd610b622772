package newsflow.ingest.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsflow.common.config.UnknownKeys;
import newsflow.common.serde.Json;

/**
 * The shape of the sources file, checked before its values: strict JSON (RFC 8259; a duplicated field or
 * anything after the top-level object is an error, not silently dropped) whose syntax errors name the file, line
 * and column, and only the fields newsflow reads — an unknown field ({@code poll_intervall}, {@code langauge}) is
 * an error naming the field, the source and, within a few edits, the field meant, exactly as an unknown key of
 * a properties file is ({@link UnknownKeys}). Ignoring it would poll every 5 minutes or drop a language hint
 * without a word.
 */
final class SourcesFileSyntax {
    /** The fields of the top-level object. */
    static final Set<String> FILE_FIELDS = Set.of("sources");
    /** The fields of one source, in documentation order. */
    static final Set<String> SOURCE_FIELDS = new LinkedHashSet<>(List.of(
            "name", "feeds", "sitemaps", "poll_interval", "language", "time_zone", "date_order"));

    private static final ObjectReader READER = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private SourcesFileSyntax() {
    }

    /**
     * @param json   the file content
     * @param origin the file, for messages
     * @return the JSON tree (null or a missing node for an empty text)
     * @throws SourcesValidationException for a syntax error: "{origin}: not valid JSON at line L, column C: ..."
     */
    static JsonNode parse(String json, String origin) throws SourcesValidationException {
        try {
            return READER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String error = "not valid JSON" + where + ": " + e.getOriginalMessage()
                    .replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]", "line $1, column $2");
            throw new SourcesValidationException(origin + ": " + error, List.of(error));
        }
    }

    /**
     * Adds one error per field of {@code object} not in {@code known}.
     *
     * @param object a JSON object
     * @param known  its allowed fields
     * @param label  where the object is, e.g. {@code source "qna"} or {@code top level}
     * @param errors receives {@code label: unknown field "x" (did you mean "y"?)}
     */
    static void unknownFields(JsonNode object, Set<String> known, String label, List<String> errors) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                String meant = UnknownKeys.closest(known, field);
                errors.add(label + ": unknown field \"" + field + "\""
                        + (meant == null ? "" : " (did you mean \"" + meant + "\"?)")
                        + "; known fields: " + String.join(", ", known));
            }
        }
    }
}
