package newsflow.launcher.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import newsflow.launcher.demo.site.SavedPagesSite;
import newsflow.launcher.stack.PipelineStack;
import newsflow.launcher.stack.SourcesFiles;

/** Starts a {@link PipelineStack} on a {@link SavedPagesSite} the way {@code newsflow demo --site DIR} does. */
final class SavedPageStacks {
    private SavedPageStacks() {
    }

    /**
     * @param site    the running site of saved pages
     * @param workDir broker data, stream state, SQLite file and sources file
     * @param clock   ingest's clock (fetch times)
     * @return the started stack (not yet drained), on the embedded broker with SQLite
     * @throws IOException when the work folder or the broker cannot be prepared
     */
    static PipelineStack start(SavedPagesSite site, Path workDir, Clock clock) throws IOException {
        Files.createDirectories(workDir);
        Path sources = SourcesFiles.write(workDir.resolve("sources.json"), "saved-pages",
                List.of(site.rssUrl()), List.of(site.sitemapUrl()));
        return PipelineStack.start(new PipelineStack.Options(workDir, null, null, sources, true,
                DemoStacks.LOOPBACK_DELAY_MS, DemoStacks.PARTITIONS), clock);
    }
}
