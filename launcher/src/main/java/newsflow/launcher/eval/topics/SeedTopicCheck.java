package newsflow.launcher.eval.topics;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newsflow.common.model.TopicTag;
import newsflow.common.serde.Json;
import newsflow.enrich.topic.TopicTagger;

/**
 * The seed page's topic requirement (../shared/eval/seed-article/expected.json {@code topics}): every language
 * edition (title + paragraphs) must carry one code of each {@code required_one_of_each} group and none of
 * {@code must_not}.
 */
public final class SeedTopicCheck {
    /** Path of the gold file under the eval folder. */
    public static final String EXPECTED = "seed-article/expected.json";

    /**
     * Result for one edition.
     *
     * @param lang     edition language
     * @param codes    codes returned
     * @param problems unmet requirements (empty when the edition passes)
     */
    public record Edition(String lang, List<String> codes, List<String> problems) {
        /** @return true when every requirement holds */
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private SeedTopicCheck() {
    }

    /**
     * @param evalDir the ../shared/eval folder
     * @param tagger  the tagger under test
     * @return one result per edition, in the file's order
     * @throws IOException when expected.json cannot be read
     */
    public static List<Edition> run(Path evalDir, TopicTagger tagger) throws IOException {
        JsonNode root = Json.mapper().readTree(evalDir.resolve(EXPECTED).toFile());
        JsonNode topics = root.path("topics");
        List<Edition> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("languages").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> lang = it.next();
            StringBuilder text = new StringBuilder();
            for (JsonNode p : lang.getValue().path("paragraphs")) {
                text.append(p.asText()).append("\n\n");
            }
            List<TopicTag> tags = tagger.tag(lang.getValue().path("title").asText(null), text.toString(),
                    lang.getKey());
            Set<String> codes = new TreeSet<>();
            tags.forEach(t -> codes.add(t.code()));
            List<String> problems = new ArrayList<>();
            for (JsonNode group : topics.path("required_one_of_each")) {
                List<String> any = new ArrayList<>();
                group.forEach(c -> any.add(c.asText()));
                if (any.stream().noneMatch(codes::contains)) {
                    problems.add("missing one of " + any);
                }
            }
            for (JsonNode c : topics.path("must_not")) {
                if (codes.contains(c.asText())) {
                    problems.add("carries forbidden " + c.asText());
                }
            }
            out.add(new Edition(lang.getKey(), tags.stream().map(TopicTag::code).toList(), problems));
        }
        return out;
    }
}
