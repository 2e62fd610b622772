package newsflow.launcher.eval.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsflow.common.serde.Json;

/**
 * Readers of the labelled topic sets in ../shared/eval, with the section → IPTC top-level mapping given in
 * ../shared/eval/README.md. Sections without a mapping (ANT's localNews, internationalNews, diverse) are
 * skipped: they are mixed sections and not scored.
 */
public final class TopicEvalSets {
    /** BBC News 5-class (Greene and Cunningham 2006), English. */
    public static final String BBC = "bbc-news-5class/bbc_fulltext.jsonl";
    /** ANT corpus v1.1 (JawharaFM), Arabic. */
    public static final String ANT = "ant-arabic-news/ant_v1.1.jsonl";

    /** BBC section → top-level qcode (../shared/eval/README.md). */
    public static final Map<String, String> BBC_MAPPING = Map.of(
            "business", "medtop:04000000",
            "entertainment", "medtop:01000000",
            "politics", "medtop:11000000",
            "sport", "medtop:15000000",
            "tech", "medtop:13000000");
    /** ANT section → top-level qcode (../shared/eval/README.md). */
    public static final Map<String, String> ANT_MAPPING = Map.of(
            "sport", "medtop:15000000",
            "culture", "medtop:01000000",
            "economy", "medtop:04000000",
            "politic", "medtop:11000000",
            "technology", "medtop:13000000",
            "society", "medtop:14000000");

    private TopicEvalSets() {
    }

    /**
     * @param evalDir the ../shared/eval folder
     * @return the scored BBC documents (title field, text field; category mapped)
     * @throws IOException when the file cannot be read
     */
    public static List<LabeledText> bbc(Path evalDir) throws IOException {
        return read(evalDir.resolve(BBC), "en", BBC_MAPPING, "id");
    }

    /**
     * @param evalDir the ../shared/eval folder
     * @return the scored ANT documents (title; abstract and text joined by a blank line; category mapped)
     * @throws IOException when the file cannot be read
     */
    public static List<LabeledText> ant(Path evalDir) throws IOException {
        return read(evalDir.resolve(ANT), "ar", ANT_MAPPING, "docno");
    }

    private static List<LabeledText> read(Path file, String lang, Map<String, String> mapping, String idField)
            throws IOException {
        ObjectMapper mapper = Json.mapper();
        List<LabeledText> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                String expected = mapping.get(n.path("category").asText(""));
                if (expected == null) {
                    continue;
                }
                String text = n.path("text").asText("");
                String abs = n.path("abstract").asText("");
                if (!abs.isBlank()) {
                    text = abs.strip() + "\n\n" + text;
                }
                String title = n.hasNonNull("title") ? n.get("title").asText() : null;
                out.add(new LabeledText(n.path(idField).asText(), title, text, lang, expected));
            }
        }
        return out;
    }
}
