package newsflow.launcher.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsflow.common.serde.Json;
import newsflow.common.model.PageKind;
import newsflow.enrich.extract.Extraction;
import newsflow.enrich.extract.score.ShingleScorer;

/**
 * The body-text sets with a {@code ground-truth.json} of {@code {id: {articleBody, url, published?}}}: AEB
 * ({@code aeb/html/<id>.html.gz}) and arabic-pages ({@code arabic-pages/html/<id>.html.gz}). Scores the
 * benchmark's shingle F1/P/R and, where gold has {@code published}, publication-day accuracy.
 */
final class BodyBenchmarks {

    private BodyBenchmarks() {
    }

    /**
     * @param data   the evaluation directory
     * @param set    {@code aeb} or {@code arabic-pages}
     * @param run    extraction runner
     * @param worst  how many lowest-F1 documents to print to {@code log} (0: none)
     * @param log    where to print them
     * @return the metrics, empty when the set is absent
     * @throws IOException on unreadable files
     */
    static List<Metric> evaluate(Path data, String set, ExtractionRun run, int worst, PrintStream log)
            throws IOException {
        Path dir = data.resolve(set);
        Path truth = dir.resolve("ground-truth.json");
        List<Metric> out = new ArrayList<>();
        if (!Files.exists(truth)) {
            return out;
        }
        JsonNode gold = Json.mapper().readTree(truth.toFile());
        ShingleScorer scorer = new ShingleScorer();
        Agreement day = new Agreement();
        List<Map.Entry<String, double[]>> perDoc = new ArrayList<>();
        int notArticle = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> en = it.next();
            Path file = dir.resolve("html").resolve(en.getKey() + ".html.gz");
            if (!Files.exists(file)) {
                continue;
            }
            JsonNode g = en.getValue();
            String url = g.path("url").asText(null);
            Extraction e = run.extract(file, url, null);
            if (e.kind() != PageKind.ARTICLE) {
                notArticle++;
                log.printf(Locale.ROOT, "  %s %s: kind %s%n", set, en.getKey(), e.kind().wireName());
            }
            double[] pr = scorer.add(g.path("articleBody").asText(""), ExtractionRun.body(e));
            perDoc.add(Map.entry(en.getKey(), pr));
            if (g.hasNonNull("published")) {
                String ours = e.published() == null ? null : Agreement.day(e.published().value());
                day.count(Agreement.day(g.get("published").asText()).equals(ours));
            }
        }
        String anchor = set.equals("aeb") ? "target ≥ 0.97; trafilatura 2.0 0.958, rs_trafilatura 0.970"
                : "target ≥ 0.98; trafilatura 0.968 (held-back)";
        out.add(new Metric(set, "body F1", scorer.f1(), perDoc.size(), anchor));
        out.add(new Metric(set, "body precision", scorer.precision(), perDoc.size(), ""));
        out.add(new Metric(set, "body recall", scorer.recall(), perDoc.size(), ""));
        out.add(new Metric(set, "share not classed article", (double) notArticle / Math.max(1, perDoc.size()),
                perDoc.size(), "all are articles"));
        if (day.total() > 0) {
            out.add(new Metric(set, "publication day", day.share(), day.total(), "target ≥ 0.98"));
        }
        if (worst > 0) {
            perDoc.sort((a, b) -> Double.compare(f1(a.getValue()), f1(b.getValue())));
            for (int i = 0; i < Math.min(worst, perDoc.size()); i++) {
                double[] pr = perDoc.get(i).getValue();
                log.printf(Locale.ROOT, "  %s worst %-70s P=%.3f R=%.3f%n", set, perDoc.get(i).getKey(), pr[0], pr[1]);
            }
        }
        return out;
    }

    private static double f1(double[] pr) {
        double p = Double.isNaN(pr[0]) ? 0 : pr[0];
        double r = Double.isNaN(pr[1]) ? 0 : pr[1];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
