package newsflow.launcher.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsflow.common.model.TopicTag;
import newsflow.common.serde.Json;
import newsflow.enrich.topic.EditionTopics;
import newsflow.enrich.topic.WordTokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow tag-topics --input F.jsonl} (contract: ../shared/eval/README.md): rows
 * {@code {"id", "text", "title"?, "lang"?, "url"?, "section"?, "keywords"?}} in; on standard output one row per
 * input row, in order, {@code {"id", "topics": [{"code", "label", "score"}], "topic_note"?}}, plus {@code "error"}
 * when a row cannot be read (the run goes on). Without {@code lang}, a text mostly in Arabic script is tagged as
 * {@code ar}, any other as English. A language without a topic lexicon gets topics only from the URL path,
 * section and keywords ({@link EditionTopics}), and a {@code topic_note} saying so.
 */
@Command(name = "tag-topics", mixinStandardHelpOptions = true,
        description = "Tag texts with IPTC Media Topics (JSONL in, JSONL on standard output).")
public final class TagTopicsCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, description = "JSONL file: {\"id\", \"text\", \"title\"?, \"lang\"?}.")
    Path input;

    /**
     * One output row.
     *
     * @param id     the input row's id
     * @param topics    tags, best first
     * @param topicNote why there are no topics or where they came from, or null
     * @param error     why the row failed, or null
     */
    record Row(String id, List<TopicTag> topics, String topicNote, String error) {
    }

    @Override
    public Integer call() throws IOException {
        ObjectMapper mapper = Json.mapper();
        EditionTopics tagger = new EditionTopics();
        PrintStream err = System.err;
        int failed = 0;
        try (BufferedReader in = BatchInput.open(input);
             JsonLinesOutput out = JsonLinesOutput.stdout(mapper)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                Row row;
                String id = null;
                try {
                    JsonNode node = mapper.readTree(line);
                    id = node.path("id").isMissingNode() || node.get("id").isNull() ? null : node.get("id").asText();
                    String text = node.path("text").asText("");
                    String title = node.hasNonNull("title") ? node.get("title").asText() : null;
                    String lang = node.hasNonNull("lang") ? node.get("lang").asText() : null;
                    if (lang == null) {
                        lang = WordTokenizer.isMostlyArabic(title == null ? text : title + "\n" + text) ? "ar" : null;
                    }
                    List<String> keywords = new ArrayList<>();
                    node.path("keywords").forEach(k -> keywords.add(k.asText()));
                    EditionTopics.Result r = tagger.tag(List.of(new EditionTopics.Input(lang, title, text)),
                            new EditionTopics.PageFiling(text(node, "url"), text(node, "section"), keywords)).get(0);
                    row = new Row(id, r.tags(), r.note(), null);
                } catch (IOException | RuntimeException e) {
                    failed++;
                    err.println("tag-topics: line " + n + ": " + e.getMessage());
                    row = new Row(id, List.of(), null, e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                out.write(row);
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
