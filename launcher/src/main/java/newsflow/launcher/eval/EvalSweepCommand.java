package newsflow.launcher.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsflow.enrich.app.Enrichers;
import newsflow.launcher.eval.sweep.PageSets;
import newsflow.launcher.eval.sweep.SetTally;
import newsflow.launcher.eval.sweep.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow eval sweep}: the corpus-wide sanity sweep of issue 13. Runs every page set of the evaluation
 * folder through enrichment and prints, per set, pages by kind, editions per page, the share of pages with
 * U+FFFD, stored articles whose body reads as a consent wall, error page or subscription prompt (in en, ar, fr,
 * de, es, it), publication dates after the fetch time, editions under two paragraphs and titles holding HTML
 * entities; then the offending files. Exit code 0, or 2 when the folder is missing or holds no page set.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run every page set through enrichment and report what should be near zero, with offenders.")
public final class EvalSweepCommand implements Callable<Integer> {

    @Option(names = "--data", description = "Evaluation data directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared/eval")
    Path data;

    @Option(names = "--sets", split = ",", description = "Set folders to sweep (default: every folder with pages).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--offenders", defaultValue = "20",
            description = "Most offending files printed per check and set (default: ${DEFAULT-VALUE}).")
    int offenders;

    @Option(names = "--fetched-at", description = "Fetch time of every page (ISO-8601 instant); default: each "
            + "file's modification time.")
    Instant fetchedAt;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            System.err.println("eval sweep: no data directory " + data.toAbsolutePath());
            return 2;
        }
        Map<String, List<Path>> found = PageSets.find(data, sets);
        if (found.isEmpty()) {
            System.err.println("eval sweep: no page set in " + data.toAbsolutePath());
            return 2;
        }
        List<SetTally> tallies = new Sweep(Enrichers.create(newsflow.launcher.stack.EnrichConfigs.load(null,
                System.getenv(), Map.of())), fetchedAt).run(data, found);
        PrintStream out = System.out;
        SetTally.printHeader(out);
        for (SetTally t : tallies) {
            t.printRow(out);
        }
        out.println();
        out.println("offenders (set, check, file, detail):");
        for (SetTally t : tallies) {
            t.printOffenders(out, Math.max(0, offenders));
        }
        return 0;
    }
}
