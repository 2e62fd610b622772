package newsflow.launcher.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsflow.common.model.Edition;
import newsflow.common.model.PageKind;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.common.serde.Json;
import newsflow.enrich.app.EnrichConfig;
import newsflow.enrich.app.Enrichers;
import newsflow.enrich.extract.Block;
import newsflow.enrich.pipeline.EnrichResult;
import newsflow.enrich.pipeline.Enricher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow enrich-files --manifest M.jsonl --output OUT.jsonl}: the same enrichment as the Streams app,
 * on saved pages, without a broker. Input and output fields are those of ../shared/eval/README.md; exactly one
 * output row per manifest row, in manifest order; a page that fails gets an {@code error} and the run goes on.
 * Each edition carries {@code text_truncated} (true when its paragraphs were cut to the record's size budget,
 * {@code enrich.max.edition.bytes}). Rows are written whole, with unpaired surrogates replaced
 * ({@link JsonLinesOutput}).
 * Besides the contract's fields each row carries the page metadata of issue 3: {@code body_source},
 * {@code canonical_url}, {@code pages} (always 1 here: a saved file has no following pages), {@code paywalled},
 * {@code lead_image}, {@code section} and {@code keywords}.
 */
@Command(name = "enrich-files", mixinStandardHelpOptions = true,
        description = "Enrich saved pages listed in a JSONL manifest ({id, path, url?, fetched_at?}) into JSONL.")
public final class EnrichFilesCommand implements Callable<Integer> {
    @Option(names = "--manifest", required = true, description = "JSONL rows {id, path, url?, fetched_at?}; paths relative to the manifest's folder.")
    Path manifest;

    @Option(names = "--output", required = true, description = "Output JSONL file.")
    Path output;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--config", description = "Properties file overriding enrich defaults.")
    Path config;

    @Override
    public Integer call() throws Exception {
        Enricher enricher = Enrichers.create(newsflow.launcher.stack.EnrichConfigs.load(config, System.getenv(), Map.of()));
        ObjectMapper json = Json.mapper().copy()
                .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS);
        List<String> rows = new ArrayList<>();
        try (BufferedReader r = BatchInput.open(manifest)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line);
                }
            }
        }
        Path base = manifest.toAbsolutePath().getParent();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        long started = System.nanoTime();
        int failed = 0;
        try (JsonLinesOutput w = new JsonLinesOutput(json, Files.newOutputStream(output), true)) {
            List<Future<Map<String, Object>>> results = new ArrayList<>();
            for (String row : rows) {
                results.add(pool.submit(() -> enrichLine(enricher, base, row)));
            }
            for (Future<Map<String, Object>> f : results) {
                Map<String, Object> out = f.get();
                if (out.containsKey("error")) {
                    failed++;
                }
                try {
                    w.write(out);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    Map<String, Object> err = emptyRow((String) out.get("id"), (String) out.get("url"));
                    err.put("error", "output row cannot be written: " + e.getOriginalMessage());
                    w.write(err);
                }
            }
        } finally {
            pool.shutdown();
        }
        double secs = (System.nanoTime() - started) / 1e9;
        System.err.printf(java.util.Locale.ROOT, "enrich-files: %d pages (%d failed) in %.1f s, %.1f pages/s%n",
                rows.size(), failed, secs, rows.size() / Math.max(secs, 1e-9));
        return 0;
    }

    /** One manifest line: an unreadable line gives an error row too, so every line has its row. */
    static Map<String, Object> enrichLine(Enricher enricher, Path base, String line) {
        try {
            return enrichRow(enricher, base, Json.mapper().readTree(line));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            Map<String, Object> out = emptyRow(null, null);
            out.put("error", "unreadable manifest line: " + e.getOriginalMessage());
            return out;
        }
    }

    private static Map<String, Object> emptyRow(String id, String url) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("url", url);
        out.put("title", null);
        out.put("kind", null);
        out.put("body", "");
        out.put("published", null);
        out.put("modified", null);
        out.put("authors", List.of());
        out.put("editions", List.of());
        return out;
    }

    /**
     * One manifest row. The output {@code url} is the manifest's {@code url} when given, else null — in
     * successful and error rows alike; the page's own address (the manifest url, else the file's
     * {@code file:} URI) is what enrichment sees.
     */
    static Map<String, Object> enrichRow(Enricher enricher, Path base, JsonNode row) {
        String id = row.path("id").asText(null);
        String manifestUrl = row.hasNonNull("url") ? row.get("url").asText() : null;
        Map<String, Object> out = emptyRow(id, manifestUrl);
        try {
            if (id == null) {
                throw new IllegalArgumentException("the manifest row has no \"id\"");
            }
            if (!row.hasNonNull("path") || row.get("path").asText().isBlank()) {
                throw new IllegalArgumentException("the manifest row has no \"path\"");
            }
            Path path = base.resolve(row.path("path").asText());
            String url = manifestUrl != null ? manifestUrl : path.toUri().toString();
            Instant fetchedAt = row.hasNonNull("fetched_at") ? FetchedAt.parse(row.get("fetched_at").asText()) : null;
            String html = PageFiles.read(path);
            RawPage page = new RawPage(url, url, "files", fetchedAt, 200, "text/html", null, html,
                    SourceHints.NONE, null, null);
            EnrichResult r = enricher.enrichAlone(page);
            out.put("title", r.extraction().title());
            // the scoring contract knows four kinds: soft 404s and consent walls are interstitials there
            boolean wall = r.kind() == PageKind.SOFT_404 || r.kind() == PageKind.CONSENT_WALL;
            out.put("kind", wall ? PageKind.INTERSTITIAL.wireName() : r.kind().wireName());
            out.put("page_kind", r.kind().wireName());
            out.put("body", String.join("\n\n", r.extraction().blocks().stream().map(Block::text).toList()));
            out.put("published", r.extraction().published());
            out.put("modified", r.extraction().modified());
            out.put("authors", r.extraction().authors());
            out.put("site_name", r.extraction().siteName());
            out.put("body_source", r.extraction().bodySource());
            out.put("canonical_url", r.extraction().canonicalUrl());
            out.put("pages", r.pages());
            out.put("paywalled", r.extraction().paywalled());
            out.put("lead_image", r.extraction().leadImage());
            out.put("section", r.extraction().section());
            out.put("keywords", r.extraction().keywords());
            List<Map<String, Object>> editions = new ArrayList<>();
            for (Edition e : r.editions()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("lang", e.lang());
                m.put("title", e.title());
                m.put("direction", e.direction());
                m.put("share", e.share());
                m.put("paragraphs", e.paragraphs());
                m.put("table_paragraphs", e.tableParagraphs());
                m.put("topics", e.topics());
                m.put("dates", e.dates());
                m.put("text_truncated", e.textTruncated());
                if (e.topicNote() != null) {
                    m.put("topic_note", e.topicNote());
                }
                if (e.datesNote() != null) {
                    m.put("dates_note", e.datesNote());
                }
                editions.add(m);
            }
            out.put("editions", editions);
        } catch (Exception | StackOverflowError e) {
            Map<String, Object> failed = emptyRow(id, manifestUrl);
            failed.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            return failed;
        }
        return out;
    }
}
