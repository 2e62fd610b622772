package newsflow.enrich.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsflow.enrich.extract.Block;
import newsflow.enrich.extract.BlockKind;
import org.junit.jupiter.api.Test;

/**
 * The seed page (../shared/eval/seed-article/expected.json, read at test time, never copied): its expected
 * paragraphs as blocks, the Arabic title as a heading before the Arabic paragraphs, the English title as the page
 * title, must give exactly an English and an Arabic edition with those titles and paragraphs.
 */
class SeedPageEditionsTest {

    @Test
    void theSeedPageGivesAnEnglishAndAnArabicEdition() throws Exception {
        String dir = System.getProperty("newsflow.eval.dir");
        assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "seed-article", "expected.json")),
                "evaluation data absent (system property newsflow.eval.dir): seed page not checked");
        JsonNode languages = new ObjectMapper().readTree(Path.of(dir, "seed-article", "expected.json").toFile())
                .path("languages");
        JsonNode en = languages.path("en");
        JsonNode ar = languages.path("ar");
        List<Block> blocks = new ArrayList<>();
        en.path("paragraphs").forEach(p -> blocks.add(new Block(BlockKind.PARAGRAPH, p.asText())));
        blocks.add(new Block(BlockKind.HEADING, ar.path("title").asText()));
        ar.path("paragraphs").forEach(p -> blocks.add(new Block(BlockKind.PARAGRAPH, p.asText())));

        List<EditionDraft> editions = new EditionSplitter().split(en.path("title").asText(), blocks, "en");

        assertThat(editions).extracting(EditionDraft::lang).containsExactly("en", "ar");
        assertEdition(editions.get(0), en, "ltr");
        assertEdition(editions.get(1), ar, "rtl");
    }

    private static void assertEdition(EditionDraft edition, JsonNode expected, String direction) {
        assertThat(edition.title()).isEqualTo(expected.path("title").asText());
        assertThat(edition.direction()).isEqualTo(direction);
        List<String> paragraphs = new ArrayList<>();
        expected.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        assertThat(edition.paragraphs()).containsExactlyElementsOf(paragraphs);
    }
}
