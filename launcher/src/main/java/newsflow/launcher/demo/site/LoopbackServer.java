package newsflow.launcher.demo.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JDK {@link HttpServer} bound to 127.0.0.1 on a free port (port 0), answering GET and HEAD through one
 * {@link Route}, counting requests per path, on a small pool of daemon threads.
 */
final class LoopbackServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LoopbackServer.class);
    /** Handler threads: the demo crawler fetches politely, a few threads are plenty. */
    private static final int THREADS = 4;
    /** Listen backlog (0 would mean the system default). */
    private static final int BACKLOG = 32;

    /** Serves one request for a path; the server closes the exchange afterwards. */
    @FunctionalInterface
    interface Route {
        /**
         * @param exchange the request/response
         * @param path     the decoded request path (no query)
         * @throws IOException when writing the response fails
         */
        void serve(HttpExchange exchange, String path) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final String baseUrl;

    private LoopbackServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Binds and starts the server.
     *
     * @param name  thread-name prefix, also used in logs
     * @param port  the loopback port, or 0 for a free one
     * @param route the request handler
     * @return the running server
     * @throws UncheckedIOException when the socket cannot be bound
     */
    static LoopbackServer start(String name, int port, Route route) {
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, name + "-http-" + threadNo.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("cannot bind a loopback port for " + name, e);
        }
        LoopbackServer loopback = new LoopbackServer(server, executor);
        server.createContext("/", exchange -> loopback.dispatch(exchange, route));
        server.setExecutor(executor);
        server.start();
        LOG.info("{} serving on {}", name, loopback.baseUrl);
        return loopback;
    }

    private void dispatch(HttpExchange exchange, Route route) {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                Responses.sendError(exchange, Responses.METHOD_NOT_ALLOWED, "Method Not Allowed");
                return;
            }
            route.serve(exchange, path);
        } catch (IOException | RuntimeException e) {
            LOG.warn("request for {} failed: {}", path, e.toString());
        }
    }

    /** @return {@code http://127.0.0.1:<port>}, without a trailing slash */
    String baseUrl() {
        return baseUrl;
    }

    /**
     * @param path a decoded request path, e.g. {@code /robots.txt}
     * @return how many requests (any method) arrived for it so far
     */
    int requestCount(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    /** Stops accepting requests immediately and ends the handler threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
