package newsflow.launcher.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsflow.common.serde.Json;

/** Writes a one-source sources file (the format ingest reads, see config/sources.json). */
public final class SourcesFiles {
    private SourcesFiles() {
    }

    /**
     * @param file     where to write
     * @param name     the source name
     * @param feeds    feed URLs
     * @param sitemaps sitemap URLs
     * @return {@code file}
     * @throws IOException when it cannot be written
     */
    public static Path write(Path file, String name, List<String> feeds, List<String> sitemaps) throws IOException {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("name", name);
        source.put("feeds", feeds);
        source.put("sitemaps", sitemaps);
        source.put("poll_interval", "PT1M");
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), Map.of("sources", List.of(source)));
        return file;
    }
}
