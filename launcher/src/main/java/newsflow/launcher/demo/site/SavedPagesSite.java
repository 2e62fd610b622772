package newsflow.launcher.demo.site;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Serves a folder of saved pages over loopback HTTP so the pipeline can crawl them like a site, e.g.
 * {@code newsflow demo --site ../shared/eval/fundus/test_data}.
 *
 * <p>Pages ({@code .html}, {@code .htm}, optionally {@code .gz}, at any depth; see {@link SavedPageIndex}) are
 * served under {@code /pages/…}, streamed from disk per request: {@code .gz} files decompressed on the fly (chunked,
 * no Content-Length). Content-Type is {@code text/html}, with {@code ; charset=…} when the page declares one in its
 * first {@value HtmlCharsetSniffer#PREFIX_BYTES} bytes ({@link HtmlCharsetSniffer}). Also served: an RSS 2.0 feed
 * ({@value #RSS_PATH}) and a sitemap ({@value #SITEMAP_PATH}) listing every page, and a robots.txt allowing
 * everything. Feed and sitemap items carry no dates: a saved file's modification time is not the article's
 * publication time and must not pose as one. Every response has ETag and Last-Modified and answers conditional
 * GETs with 304.
 */
public final class SavedPagesSite implements AutoCloseable {
    /** Path of the RSS 2.0 feed. */
    public static final String RSS_PATH = "/feeds/rss.xml";
    /** Path of the sitemap. */
    public static final String SITEMAP_PATH = "/sitemap.xml";
    /** Path of robots.txt. */
    public static final String ROBOTS_PATH = "/robots.txt";
    private static final String SITE_NAME = "Saved pages";
    /** Read buffer for streaming (bytes). */
    private static final int BUFFER_BYTES = 64 * 1024;

    private final LoopbackServer server;
    private final SavedPageIndex index;
    private final Path root;

    private SavedPagesSite(LoopbackServer server, SavedPageIndex index, Path root) {
        this.server = server;
        this.index = index;
        this.root = root;
    }

    /**
     * Indexes {@code dir} (file names and attributes only) and starts serving it on 127.0.0.1 with a free port.
     *
     * @param dir a folder of saved pages
     * @return the running site; close it to stop the server
     * @throws IllegalArgumentException          when {@code dir} is not a folder
     * @throws java.io.UncheckedIOException when the folder cannot be listed or no port can be bound
     */
    public static SavedPagesSite start(Path dir) {
        return start(dir, 0);
    }

    /**
     * Same as {@link #start(Path)} on a given loopback port, so that a resumed demo serves the same URLs.
     *
     * @param dir  the folder of saved pages
     * @param port the port, or 0 for a free one
     * @return the running site
     */
    public static SavedPagesSite start(Path dir, int port) {
        SavedPageIndex index = SavedPageIndex.scan(dir);
        Map<String, StaticResource> generated = new ConcurrentHashMap<>();
        LoopbackServer server = LoopbackServer.start("saved-pages", port,
                (exchange, path) -> serve(exchange, path, index, generated));
        generated.putAll(render(index, server.baseUrl()));
        return new SavedPagesSite(server, index, dir.toAbsolutePath().normalize());
    }

    private static Map<String, StaticResource> render(SavedPageIndex index, String baseUrl) {
        List<FeedEntry> entries = index.pages().stream()
                .map(p -> new FeedEntry(baseUrl + SavedPageIndex.encodePath(p.urlPath()), title(p), null, null, null))
                .toList();
        Instant newest = index.pages().stream().map(SavedPage::lastModified).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        OffsetDateTime built = newest.atOffset(ZoneOffset.UTC);
        FeedDocuments.Channel channel = new FeedDocuments.Channel(SITE_NAME,
                "Saved pages served by newsflow for a demo crawl", baseUrl + "/", baseUrl + RSS_PATH);
        String robots = "User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + SITEMAP_PATH + "\n";
        return Map.of(
                RSS_PATH, StaticResource.utf8(FeedDocuments.rss(channel, entries, built), "application/rss+xml", newest),
                SITEMAP_PATH, StaticResource.utf8(FeedDocuments.sitemap(entries), "application/xml", newest),
                ROBOTS_PATH, StaticResource.utf8(robots, "text/plain", newest));
    }

    /** The feed title of a page: its file name without extensions. */
    private static String title(SavedPage page) {
        String name = page.file().getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void serve(HttpExchange exchange, String path, SavedPageIndex index,
                              Map<String, StaticResource> generated) throws IOException {
        StaticResource resource = generated.get(path);
        if (resource != null) {
            Responses.send(exchange, resource);
            return;
        }
        Optional<SavedPage> page = index.find(path);
        if (page.isEmpty()) {
            Responses.sendError(exchange, Responses.NOT_FOUND, "Not Found");
            return;
        }
        streamPage(exchange, page.get());
    }

    private static void streamPage(HttpExchange exchange, SavedPage page) throws IOException {
        Responses.setValidators(exchange.getResponseHeaders(), page.etag(), page.lastModified());
        if (ConditionalGet.notModified(exchange.getRequestHeaders(), page.etag(), page.lastModified())) {
            exchange.sendResponseHeaders(Responses.NOT_MODIFIED, -1);
            return;
        }
        try (InputStream file = Files.newInputStream(page.file());
             InputStream in = page.gzip() ? new GZIPInputStream(file, BUFFER_BYTES) : file) {
            byte[] head = in.readNBytes(HtmlCharsetSniffer.PREFIX_BYTES);
            Optional<Charset> charset = HtmlCharsetSniffer.sniff(head);
            exchange.getResponseHeaders().set("Content-Type",
                    charset.map(c -> "text/html; charset=" + c.name()).orElse("text/html"));
            if (Responses.isHead(exchange)) {
                exchange.sendResponseHeaders(Responses.OK, -1);
                return;
            }
            // 0 = chunked: a gzip file's decompressed length is unknown until it has been read
            exchange.sendResponseHeaders(Responses.OK, page.gzip() ? 0 : page.size());
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(head);
                in.transferTo(out);
            }
        }
    }

    /** @return {@code http://127.0.0.1:<port>} (no trailing slash) */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** @return the absolute URL of the RSS 2.0 feed listing every page */
    public String rssUrl() {
        return baseUrl() + RSS_PATH;
    }

    /** @return the absolute URL of the sitemap listing every page */
    public String sitemapUrl() {
        return baseUrl() + SITEMAP_PATH;
    }

    /** @return the absolute URL of robots.txt (allows everything) */
    public String robotsUrl() {
        return baseUrl() + ROBOTS_PATH;
    }

    /** @return the folder being served (absolute, normalised) */
    public Path root() {
        return root;
    }

    /** @return how many pages are served */
    public int pageCount() {
        return index.pages().size();
    }

    /** @return the absolute, percent-encoded URL of every page, in file-path order */
    public List<String> pageUrls() {
        return index.pages().stream().map(p -> baseUrl() + SavedPageIndex.encodePath(p.urlPath())).toList();
    }

    /**
     * Maps a page URL back to its file, e.g. to find a page's gold record in an evaluation set.
     *
     * @param url an absolute URL of this site (percent-encoded or not; query and fragment ignored)
     * @return the saved file served at that URL, or empty when the URL is not one of this site's pages
     */
    public Optional<Path> pathFor(String url) {
        if (!url.startsWith(baseUrl() + "/")) {
            return Optional.empty();
        }
        String path;
        try {
            path = URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            path = url.substring(baseUrl().length());
        }
        return index.find(path).map(SavedPage::file);
    }

    /**
     * @param url an absolute URL on this site, or a decoded path
     * @return how many requests arrived for its path so far
     */
    public int requestCount(String url) {
        String path = url.startsWith(baseUrl()) ? URI.create(url).getPath() : url;
        return server.requestCount(path);
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.close();
    }
}
