package newsflow.launcher.eval.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.enrich.extract.kind.KindVocabulary;
import newsflow.enrich.pipeline.EnrichResult;
import newsflow.enrich.pipeline.Enricher;
import newsflow.launcher.eval.extraction.HtmlFiles;

/**
 * Runs every page of the chosen sets through enrichment in-process ({@link Enricher#enrichAlone}, the code of
 * the Streams app) and checks each result ({@link PageChecks}). A page's fetch time is {@code fetchedAt} when
 * given, else its file's modification time (a page cannot be published after it was saved). A failing page
 * is counted as an error and the sweep goes on.
 */
public final class Sweep {

    private final Enricher enricher;
    private final PageChecks checks = new PageChecks(KindVocabulary.DEFAULT);
    private final Instant fetchedAt;

    /**
     * @param enricher  the enrichment to sweep
     * @param fetchedAt the fetch time of every page, or null for each file's modification time
     */
    public Sweep(Enricher enricher, Instant fetchedAt) {
        this.enricher = enricher;
        this.fetchedAt = fetchedAt;
    }

    /**
     * @param data the evaluation folder
     * @param sets the sets and their files ({@link PageSets#find})
     * @return one tally per set, in order
     */
    public List<SetTally> run(Path data, Map<String, List<Path>> sets) {
        List<SetTally> out = new ArrayList<>();
        for (Map.Entry<String, List<Path>> set : sets.entrySet()) {
            SetTally tally = new SetTally(set.getKey());
            Path root = data.resolve(set.getKey());
            for (Path file : set.getValue()) {
                tally.add(page(root.relativize(file).toString(), file));
            }
            out.add(tally);
        }
        return out;
    }

    private PageReport page(String name, Path file) {
        try {
            Instant fetched = fetchedAt != null ? fetchedAt : Files.getLastModifiedTime(file).toInstant();
            String html = HtmlFiles.read(file);
            String url = "https://sweep.invalid/" + name.replace('\\', '/');
            EnrichResult r = enricher.enrichAlone(new RawPage(url, url, "sweep", fetched, 200, "text/html", null,
                    html, SourceHints.NONE, null, null));
            return checks.check(name, r, fetched);
        } catch (IOException | RuntimeException e) {
            String msg = e.getClass().getSimpleName() + ": " + e.getMessage();
            return new PageReport(name, "error", 0, false, null, false, 0, false, msg);
        }
    }
}
