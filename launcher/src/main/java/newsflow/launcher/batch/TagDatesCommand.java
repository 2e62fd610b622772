package newsflow.launcher.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsflow.common.model.DateMention;
import newsflow.common.serde.Json;
import newsflow.enrich.date.DateReference;
import newsflow.enrich.date.TemporalTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow tag-dates --input F.jsonl} (contract: ../shared/eval/README.md). Input rows
 * {@code {"id", "text", "lang"?, "reference_date": ISO-8601}}; output on standard output, one row per input
 * row in order: {@code {"id", "dates": [{"text","value","type","start","end"}]}} (offsets in code points;
 * {@code ambiguous}/{@code resolved_by} added when set). {@code reference_date} may be a date or a
 * date-time with offset: the reference day is its own calendar day in its own offset. A row that cannot be
 * read gets {@code "error"} and the run goes on.
 */
@Command(name = "tag-dates", mixinStandardHelpOptions = true,
        description = "Tag temporal expressions in JSONL rows {id,text,lang?,reference_date}.")
public final class TagDatesCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, description = "JSONL input file.")
    Path input;

    @Option(names = "--date-order", description = "Numeric date order of the source: DMY, MDY or YMD.")
    String dateOrder;

    @Override
    public Integer call() throws Exception {
        ObjectMapper json = Json.mapper();
        TemporalTagger tagger = new TemporalTagger();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (BufferedReader in = BatchInput.open(input)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                try {
                    JsonNode n = json.readTree(line);
                    row.put("id", n.path("id").isMissingNode() ? null : n.get("id").asText());
                    LocalDate ref = referenceDay(n.path("reference_date").asText(null));
                    String lang = n.hasNonNull("lang") ? n.get("lang").asText() : null;
                    List<DateMention> dates = tagger.tag(n.path("text").asText(""), lang,
                            new DateReference(ref, false, dateOrder));
                    row.put("dates", dates);
                } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
                    row.put("dates", List.of());
                    row.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                out.println(json.writeValueAsString(row));
            }
        }
        out.flush();
        return 0;
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
