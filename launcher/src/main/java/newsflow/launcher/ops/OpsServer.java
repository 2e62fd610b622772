package newsflow.launcher.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import newsflow.common.health.ComponentHealth;
import newsflow.common.serde.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoints of a process, on the JDK's HTTP server:
 * <ul>
 *   <li>{@code GET /metrics}: the registry in the Prometheus text exposition format (version 0.0.4), rendered by
 *       Micrometer's Prometheus registry;</li>
 *   <li>{@code GET /health}: JSON {@code {"status":"UP"|"DOWN","components":[{"service","name","up","state",
 *       "reason"}…]}}, HTTP 200 when every component is up, 503 otherwise. The checks behind it must answer at
 *       once (they read cached probe results), so a scrape never waits on a database or a broker.</li>
 * </ul>
 * Binds every interface (a container's health check and Prometheus reach it from outside); one thread.
 */
public final class OpsServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    private final HttpServer server;

    private OpsServer(HttpServer server) {
        this.server = server;
    }

    /**
     * @param port     the port (0 picks a free one, for tests)
     * @param registry what {@code /metrics} renders
     * @param health   the components {@code /health} reports
     * @return the running server
     * @throws IOException when the port cannot be bound
     */
    public static OpsServer start(int port, PrometheusMeterRegistry registry,
                                  Supplier<List<ComponentHealth>> health) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 16);
        } catch (java.net.BindException e) {
            throw new IllegalArgumentException("cannot serve /metrics and /health on port " + port + ": "
                    + e.getMessage() + " (choose another with --http-port, or 0 to turn them off)", e);
        }
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ops-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/metrics", ex -> {
            if (!allowGet(ex)) {
                return;
            }
            respond(ex, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
        });
        server.createContext("/health", ex -> {
            if (!allowGet(ex)) {
                return;
            }
            List<ComponentHealth> components;
            try {
                components = health.get();
            } catch (RuntimeException e) {
                components = List.of(ComponentHealth.down("process", "health", "error", e.toString()));
            }
            boolean up = components.stream().allMatch(ComponentHealth::up);
            respond(ex, up ? 200 : 503, "application/json", json(up, components));
        });
        server.start();
        return new OpsServer(server);
    }

    private static boolean allowGet(HttpExchange ex) throws IOException {
        if ("GET".equals(ex.getRequestMethod()) || "HEAD".equals(ex.getRequestMethod())) {
            return true;
        }
        ex.getResponseHeaders().add("Allow", "GET, HEAD");
        respond(ex, 405, "text/plain; charset=utf-8", "use GET\n");
        return false;
    }

    static String json(boolean up, List<ComponentHealth> components) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("components", new ArrayList<>(components));
        try {
            return Json.mapper().writeValueAsString(body) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            if (!head) {
                out.write(bytes);
            }
        } catch (IOException e) {
            LOG.debug("client went away", e);
        }
    }

    /** @return the bound port */
    public int port() {
        return server.getAddress().getPort();
    }

    /** @return the address to print, e.g. {@code http://localhost:9400/metrics} */
    public String address() {
        return "http://localhost:" + port();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
