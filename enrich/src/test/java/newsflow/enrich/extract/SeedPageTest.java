package newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsflow.common.model.PageKind;
import newsflow.common.model.SourceHints;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference page ../shared/eval/seed-article: English and Arabic paragraphs exactly as expected.json gives
 * them, the Arabic headline kept as a heading where it stands, no boilerplate string in the body. Skips when
 * the evaluation directory (system property {@code newsflow.eval.dir}) is absent.
 */
class SeedPageTest {

    private static JsonNode expected;
    private static Extraction extraction;

    @BeforeAll
    static void extract() throws Exception {
        String dir = System.getProperty("newsflow.eval.dir");
        Path seed = dir == null ? null : Path.of(dir, "seed-article");
        Assumptions.assumeTrue(seed != null && Files.exists(seed.resolve("page.html")),
                "evaluation data not found (newsflow.eval.dir=" + dir + "): seed page test skipped");
        expected = new ObjectMapper().readTree(seed.resolve("expected.json").toFile());
        String html = Files.readString(seed.resolve("page.html"), StandardCharsets.UTF_8);
        extraction = new ArticleExtractor().extract(new PageInput(expected.get("url").asText(), html,
                Instant.parse("2018-09-06T12:00:00Z"), SourceHints.NONE));
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void titleIsTheEnglishHeadline() {
        assertThat(extraction.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(extraction.title()).isEqualTo(expected.at("/languages/en/title").asText());
    }

    @Test
    void arabicHeadlineIsAHeadingBeforeTheParagraphs() {
        assertThat(extraction.blocks().get(0))
                .isEqualTo(new Block(BlockKind.HEADING, expected.at("/languages/ar/title").asText()));
    }

    @Test
    void paragraphsComeOutExactlyInOrder() {
        List<String> want = new ArrayList<>(strings(expected.at("/languages/en/paragraphs")));
        want.addAll(strings(expected.at("/languages/ar/paragraphs")));
        List<String> got = extraction.blocks().stream()
                .filter(b -> b.kind() == BlockKind.PARAGRAPH).map(Block::text).toList();
        assertThat(got).containsExactlyElementsOf(want);
    }

    @Test
    void noBoilerplateStringAppears() {
        String body = String.join("\n\n", extraction.blocks().stream().map(Block::text).toList());
        for (String s : strings(expected.get("must_not_appear_in_any_body"))) {
            assertThat(body).as("boilerplate %s", s).doesNotContain(s);
        }
    }
}
