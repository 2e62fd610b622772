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
 * served under {@code /pages/…}, read from disk per request: plain files streamed, {@code .gz} files decompressed
 * whole first (a corrupt or oversized one answers 422 naming the file). Content-Type is {@code text/html}, with {@code ; charset=…} when the page declares one in its
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
    /** Largest decompressed {@code .gz} page served (bytes); ingest's own body cap is lower by default. */
    static final int MAX_DECOMPRESSED_BYTES = 32 * 1024 * 1024;
    /** Status for a saved page that cannot be served as HTML (corrupt or oversized gzip): permanent, no retry. */
    static final int UNPROCESSABLE = 422;

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
        if (page.gzip()) {
            sendGzipPage(exchange, page);
            return;
        }
        try (InputStream in = Files.newInputStream(page.file())) {
            byte[] head = in.readNBytes(HtmlCharsetSniffer.PREFIX_BYTES);
            setContentType(exchange, head);
            if (Responses.isHead(exchange)) {
                exchange.sendResponseHeaders(Responses.OK, -1);
                return;
            }
            exchange.sendResponseHeaders(Responses.OK, page.size());
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(head);
                in.transferTo(out);
            }
        }
    }

    /**
     * A {@code .gz} page is decompressed whole before the status line is sent, so that a corrupt or truncated
     * file gets a clear 422 response naming the file (which ingest dead-letters at once) instead of a
     * connection dropped in mid-body (which ingest retries with back-off, then dead-letters as a network error).
     */
    private static void sendGzipPage(HttpExchange exchange, SavedPage page) throws IOException {
        byte[] body;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page.file()), BUFFER_BYTES)) {
            body = in.readNBytes(MAX_DECOMPRESSED_BYTES + 1);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            Responses.sendError(exchange, UNPROCESSABLE, "corrupt gzip file " + page.file().getFileName() + ": "
                    + e.getMessage());
            return;
        }
        if (body.length > MAX_DECOMPRESSED_BYTES) {
            Responses.sendError(exchange, UNPROCESSABLE, "page " + page.file().getFileName()
                    + " decompresses to more than " + MAX_DECOMPRESSED_BYTES + " bytes");
            return;
        }
        setContentType(exchange, java.util.Arrays.copyOf(body, Math.min(body.length,
                HtmlCharsetSniffer.PREFIX_BYTES)));
        if (Responses.isHead(exchange)) {
            exchange.sendResponseHeaders(Responses.OK, -1);
            return;
        }
        exchange.sendResponseHeaders(Responses.OK, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void setContentType(HttpExchange exchange, byte[] head) {
        Optional<Charset> charset = HtmlCharsetSniffer.sniff(head);
        exchange.getResponseHeaders().set("Content-Type",
                charset.map(c -> "text/html; charset=" + c.name()).orElse("text/html"));
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
