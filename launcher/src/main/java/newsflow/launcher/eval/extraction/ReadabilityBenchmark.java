package newsflow.launcher.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsflow.common.serde.Json;
import newsflow.enrich.extract.Extraction;

/**
 * Mozilla Readability's test pages ({@code readability-testpages/test-pages/<name>/source.html} with
 * {@code expected-metadata.json}): title agreement (normalised equal), byline agreement where gold has one
 * (we name at least one author and every name we give occurs in the gold byline), and publication-day
 * agreement where gold has {@code publishedTime}. Pages are read as Readability's tests do, at
 * {@link #TEST_URL}.
 */
final class ReadabilityBenchmark {

    /** The URL Readability's own tests give every page. */
    static final String TEST_URL = "http://fakehost/test/page.html";

    private ReadabilityBenchmark() {
    }

    static List<Metric> evaluate(Path data, ExtractionRun run) throws IOException {
        Path dir = data.resolve("readability-testpages").resolve("test-pages");
        List<Metric> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        Agreement title = new Agreement();
        Agreement byline = new Agreement();
        Agreement date = new Agreement();
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.sorted().toList();
        }
        for (Path page : pages) {
            Path source = page.resolve("source.html");
            Path meta = page.resolve("expected-metadata.json");
            if (!Files.exists(source) || !Files.exists(meta)) {
                continue;
            }
            JsonNode gold = Json.mapper().readTree(meta.toFile());
            Extraction e = run.extract(source, TEST_URL, null);
            boolean titleOk = Agreement.norm(gold.path("title").asText(null)).equals(Agreement.norm(e.title()));
            title.count(titleOk);
            if (!titleOk && Boolean.getBoolean("newsflow.eval.verbose")) {
                System.err.println("readability title " + page.getFileName() + ": gold=" + gold.path("title").asText()
                        + " | ours=" + e.title());
            }
            String by = gold.path("byline").asText(null);
            if (by != null && !by.isBlank()) {
                String g = Agreement.norm(by);
                boolean ok = !e.authors().isEmpty();
                for (String a : e.authors()) {
                    ok &= g.contains(Agreement.norm(a));
                }
                byline.count(ok);
            }
            String pt = gold.path("publishedTime").asText(null);
            if (pt != null && !pt.isBlank()) {
                String ours = e.published() == null ? null : Agreement.day(e.published().value());
                date.count(Agreement.day(pt).equals(ours));
            }
        }
        out.add(new Metric("readability", "title agreement", title.share(), title.total(), ""));
        out.add(new Metric("readability", "byline agreement", byline.share(), byline.total(), ""));
        out.add(new Metric("readability", "published day agreement", date.share(), date.total(), ""));
        return out;
    }
}
