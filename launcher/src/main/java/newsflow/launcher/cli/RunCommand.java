package newsflow.launcher.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsflow.launcher.stack.PipelineRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow run --feeds FILE}: the whole pipeline in one process on real feeds (the sources file), on the
 * embedded broker and SQLite by default, or on an external Kafka and database.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run ingest -> enrich -> sink in one process on the sources file's feeds and sitemaps.")
public final class RunCommand implements Callable<Integer> {
    /** The placeholder domain of the shipped config/sources.json (RFC 2606 reserves .example). */
    static final String PLACEHOLDER_HOST = "news.example";

    @Option(names = "--feeds", required = true, description = "The sources file (JSON, see config/sources.json).")
    Path feeds;

    @Option(names = "--allow-loopback", description = "Allow fetching from loopback addresses (refused by default).")
    boolean allowLoopback;

    @Mixin
    PipelineRun run;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(feeds)) {
            System.err.println("newsflow run: --feeds " + feeds.toAbsolutePath() + " is not a file");
            return 2;
        }
        if (Files.readString(feeds, java.nio.charset.StandardCharsets.UTF_8).contains(PLACEHOLDER_HOST)) {
            System.err.println("newsflow run: note: " + feeds.toAbsolutePath() + " names placeholder hosts ("
                    + PLACEHOLDER_HOST + "): edit it with your feeds and sitemaps first");
        }
        Path workDir = run.prepareWorkDir(Path.of("newsflow-run"), feeds.toAbsolutePath());
        return run.execute(workDir, feeds.toAbsolutePath(), allowLoopback, -1);
    }
}
