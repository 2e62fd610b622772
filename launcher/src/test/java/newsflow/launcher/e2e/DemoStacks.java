package newsflow.launcher.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import newsflow.launcher.demo.site.DemoCatalog;
import newsflow.launcher.demo.site.DemoPage;
import newsflow.launcher.demo.site.DemoSite;
import newsflow.launcher.stack.PipelineStack;
import newsflow.launcher.stack.SourcesFiles;

/** Starts a {@link PipelineStack} on the bundled demo site the way {@code newsflow demo} does. */
final class DemoStacks {
    /** Partitions of the topics, as the CLI's default. */
    static final int PARTITIONS = 3;
    /** Politeness delay for the loopback site, in milliseconds. */
    static final long LOOPBACK_DELAY_MS = 10;

    private DemoStacks() {
    }

    /**
     * @param site      the running demo site
     * @param workDir   broker data, stream state, SQLite file and sources file
     * @param bootstrap external Kafka, or null for the embedded broker
     * @param jdbcUrl   external database, or null for SQLite in {@code workDir}
     * @param delayMs   per-host delay in milliseconds
     * @return the started stack (not yet drained)
     * @throws IOException when the work folder or the broker cannot be prepared
     */
    static PipelineStack start(DemoSite site, Path workDir, String bootstrap, String jdbcUrl, long delayMs)
            throws IOException {
        Files.createDirectories(workDir);
        Path sources = SourcesFiles.write(workDir.resolve("sources.json"), "demo",
                List.of(site.rssUrl(), site.atomUrl()), List.of(site.sitemapUrl()));
        return PipelineStack.start(new PipelineStack.Options(workDir, bootstrap, jdbcUrl, sources, true, delayMs,
                PARTITIONS), Clock.systemUTC());
    }

    /** @return absolute URLs of every catalogue page: articles, listing and the robots-disallowed draft */
    static List<String> allPageUrls(DemoSite site) {
        List<String> all = new ArrayList<>();
        for (DemoPage p : site.catalog().pages()) {
            all.add(site.baseUrl() + p.path());
        }
        return all;
    }

    /** @return the catalogue entry served at {@code url} */
    static DemoPage page(DemoSite site, String url) {
        DemoCatalog c = site.catalog();
        return c.pages().stream().filter(p -> url.equals(site.baseUrl() + p.path())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a demo page: " + url));
    }
}
