package newsflow.launcher.eval.extraction;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import newsflow.common.serde.Json;
import newsflow.enrich.extract.Extraction;

/**
 * htmldate's evaluation pages ({@code htmldate/eval_default.json}, {@code eval_mediacloud_2020.json}:
 * {@code {url: {file, date}}}, pages in {@code html/<file>.gz}): publication-day accuracy, the first ten
 * characters of {@code published.value} against the gold day (a missing date is wrong; a gold {@code NaN}
 * means the page has none, and then only a missing date is right).
 */
final class HtmldateBenchmark {

    /** Gold files, in the order reported. */
    static final List<String> GOLD_FILES = List.of("eval_default.json", "eval_mediacloud_2020.json");

    private HtmldateBenchmark() {
    }

    static List<Metric> evaluate(Path data, ExtractionRun run) throws IOException {
        Path dir = data.resolve("htmldate");
        List<Metric> out = new ArrayList<>();
        Agreement all = new Agreement();
        for (String name : GOLD_FILES) {
            Path gf = dir.resolve(name);
            if (!Files.exists(gf)) {
                continue;
            }
            Agreement one = new Agreement();
            JsonNode gold = Json.mapper().reader().withFeatures(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .readTree(Files.readAllBytes(gf));
            for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> en = it.next();
                Path file = dir.resolve("html").resolve(en.getValue().path("file").asText() + ".gz");
                if (!Files.exists(file)) {
                    continue;
                }
                Extraction e = run.extract(file, en.getKey(), null);
                String ours = e.published() == null ? null : Agreement.day(e.published().value());
                JsonNode date = en.getValue().path("date");
                // NaN in the gold: the page has no publication date; right when we give none either.
                boolean ok = date.isTextual() ? date.asText().equals(ours) : ours == null;
                one.count(ok);
                all.count(ok);
            }
            out.add(new Metric("htmldate", "day accuracy " + name, one.share(), one.total(), ""));
        }
        if (all.total() > 0) {
            out.add(new Metric("htmldate", "day accuracy, both files", all.share(), all.total(),
                    "target ≥ 0.92; htmldate extensive 0.903"));
        }
        return out;
    }
}
