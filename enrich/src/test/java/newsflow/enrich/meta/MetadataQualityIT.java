package newsflow.enrich.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Author agreement with the fundus gold (system property {@code newsflow.eval.dir}; skipped when absent): the
 * share of pages whose author set equals the gold set (case-insensitive). Prints the figure; the floor sits under
 * the measured value. {@code -Dnewsflow.eval.verbose=true} prints every disagreement.
 */
class MetadataQualityIT {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    /** Floor slightly under the figure measured when it was pinned (0.716; gold also credits agencies). */
    private static final double FLOOR_FUNDUS_AUTHORS = 0.70;
    /** Floor under the measured 34/47 (0.723; the misses are mostly bylines that name no person). */
    private static final double FLOOR_READABILITY_BYLINE = 0.70;

    @Test
    void readabilityBylinesAndLanguage() throws IOException {
        String dir = System.getProperty("newsflow.eval.dir");
        Path pages = dir == null ? null : Path.of(dir, "readability-testpages", "test-pages");
        Assumptions.assumeTrue(pages != null && Files.isDirectory(pages),
                "evaluation data not found (system property newsflow.eval.dir): skipping");
        MetadataExtractor extractor = new MetadataExtractor();
        int bylines = 0;
        int bylinesOk = 0;
        int langs = 0;
        int langsOk = 0;
        try (var list = Files.list(pages)) {
            for (Path page : (Iterable<Path>) list.sorted()::iterator) {
                Path meta = page.resolve("expected-metadata.json");
                if (!Files.isRegularFile(meta)) {
                    continue;
                }
                JsonNode want = MAPPER.readTree(meta.toFile());
                PageMetadata got = extractor.extract(Jsoup.parse(page.resolve("source.html").toFile(), null,
                        "http://fakehost/test/page.html"), "http://fakehost/test/page.html");
                String byline = want.path("byline").asText("").toLowerCase(Locale.ROOT);
                if (!byline.isBlank()) {
                    bylines++;
                    // every name found must be in the expected byline, and at least one must be found
                    if (!got.authors().isEmpty()
                            && got.authors().stream().allMatch(a -> byline.contains(a.toLowerCase(Locale.ROOT)))) {
                        bylinesOk++;
                    }
                }
                String lang = want.path("lang").asText("");
                if (!lang.isBlank()) {
                    langs++;
                    langsOk += lang.toLowerCase(Locale.ROOT).replace('_', '-').equals(got.htmlLang()) ? 1 : 0;
                }
            }
        }
        System.out.printf(java.util.Locale.ROOT, "readability test pages: byline names %d/%d, language %d/%d%n", bylinesOk, bylines, langsOk,
                langs);
        assertThat((double) bylinesOk / bylines).isGreaterThanOrEqualTo(FLOOR_READABILITY_BYLINE);
        assertThat(langsOk).isEqualTo(langs);
    }

    @Test
    void fundusAuthors() throws IOException {
        String dir = System.getProperty("newsflow.eval.dir");
        Assumptions.assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "fundus", "index.json")),
                "evaluation data not found (system property newsflow.eval.dir): skipping");
        boolean verbose = Boolean.getBoolean("newsflow.eval.verbose");
        Path fundus = Path.of(dir, "fundus");
        MetadataExtractor extractor = new MetadataExtractor();
        int n = 0;
        int same = 0;
        for (JsonNode page : MAPPER.readTree(fundus.resolve("index.json").toFile())) {
            JsonNode gold = MAPPER.readTree(fundus.resolve("test_data").resolve(page.get("json").asText()).toFile())
                    .path(page.get("version").asText()).path("authors");
            Set<String> want = new HashSet<>();
            gold.forEach(a -> want.add(a.asText().toLowerCase(Locale.ROOT).strip()));
            String url = page.path("url").asText(null);
            Document doc;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(
                    fundus.resolve("test_data").resolve(page.get("html").asText())))) {
                doc = Jsoup.parse(in, null, url == null ? "" : url);
            }
            PageMetadata m = extractor.extract(doc, url);
            Set<String> got = new HashSet<>();
            m.authors().forEach(a -> got.add(a.toLowerCase(Locale.ROOT)));
            n++;
            if (got.equals(want)) {
                same++;
            } else if (verbose) {
                System.out.println("AUTHORS " + page.get("html").asText() + " want " + want + " got " + got);
            }
        }
        double share = (double) same / n;
        System.out.printf(java.util.Locale.ROOT, "fundus authors: same set %.3f (%d/%d)%n", share, same, n);
        assertThat(share).isGreaterThanOrEqualTo(FLOOR_FUNDUS_AUTHORS);
    }
}
