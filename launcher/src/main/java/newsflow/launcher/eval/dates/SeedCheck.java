package newsflow.launcher.eval.dates;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import newsflow.common.model.DateMention;
import newsflow.common.serde.Json;
import newsflow.enrich.time.mentions.DateReference;
import newsflow.enrich.time.mentions.TemporalTagger;

/**
 * Checks the seed page (../shared/eval/seed-article/expected.json): each language's paragraphs joined by
 * "\n\n" are tagged with the publication day 2018-09-06 as reference; every non-optional {@code
 * dates_in_text} item must be found (same text span content, same value) and no other value may be reported
 * (optional items may be).
 */
public final class SeedCheck {

    /** Reference day of the seed page (its publication date, expected.json "published"). */
    public static final LocalDate REFERENCE = LocalDate.of(2018, 9, 6);

    /**
     * @param lang     language
     * @param missing  expected items not found, as "text=value"
     * @param extra    reported values not expected, as "text=value"
     * @param expected number of non-optional items
     */
    public record Result(String lang, List<String> missing, List<String> extra, int expected) {
    }

    private SeedCheck() {
    }

    /**
     * @param expectedJson the seed page's expected.json
     * @return one result per language, or an empty list when the file is absent
     * @throws IOException when it cannot be read
     */
    public static List<Result> run(Path expectedJson) throws IOException {
        List<Result> out = new ArrayList<>();
        if (!Files.exists(expectedJson)) {
            return out;
        }
        JsonNode root = Json.mapper().readTree(expectedJson.toFile());
        JsonNode langs = root.path("languages");
        TemporalTagger tagger = new TemporalTagger();
        Iterator<Map.Entry<String, JsonNode>> it = langs.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String lang = e.getKey();
            List<String> paragraphs = new ArrayList<>();
            e.getValue().path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
            String text = String.join("\n\n", paragraphs);
            List<DateMention> found = tagger.tag(text, lang, new DateReference(REFERENCE, false, null));
            List<String> missing = new ArrayList<>();
            List<JsonNode> items = new ArrayList<>();
            root.path("dates_in_text").path(lang).forEach(items::add);
            int expected = 0;
            for (JsonNode item : items) {
                if (item.path("optional").asBoolean(false)) {
                    continue;
                }
                expected++;
                String t = item.path("text").asText();
                String v = item.path("value").asText();
                boolean ok = found.stream().anyMatch(m -> m.value().equals(v) && overlapsText(text, m, t));
                if (!ok) {
                    missing.add(t + "=" + v);
                }
            }
            List<String> extra = new ArrayList<>();
            for (DateMention m : found) {
                boolean known = items.stream().anyMatch(i -> i.path("value").asText().equals(m.value())
                        && overlapsText(text, m, i.path("text").asText()));
                if (!known) {
                    extra.add(m.text() + "=" + m.value());
                }
            }
            out.add(new Result(lang, missing, extra, expected));
        }
        return out;
    }

    private static boolean overlapsText(String text, DateMention m, String expectedText) {
        int from = 0;
        while (true) {
            int i = text.indexOf(expectedText, from);
            if (i < 0) {
                return false;
            }
            int s = text.codePointCount(0, i);
            int e = s + expectedText.codePointCount(0, expectedText.length());
            if (m.start() < e && s < m.end()) {
                return true;
            }
            from = i + 1;
        }
    }
}
