package newsflow.systest.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A news site on several loopback hosts, each a JDK {@link HttpServer} on its own address and port
 * ({@code 127.0.0.2}, {@code 127.0.0.3}, ... — distinct hosts to a crawler, so per-host politeness is measurable),
 * serving {@code pagesPerHost} generated articles, {@code /feed.xml} (RSS 2.0), {@code /sitemap.xml} and an
 * allow-all {@code /robots.txt}. Every request is recorded in the {@link RequestLog} before it is answered.
 */
public final class LoopbackSite implements AutoCloseable {
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<String> bases = new ArrayList<>();
    private final int pagesPerHost;
    private final RequestLog log = new RequestLog();
    private final ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "loopback-site");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param hosts        number of hosts (at most 200)
     * @param pagesPerHost articles on each host
     */
    public LoopbackSite(int hosts, int pagesPerHost) {
        this.pagesPerHost = pagesPerHost;
        for (int h = 0; h < hosts; h++) {
            String address = "127.0.0." + (h + 2);
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 64);
                int hostIndex = h;
                server.createContext("/", exchange -> handle(exchange, hostIndex));
                server.setExecutor(executor);
                server.start();
                servers.add(server);
                bases.add("http://" + address + ":" + server.getAddress().getPort());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot bind " + address, e);
            }
        }
    }

    /** @return the request log */
    public RequestLog requests() {
        return log;
    }

    /** @return {@code http://address:port} of each host */
    public List<String> bases() {
        return List.copyOf(bases);
    }

    /** @return the RSS feed URL of each host */
    public List<String> feeds() {
        return bases.stream().map(b -> b + "/feed.xml").toList();
    }

    /** @return the sitemap URL of each host */
    public List<String> sitemaps() {
        return bases.stream().map(b -> b + "/sitemap.xml").toList();
    }

    /** @return every article URL (these are also the canonical URLs the pages declare) */
    public Set<String> articleUrls() {
        Set<String> urls = new LinkedHashSet<>();
        for (String base : bases) {
            for (int n = 0; n < pagesPerHost; n++) {
                urls.add(base + ArticlePages.path(n));
            }
        }
        return urls;
    }

    private void handle(HttpExchange exchange, int host) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String base = bases.get(host);
        log.add(new Request(base + exchange.getRequestURI().toString(), base.substring("http://".length()), path, Instant.now()));
        try (exchange) {
            String body;
            String type;
            int status = 200;
            if (path.equals("/robots.txt")) {
                body = "User-agent: *\nAllow: /\n";
                type = "text/plain; charset=utf-8";
            } else if (path.equals("/feed.xml")) {
                body = ArticlePages.rss(base, host, pagesPerHost);
                type = "application/rss+xml; charset=utf-8";
            } else if (path.equals("/sitemap.xml")) {
                body = ArticlePages.sitemap(base, pagesPerHost);
                type = "application/xml; charset=utf-8";
            } else {
                int n = pageNumber(path);
                if (n >= 0) {
                    body = ArticlePages.article(base, host, n);
                    type = "text/html; charset=utf-8";
                } else {
                    status = 404;
                    body = "not found";
                    type = "text/plain; charset=utf-8";
                }
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private int pageNumber(String path) {
        for (int n = 0; n < pagesPerHost; n++) {
            if (ArticlePages.path(n).equals(path)) {
                return n;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        executor.shutdownNow();
    }
}
