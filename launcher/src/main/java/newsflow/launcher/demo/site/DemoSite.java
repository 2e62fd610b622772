package newsflow.launcher.demo.site;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The bundled demo news site ("Meridian Courier"), served over loopback HTTP for {@code newsflow demo}.
 *
 * <p>Pages come from {@code demo-site/catalog.json} and {@code demo-site/pages/} on the classpath (see
 * {@code demo-site/README.md}): multilingual articles, two English+Arabic pages, one Arabic page stored and served
 * as windows-1256, a two-page article (page 2 reached by {@code rel=next} and also listed in the sitemap), a
 * listing page and a page under {@code /drafts/} that robots.txt disallows. At start the
 * {@code {{base}}} placeholders in pages are replaced with the server's base URL and the feeds and sitemap are
 * rendered for that base URL.
 *
 * <p>Routes: {@code /robots.txt}, {@code /feeds/rss.xml} (RSS 2.0), {@code /feeds/atom.xml} (Atom),
 * {@code /sitemap.xml}, every catalogue path, and {@code /} (302 to the listing). Every response carries ETag and
 * Last-Modified and answers conditional GETs with 304. Anything else is 404.
 */
public final class DemoSite implements AutoCloseable {
    /** Path of the RSS 2.0 feed. */
    public static final String RSS_PATH = "/feeds/rss.xml";
    /** Path of the Atom feed. */
    public static final String ATOM_PATH = "/feeds/atom.xml";
    /** Path of the sitemap. */
    public static final String SITEMAP_PATH = "/sitemap.xml";
    /** Path of robots.txt. */
    public static final String ROBOTS_PATH = "/robots.txt";
    /** Folder that robots.txt disallows for every user agent. */
    public static final String DISALLOWED_FOLDER = "/drafts/";
    /** The placeholder in page files replaced with the base URL. */
    static final String BASE_PLACEHOLDER = "{{base}}";

    private final LoopbackServer server;
    private final DemoCatalog catalog;

    private DemoSite(LoopbackServer server, DemoCatalog catalog) {
        this.server = server;
        this.catalog = catalog;
    }

    /**
     * Starts the site on 127.0.0.1 with a free port.
     *
     * @return the running site; close it to stop the server
     * @throws java.io.UncheckedIOException when the catalogue cannot be read or no port can be bound
     */
    public static DemoSite start() {
        return start(0);
    }

    /**
     * Same as {@link #start()} on a given loopback port, so that a resumed demo serves the same URLs.
     *
     * @param port the port, or 0 for a free one
     * @return the running site
     */
    public static DemoSite start(int port) {
        DemoCatalog catalog = DemoCatalog.load();
        // filled once the port (and so the base URL) is known; no request can arrive before start() returns
        Map<String, StaticResource> resources = new ConcurrentHashMap<>();
        LoopbackServer server = LoopbackServer.start("demo-site", port, (exchange, path) -> serve(exchange, path, resources));
        try {
            resources.putAll(render(catalog, server.baseUrl()));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return new DemoSite(server, catalog);
    }

    private static void serve(HttpExchange exchange, String path, Map<String, StaticResource> resources)
            throws IOException {
        StaticResource resource = resources.get(path);
        if (resource != null) {
            Responses.send(exchange, resource);
        } else if ("/".equals(path)) {
            Responses.redirect(exchange, "/world/");
        } else {
            Responses.sendError(exchange, Responses.NOT_FOUND, "Not Found");
        }
    }

    /** Renders every route for {@code baseUrl}: pages with the placeholder replaced, feeds, sitemap, robots. */
    static Map<String, StaticResource> render(DemoCatalog catalog, String baseUrl) {
        Map<String, StaticResource> out = new HashMap<>();
        for (DemoPage page : catalog.pages()) {
            Charset charset = Charset.forName(page.charset());
            String html = new String(DemoCatalog.readFile(page), charset).replace(BASE_PLACEHOLDER, baseUrl);
            out.put(page.path(), StaticResource.of(html.getBytes(charset),
                    "text/html; charset=" + page.charset(), page.publishedAt().toInstant()));
        }
        FeedDocuments.Channel rss = channel(catalog, baseUrl, RSS_PATH);
        FeedDocuments.Channel atom = channel(catalog, baseUrl, ATOM_PATH);
        List<FeedEntry> rssEntries = entries(catalog, baseUrl, p -> p.announcedIn(DemoPage.RSS));
        List<FeedEntry> atomEntries = entries(catalog, baseUrl, p -> p.announcedIn(DemoPage.ATOM));
        List<FeedEntry> sitemapEntries = entries(catalog, baseUrl, p -> p.announcedIn(DemoPage.SITEMAP));
        OffsetDateTime rssUpdated = FeedDocuments.latest(rssEntries, OffsetDateTime.now());
        OffsetDateTime atomUpdated = FeedDocuments.latest(atomEntries, OffsetDateTime.now());
        OffsetDateTime sitemapUpdated = FeedDocuments.latest(sitemapEntries, OffsetDateTime.now());
        out.put(RSS_PATH, StaticResource.utf8(FeedDocuments.rss(rss, rssEntries, rssUpdated),
                "application/rss+xml", rssUpdated.toInstant()));
        out.put(ATOM_PATH, StaticResource.utf8(FeedDocuments.atom(atom, atomEntries, atomUpdated),
                "application/atom+xml", atomUpdated.toInstant()));
        out.put(SITEMAP_PATH, StaticResource.utf8(FeedDocuments.sitemap(sitemapEntries),
                "application/xml", sitemapUpdated.toInstant()));
        out.put(ROBOTS_PATH, StaticResource.utf8(robotsTxt(baseUrl), "text/plain", sitemapUpdated.toInstant()));
        return out;
    }

    /**
     * The robots.txt (RFC 9309): every agent may fetch all but {@value #DISALLOWED_FOLDER}; one named agent is shut
     * out entirely, so that a crawler must pick its own group; the sitemap is announced.
     */
    static String robotsTxt(String baseUrl) {
        return "# Meridian Courier demo site\n"
                + "User-agent: ArchiveSweeper\n"
                + "Disallow: /\n"
                + "\n"
                + "User-agent: *\n"
                + "Disallow: " + DISALLOWED_FOLDER + "\n"
                + "Disallow: /search\n"
                + "Allow: /\n"
                + "\n"
                + "Sitemap: " + baseUrl + SITEMAP_PATH + "\n";
    }

    private static FeedDocuments.Channel channel(DemoCatalog catalog, String baseUrl, String selfPath) {
        return new FeedDocuments.Channel(catalog.siteName(), "Latest news from " + catalog.siteName()
                + " in several languages (newsflow demo site)", baseUrl + "/", baseUrl + selfPath);
    }

    private static List<FeedEntry> entries(DemoCatalog catalog, String baseUrl, Predicate<DemoPage> where) {
        return catalog.pages().stream().filter(where)
                .map(p -> new FeedEntry(baseUrl + p.path(), p.title(), p.summary(), p.author(), p.publishedAt()))
                .toList();
    }

    /** @return {@code http://127.0.0.1:<port>} (no trailing slash) */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** @return the absolute URL of the RSS 2.0 feed */
    public String rssUrl() {
        return baseUrl() + RSS_PATH;
    }

    /** @return the absolute URL of the Atom feed */
    public String atomUrl() {
        return baseUrl() + ATOM_PATH;
    }

    /** @return the absolute URL of the sitemap */
    public String sitemapUrl() {
        return baseUrl() + SITEMAP_PATH;
    }

    /** @return the absolute URL of robots.txt */
    public String robotsUrl() {
        return baseUrl() + ROBOTS_PATH;
    }

    /**
     * @return how many article pages a polite crawler can reach and may fetch: announced in a feed or the sitemap
     *         and not disallowed by robots.txt (the listing page and the disallowed draft are not counted)
     */
    public int articleCount() {
        return articleUrls().size();
    }

    /** @return absolute URLs of the reachable, allowed article pages, in catalogue order */
    public List<String> articleUrls() {
        return urls(p -> p.isArticle() && !p.disallowed() && !p.feeds().isEmpty());
    }

    /** @return absolute URLs of the listing (section) pages, which must not be stored as articles */
    public List<String> listingUrls() {
        return urls(p -> "listing".equals(p.kind()));
    }

    /**
     * @return absolute URLs of the later pages of multi-page articles (case C24): joined into their first page's
     *         record, never stored as articles of their own
     */
    public List<String> continuationUrls() {
        return urls(DemoPage::isContinuation);
    }

    /** @return absolute URLs that robots.txt disallows (announced, but must never be fetched) */
    public List<String> disallowedUrls() {
        return urls(DemoPage::disallowed);
    }

    /** @return the catalogue the site serves */
    public DemoCatalog catalog() {
        return catalog;
    }

    /**
     * @param url an absolute URL on this site, or a path
     * @return how many requests arrived for its path so far (e.g. to check a disallowed page was never fetched)
     */
    public int requestCount(String url) {
        String path = url.startsWith(baseUrl()) ? url.substring(baseUrl().length()) : url;
        return server.requestCount(path);
    }

    private List<String> urls(Predicate<DemoPage> where) {
        return catalog.pages().stream().filter(where).map(p -> baseUrl() + p.path()).toList();
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.close();
    }
}
