package newsflow.launcher.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsflow.launcher.demo.site.DemoSite;
import newsflow.launcher.demo.site.SavedPagesSite;
import newsflow.launcher.stack.PipelineRun;
import newsflow.launcher.stack.SourcesFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow demo}: the whole pipeline on an embedded default — a real Kafka broker in this process
 * (KRaft), a demo news site on loopback (or a folder of saved pages with {@code --site}), ingest → enrich →
 * sink into SQLite — with progress lines and a closing summary. Exits 0 when the site is drained.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run ingest -> enrich -> sink on an embedded Kafka broker against a demo news site (or --site DIR).")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--site", description = "Serve this folder of saved pages (.html, .html.gz, any depth) instead of the bundled demo site.")
    Path site;

    @Mixin
    PipelineRun run;

    @Override
    public Integer call() throws Exception {
        if (site != null && !Files.isDirectory(site)) {
            System.err.println("newsflow demo: --site " + site.toAbsolutePath() + " is not a folder");
            return 2;
        }
        Path workDir = run.prepareWorkDir(Path.of("newsflow-demo"));
        if (site != null) {
            try (SavedPagesSite saved = SavedPagesSite.start(site, SitePorts.previous(workDir))) {
                SitePorts.remember(workDir, saved.baseUrl());
                System.out.printf(java.util.Locale.ROOT, "serving %d saved pages from %s at %s%n", saved.pageCount(), site, saved.baseUrl());
                Path sources = SourcesFiles.write(workDir.resolve("sources.json"), "saved-pages",
                        List.of(saved.rssUrl()), List.of(saved.sitemapUrl()));
                return run.execute(workDir, sources, true, saved.pageCount());
            }
        }
        try (DemoSite demo = DemoSite.start(SitePorts.previous(workDir))) {
            SitePorts.remember(workDir, demo.baseUrl());
            System.out.printf(java.util.Locale.ROOT, "demo news site: %d articles at %s%n", demo.articleCount(), demo.baseUrl());
            List<String> feeds = new ArrayList<>(List.of(demo.rssUrl(), demo.atomUrl()));
            Path sources = SourcesFiles.write(workDir.resolve("sources.json"), "demo", feeds, List.of(demo.sitemapUrl()));
            return run.execute(workDir, sources, true, demo.articleCount());
        }
    }
}
