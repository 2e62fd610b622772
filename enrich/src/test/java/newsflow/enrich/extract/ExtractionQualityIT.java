package newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import newsflow.common.model.SourceHints;
import newsflow.enrich.extract.score.ShingleScorer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Quality gate on the evaluation data (UTF-8 pages): body F1 with the benchmark's shingle metric must stay
 * above floors pinned slightly under the measured values (AEB 0.985, arabic-pages 1.000 at the time of
 * writing; {@code newsflow eval extraction} prints the current figures). Skips when
 * {@code newsflow.eval.dir} is absent.
 */
class ExtractionQualityIT {

    /** Floor for AEB body F1 (measured 0.985; issue 3 target 0.97). */
    static final double AEB_F1_FLOOR = 0.98;
    /** Floor for arabic-pages body F1 (measured 1.000; issue 3 target 0.98). */
    static final double ARABIC_F1_FLOOR = 0.995;

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static Path set(String name) {
        String dir = System.getProperty("newsflow.eval.dir");
        Path p = dir == null ? null : Path.of(dir, name);
        Assumptions.assumeTrue(p != null && Files.exists(p.resolve("ground-truth.json")),
                "evaluation data not found (newsflow.eval.dir=" + dir + "): " + name + " gate skipped");
        return p;
    }

    private double f1(Path dir) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        ShingleScorer scorer = new ShingleScorer();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> en = it.next();
            Path file = dir.resolve("html").resolve(en.getKey() + ".html.gz");
            if (!Files.exists(file)) {
                continue;
            }
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Extraction e = extractor.extract(
                    new PageInput(en.getValue().path("url").asText(null), html, null, SourceHints.NONE));
            String body = String.join("\n\n", e.blocks().stream().map(Block::text).toList());
            scorer.add(en.getValue().path("articleBody").asText(""), body);
        }
        return scorer.f1();
    }

    @Test
    void aebBodyF1StaysAboveItsFloor() throws IOException {
        assertThat(f1(set("aeb"))).isGreaterThanOrEqualTo(AEB_F1_FLOOR);
    }

    @Test
    void arabicPagesBodyF1StaysAboveItsFloor() throws IOException {
        assertThat(f1(set("arabic-pages"))).isGreaterThanOrEqualTo(ARABIC_F1_FLOOR);
    }
}
