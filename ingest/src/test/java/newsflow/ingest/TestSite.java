package newsflow.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A scripted HTTP site on 127.0.0.1 (a free port) for fetch tests; records every request path. */
public final class TestSite implements AutoCloseable {
    /** What a path answers. */
    @FunctionalInterface
    public interface Handler {
        /**
         * @param ex the exchange
         * @throws IOException on write failure
         */
        void handle(HttpExchange ex) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> requestHeaders = new CopyOnWriteArrayList<>();

    private final List<Long> requestNanos = new CopyOnWriteArrayList<>();

    /** @throws IOException when no port can be bound */
    public TestSite() throws IOException {
        this(InetAddress.getLoopbackAddress());
    }

    /**
     * A site on another loopback address (127.0.0.2, 127.0.0.3…: another host for the crawler's politeness).
     *
     * @param address the address to listen on
     * @throws IOException when no port can be bound
     */
    public TestSite(InetAddress address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath()
                    + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
            synchronized (requestNanos) { // the two lists stay index-aligned
                requestNanos.add(System.nanoTime());
                requests.add(path);
            }
            Map<String, String> h = new ConcurrentHashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
            requestHeaders.add(h);
            Handler handler = routes.get(ex.getRequestURI().getRawPath());
            try {
                if (handler == null) {
                    respond(ex, 404, "text/html", "<h1>not found</h1>".getBytes(StandardCharsets.UTF_8));
                } else {
                    handler.handle(ex);
                }
            } finally {
                ex.close();
            }
        });
        // a handler that stalls (a slow page) must not hold up the other requests
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-site");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** @return {@code http://ADDRESS:PORT}, e.g. {@code http://127.0.0.1:PORT} */
    public String base() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** @return when each request of {@link #requests()} arrived, {@link System#nanoTime()}, same order */
    public List<Long> requestNanos() {
        return requestNanos;
    }

    /**
     * @param path    the path, e.g. {@code /a/1}
     * @param handler what it answers
     * @return this
     */
    public TestSite on(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    /**
     * @param path        path
     * @param contentType Content-Type header
     * @param body        UTF-8 body
     * @return this
     */
    public TestSite page(String path, String contentType, String body) {
        return on(path, ex -> respond(ex, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** @return every request path (with query) in arrival order */
    public List<String> requests() {
        return requests;
    }

    /** @return the headers of every request, lower-case names, in arrival order */
    public List<Map<String, String>> requestHeaders() {
        return requestHeaders;
    }

    /**
     * @param ex          exchange
     * @param status      status code
     * @param contentType Content-Type, or null
     * @param body        body bytes
     * @throws IOException on write failure
     */
    public static void respond(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
