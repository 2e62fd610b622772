package newsflow.launcher.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import newsflow.common.serde.Json;
import newsflow.enrich.time.mentions.DateReference;
import newsflow.enrich.time.ReferenceDates;
import newsflow.common.model.DateValue;
import newsflow.common.model.SourceHints;
import newsflow.enrich.time.mentions.TemporalTagger;
import newsflow.enrich.lang.LanguageIdentifier;
import newsflow.enrich.time.DateOrders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow tag-dates --input F.jsonl} (contract: ../shared/eval/README.md). Input rows
 * {@code {"id", "text", "lang"?, "reference_date": ISO-8601}}; output on standard output, one row per input
 * row in order: {@code {"id", "dates": [{"text","value","type","start","end"}]}} (offsets in code points;
 * {@code ambiguous}/{@code resolved_by} added when set). {@code reference_date} may be a date or a
 * date-time with offset: the reference day is its own calendar day in its own offset. A row that cannot be
 * read gets {@code "error"} and the run goes on. {@code lang} may be a BCP 47 tag: its region sets the order of
 * numeric dates as in the pipeline ({@link DateOrders}: en-GB day first, en-US month first) unless
 * {@code --date-order} is given; without {@code lang}, the text's language is identified as by
 * {@code detect-language}, so "Le 5 mars 2024" gets French rules.
 */
@Command(name = "tag-dates", mixinStandardHelpOptions = true,
        description = "Tag temporal expressions in JSONL rows {id,text,lang?,reference_date}.")
public final class TagDatesCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, description = "JSONL input file.")
    Path input;

    /** The orders of numeric dates {@code --date-order} accepts. */
    enum DateOrder { DMY, MDY, YMD }

    @Option(names = "--date-order", description = "Numeric date order of every row: ${COMPLETION-CANDIDATES} (default: from each row's"
            + " lang region as the pipeline does, e.g. en-GB DMY, en-US MDY).")
    DateOrder dateOrder;

    private LanguageIdentifier identifier;

    @Override
    public Integer call() throws Exception {
        ObjectMapper json = Json.mapper();
        TemporalTagger tagger = new TemporalTagger();
        try (BufferedReader in = BatchInput.open(input); JsonLinesOutput out = JsonLinesOutput.stdout(json)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                try {
                    JsonNode n = json.readTree(line);
                    row.put("id", n.path("id").isMissingNode() ? null : n.get("id").asText());
                    String refText = n.path("reference_date").asText(null);
                    referenceDay(refText);
                    String text = n.path("text").asText("");
                    String tag = n.hasNonNull("lang") && !n.get("lang").asText().isBlank() ? n.get("lang").asText()
                            : detect(text);
                    String order = DateOrders.of(dateOrder == null ? null : dateOrder.name(), tag);
                    String orderFrom = dateOrder != null ? DateReference.SOURCE_ORDER : DateReference.LOCALE;
                    DateReference ref = ReferenceDates.of(new DateValue(refText, null, "reference_date"), null,
                            new SourceHints(null, null, order), orderFrom);
                    row.put("dates", tagger.tag(text, primary(tag), ref));
                } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
                    row.put("dates", List.of());
                    row.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                out.write(row);
            }
        }
        return 0;
    }

    /**
     * @param tag a BCP 47 tag ({@code en-GB}, {@code fr}) or null
     * @return its primary language subtag in lower case ({@code en}), or null
     */
    static String primary(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String t = tag.strip().replace('_', '-');
        int dash = t.indexOf('-');
        return (dash < 0 ? t : t.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /**
     * The language of a row without {@code lang}, by the identifier {@code detect-language} uses (created on
     * the first such row: its models take a while to load).
     *
     * @return an ISO 639-1 code, or null when undecided (the tagger then decides by script)
     */
    private String detect(String text) {
        if (text.isBlank()) {
            return null;
        }
        if (identifier == null) {
            identifier = new LanguageIdentifier();
        }
        return identifier.detect(text).lang();
    }

    /**
     * @param iso a date ("2018-09-06") or a date-time with offset ("2018-09-06T01:52:00+03:00") or without
     * @return the calendar day in the value's own offset
     * @throws IllegalArgumentException when absent: relative dates would otherwise change from run to run
     */
    static LocalDate referenceDay(String iso) {
        if (iso == null || iso.isBlank()) {
            throw new IllegalArgumentException("reference_date is required (ISO 8601 date or date-time)");
        }
        if (iso.length() == 10) {
            return LocalDate.parse(iso);
        }
        try {
            return OffsetDateTime.parse(iso).toLocalDate();
        } catch (DateTimeParseException e) {
            return java.time.LocalDateTime.parse(iso).toLocalDate();
        }
    }
}
