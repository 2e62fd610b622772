package newsflow.launcher.eval.languages;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import newsflow.common.model.SourceHints;
import newsflow.common.serde.Json;
import newsflow.enrich.extract.ArticleExtractor;
import newsflow.enrich.extract.Block;
import newsflow.enrich.extract.BlockKind;
import newsflow.enrich.extract.Extraction;
import newsflow.enrich.extract.PageInput;
import newsflow.enrich.lang.EditionDraft;
import newsflow.enrich.lang.EditionSplitter;

/**
 * Scores paragraph-level language separation on ../shared/eval/mixed-language (gold.json {id: {kind, url,
 * titles[{lang,text}], paragraphs[{lang,text}], paragraphs_per_language}}), in two ways: the gold paragraphs fed
 * as blocks (the first title as the page title, the other titles as headings before them, as the pages show
 * them, and the page's declared {@code <html lang>}), which scores identification alone; and the real {@link ArticleExtractor} on html/&lt;id&gt;.html,
 * where a gold paragraph the extraction lacks counts as wrong.
 */
public final class MixedLanguageEval {

    /** Blocks shorter than this many characters are also scored apart (issue 4). */
    public static final int SHORT_CHARS = 50;

    /** The figures of one run. */
    public static final class Result {
        /** Paragraph accuracy over all pages. */
        public final Tally paragraphs = new Tally();
        /** Paragraph accuracy on paragraphs under {@link #SHORT_CHARS} characters. */
        public final Tally shortParagraphs = new Tally();
        /** Pages whose set of edition languages equals the gold set. */
        public final Tally exactSet = new Tally();
        /** Monolingual control pages that gave exactly one edition. */
        public final Tally monoOneEdition = new Tally();
        /** Gold titles found as the title of the edition of their language. */
        public final Tally titles = new Tally();
        /** Gold paragraphs found at all in the editions (extractor run). */
        public final Tally found = new Tally();
        /** Paragraph accuracy per page kind. */
        public final Map<String, Tally> paragraphsByKind = new TreeMap<>();
        /** Exact language set per page kind. */
        public final Map<String, Tally> exactSetByKind = new TreeMap<>();
        /** Gold language → predicted language → count, for ar, fa, ur paragraphs. */
        public final Map<String, Map<String, Integer>> arabicScriptConfusion = new TreeMap<>();
        /** Blocks split. */
        public long blocks;
        /** Time spent splitting, nanoseconds. */
        public long nanos;
        /** Ids of pages with at least one wrong paragraph (for the log). */
        public final List<String> wrongPages = new ArrayList<>();
    }

    private final EditionSplitter splitter;
    private final ArticleExtractor extractor = new ArticleExtractor();

    /**
     * @param splitter the splitter under test
     */
    public MixedLanguageEval(EditionSplitter splitter) {
        this.splitter = splitter;
    }

    /**
     * @param dir           the mixed-language folder
     * @param fromExtractor true to extract html/&lt;id&gt;.html, false to feed the gold paragraphs
     * @param log           where to print each wrong paragraph, or null
     * @return the figures
     * @throws IOException when gold.json or a page cannot be read
     */
    public Result run(Path dir, boolean fromExtractor, PrintStream log) throws IOException {
        JsonNode gold = Json.mapper().readTree(dir.resolve("gold.json").toFile());
        Result result = new Result();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            score(dir, page.getKey(), page.getValue(), fromExtractor, result, log);
        }
        return result;
    }

    private void score(Path dir, String id, JsonNode page, boolean fromExtractor, Result result, PrintStream log)
            throws IOException {
        String kind = page.path("kind").asText();
        List<EditionDraft> editions;
        long start;
        if (fromExtractor) {
            String html = Files.readString(dir.resolve("html").resolve(id + ".html"), StandardCharsets.UTF_8);
            Extraction ex = extractor.extract(new PageInput(page.path("url").asText(null), html, null,
                    SourceHints.NONE));
            start = System.nanoTime();
            editions = splitter.split(ex.title(), ex.blocks(), ex.htmlLang());
            result.blocks += ex.blocks().size();
        } else {
            String title = null;
            List<Block> blocks = new ArrayList<>();
            for (JsonNode t : page.path("titles")) {
                if (title == null) {
                    title = t.path("text").asText();
                } else {
                    blocks.add(new Block(BlockKind.HEADING, t.path("text").asText()));
                }
            }
            for (JsonNode p : page.path("paragraphs")) {
                blocks.add(new Block(BlockKind.PARAGRAPH, p.path("text").asText()));
            }
            String declared = declaredLanguage(dir.resolve("html").resolve(id + ".html"));
            start = System.nanoTime();
            editions = splitter.split(title, blocks, declared);
            result.blocks += blocks.size();
        }
        result.nanos += System.nanoTime() - start;

        Map<String, List<String>> langsByText = new HashMap<>();
        Set<String> predicted = new LinkedHashSet<>();
        for (EditionDraft e : editions) {
            predicted.add(e.lang());
            for (String p : e.paragraphs()) {
                langsByText.computeIfAbsent(normalise(p), k -> new ArrayList<>()).add(e.lang());
            }
        }
        boolean pageRight = true;
        Set<String> goldSet = new LinkedHashSet<>();
        for (JsonNode p : page.path("paragraphs")) {
            String goldLang = p.path("lang").asText();
            String text = p.path("text").asText();
            goldSet.add(goldLang);
            List<String> found = langsByText.get(normalise(text));
            String got = found == null || found.isEmpty() ? null : found.remove(0);
            result.found.add(got != null);
            boolean ok = goldLang.equals(got);
            result.paragraphs.add(ok);
            result.paragraphsByKind.computeIfAbsent(kind, k -> new Tally()).add(ok);
            if (text.length() < SHORT_CHARS) {
                result.shortParagraphs.add(ok);
            }
            if (Set.of("ar", "fa", "ur").contains(goldLang)) {
                result.arabicScriptConfusion.computeIfAbsent(goldLang, k -> new TreeMap<>())
                        .merge(got == null ? "missing" : got, 1, Integer::sum);
            }
            if (!ok) {
                pageRight = false;
                if (log != null) {
                    log.printf(Locale.ROOT, "  %s [%s] gold=%s got=%s: %s%n", id, kind, goldLang, got, clip(text));
                }
            }
        }
        boolean exact = goldSet.equals(predicted);
        result.exactSet.add(exact);
        result.exactSetByKind.computeIfAbsent(kind, k -> new Tally()).add(exact);
        if (!exact && log != null) {
            log.printf(Locale.ROOT, "  %s [%s] languages gold=%s got=%s%n", id, kind, goldSet, predicted);
        }
        if (kind.startsWith("mono")) {
            result.monoOneEdition.add(editions.size() == 1);
        }
        for (JsonNode t : page.path("titles")) {
            String lang = t.path("lang").asText();
            String text = normalise(t.path("text").asText());
            boolean ok = editions.stream().anyMatch(e -> e.lang().equals(lang) && e.title() != null
                    && normalise(e.title()).equals(text));
            result.titles.add(ok);
            if (!ok && log != null) {
                log.printf(Locale.ROOT, "  %s [%s] title (%s) not the %s edition's title: %s%n", id, kind, lang, lang,
                        clip(text));
            }
        }
        if (!pageRight) {
            result.wrongPages.add(id);
        }
    }

    /** The page's {@code <html lang>}: page metadata the real pipeline has too, not gold. */
    private static String declaredLanguage(Path html) throws IOException {
        if (!Files.isRegularFile(html)) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<html[^>]*\\blang=\"([^\"]+)\"")
                .matcher(Files.readString(html, StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : null;
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String clip(String s) {
        return s.length() <= 90 ? s : s.substring(0, 90) + "…";
    }
}
