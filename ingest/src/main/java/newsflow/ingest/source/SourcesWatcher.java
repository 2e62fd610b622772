package newsflow.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import newsflow.common.model.SourceHints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the sources file current without a restart: {@link #current()} re-reads the file when its
 * modification time or size changed since the last read. An edit that does not validate is logged and the last
 * good list is kept, so a typo by ops never stops ingest. (Polling the file's attributes on every call is
 * simpler and more portable than a WatchService, and the call happens once per scheduling round.)
 */
public final class SourcesWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(SourcesWatcher.class);
    private final Path file;
    private FileTime lastModified;
    private long lastSize = -1;
    private List<SourceDefinition> sources;

    /**
     * @param file the sources file
     * @throws IOException when the first read fails or the file is invalid (start-up must fail loudly)
     */
    public SourcesWatcher(Path file) throws IOException {
        this.file = file;
        this.lastModified = Files.getLastModifiedTime(file);
        this.lastSize = Files.size(file);
        this.sources = SourcesFileReader.read(file);
    }

    /** @return the sources, re-read if the file changed; the last valid list when the new content is invalid */
    public synchronized List<SourceDefinition> current() {
        try {
            FileTime mtime = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            if (!mtime.equals(lastModified) || size != lastSize) {
                lastModified = mtime;
                lastSize = size;
                sources = SourcesFileReader.read(file);
                LOG.info("sources file {} re-read: {} sources", file, sources.size());
            }
        } catch (IOException e) {
            LOG.warn("sources file {} changed but cannot be used, keeping {} sources: {}", file, sources.size(),
                    e.getMessage());
        }
        return sources;
    }

    /**
     * @param source a source name
     * @return the enrichment hints of that source in the current file, {@link SourceHints#NONE} when no source
     *         of that name exists (any more)
     */
    public SourceHints hintsOf(String source) {
        for (SourceDefinition s : current()) {
            if (s.name().equals(source)) {
                return s.hints();
            }
        }
        return SourceHints.NONE;
    }
}
