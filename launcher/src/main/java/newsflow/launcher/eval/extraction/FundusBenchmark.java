package newsflow.launcher.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newsflow.common.serde.Json;
import newsflow.enrich.extract.Extraction;
import newsflow.enrich.extract.score.ShingleScorer;

/**
 * fundus parser test pages ({@code fundus/index.json} links each page to its gold record and version):
 * title agreement (normalised text equal), authors agreement (same set of names, case-insensitive), body
 * shingle F1 (gold body = summary, then each section's headline and paragraphs), lead coverage (on the pages whose
 * gold has a summary, the share whose body holds at least {@link #LEAD_COVERED_RECALL} of the summary's words), and
 * exact timestamp agreement (same instant and same offset) on the pages whose gold has a {@code publishing_date}.
 */
final class FundusBenchmark {

    /** Share of a gold summary's words the body must hold for the lead to count as kept. */
    static final double LEAD_COVERED_RECALL = 0.8;

    private FundusBenchmark() {
    }

    static List<Metric> evaluate(Path data, ExtractionRun run) throws IOException {
        Path dir = data.resolve("fundus");
        Path index = dir.resolve("index.json");
        List<Metric> out = new ArrayList<>();
        if (!Files.exists(index)) {
            return out;
        }
        Agreement title = new Agreement();
        Agreement authors = new Agreement();
        Agreement stamp = new Agreement();
        Agreement lead = new Agreement();
        ShingleScorer body = new ShingleScorer();
        for (JsonNode row : Json.mapper().readTree(index.toFile())) {
            Path file = dir.resolve("test_data").resolve(row.path("html").asText());
            Path goldFile = dir.resolve("test_data").resolve(row.path("json").asText());
            if (!Files.exists(file) || !Files.exists(goldFile)) {
                continue;
            }
            JsonNode gold = Json.mapper().readTree(goldFile.toFile()).path(row.path("version").asText());
            if (gold.isMissingNode()) {
                continue;
            }
            Extraction e = run.extract(file, row.path("url").asText(null), crawlDate(row.path("crawl_date").asText()));
            boolean titleOk = Agreement.norm(gold.path("title").asText()).equals(Agreement.norm(e.title()));
            title.count(titleOk);
            if (!titleOk && Boolean.getBoolean("newsflow.eval.verbose")) {
                System.err.println("fundus title: gold=" + gold.path("title").asText() + " | ours=" + e.title());
            }
            authors.count(names(gold.path("authors")).equals(names(e.authors())));
            String ours = ExtractionRun.body(e);
            double[] pr = body.add(goldBody(gold.path("body")), ours);
            String summary = summary(gold.path("body"));
            if (!summary.isBlank()) {
                boolean kept = wordRecall(summary, ours) >= LEAD_COVERED_RECALL;
                lead.count(kept);
                if (!kept && Boolean.getBoolean("newsflow.eval.verbose")) {
                    System.err.println("fundus lead missing: " + row.path("html").asText());
                }
            }
            if (Boolean.getBoolean("newsflow.eval.verbose")) {
                System.err.printf(Locale.ROOT, "fundus body: %s P=%.3f R=%.3f%n", row.path("html").asText(), pr[0], pr[1]);
            }
            OffsetDateTime g = Agreement.offsetDateTime(gold.path("publishing_date").asText(null));
            if (g != null) {
                OffsetDateTime p = e.published() == null ? null : Agreement.offsetDateTime(e.published().value());
                stamp.count(p != null && p.toInstant().equals(g.toInstant()) && p.getOffset().equals(g.getOffset()));
            }
        }
        out.add(new Metric("fundus", "title agreement", title.share(), title.total(), ""));
        out.add(new Metric("fundus", "authors agreement", authors.share(), authors.total(), ""));
        out.add(new Metric("fundus", "body F1", body.f1(), title.total(), ""));
        out.add(new Metric("fundus", "lead coverage (summary in body)", lead.share(), lead.total(), ""));
        out.add(new Metric("fundus", "timestamp exact (instant+offset)", stamp.share(), stamp.total(), "target ≥ 0.90"));
        return out;
    }

    private static Instant crawlDate(String s) {
        try {
            return LocalDateTime.parse(s.strip().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Set<String> names(JsonNode arr) {
        Set<String> s = new TreeSet<>();
        for (JsonNode n : arr) {
            s.add(Agreement.norm(n.asText()));
        }
        return s;
    }

    private static Set<String> names(List<String> list) {
        Set<String> s = new TreeSet<>();
        for (String n : list) {
            s.add(Agreement.norm(n));
        }
        return s;
    }

    private static String summary(JsonNode body) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode p : body.path("summary")) {
            append(sb, p.asText());
        }
        return sb.toString();
    }

    /** @return the share of {@code part}'s word tokens (as a multiset) found in {@code whole}, 0..1 */
    static double wordRecall(String part, String whole) {
        Map<String, Integer> have = new HashMap<>();
        for (String t : ShingleScorer.tokens(whole)) {
            have.merge(t, 1, Integer::sum);
        }
        List<String> want = ShingleScorer.tokens(part);
        int found = 0;
        for (String t : want) {
            Integer n = have.get(t);
            if (n != null && n > 0) {
                have.put(t, n - 1);
                found++;
            }
        }
        return want.isEmpty() ? 1 : (double) found / want.size();
    }

    private static String goldBody(JsonNode body) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode p : body.path("summary")) {
            append(sb, p.asText());
        }
        for (JsonNode section : body.path("sections")) {
            for (JsonNode h : section.path("headline")) {
                append(sb, h.asText());
            }
            for (JsonNode p : section.path("paragraphs")) {
                append(sb, p.asText());
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String s) {
        if (sb.length() > 0) {
            sb.append("\n\n");
        }
        sb.append(s);
    }
}
