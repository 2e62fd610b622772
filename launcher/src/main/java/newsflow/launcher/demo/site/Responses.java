package newsflow.launcher.demo.site;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Writing HTTP responses on a {@link HttpExchange}: static bodies with validators, 304, 404, redirects. */
final class Responses {
    /** Status codes used by the sites. */
    static final int OK = 200;
    static final int FOUND = 302;
    static final int NOT_MODIFIED = 304;
    static final int NOT_FOUND = 404;
    static final int METHOD_NOT_ALLOWED = 405;
    static final int SERVER_ERROR = 500;
    /** {@code sendResponseHeaders} length meaning "no body". */
    private static final long NO_BODY = -1;

    private Responses() {
    }

    /** @return true for a HEAD request (headers only) */
    static boolean isHead(HttpExchange exchange) {
        return "HEAD".equals(exchange.getRequestMethod());
    }

    /**
     * Sends {@code resource} with ETag and Last-Modified, or 304 when the request's validators still match.
     *
     * @throws IOException when the client connection fails
     */
    static void send(HttpExchange exchange, StaticResource resource) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        setValidators(headers, resource.etag(), resource.lastModified());
        if (ConditionalGet.notModified(exchange.getRequestHeaders(), resource.etag(), resource.lastModified())) {
            exchange.sendResponseHeaders(NOT_MODIFIED, NO_BODY);
            return;
        }
        headers.set("Content-Type", resource.contentType());
        if (isHead(exchange)) {
            exchange.sendResponseHeaders(OK, NO_BODY);
            return;
        }
        exchange.sendResponseHeaders(OK, resource.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(resource.body());
        }
    }

    /** Sets ETag and Last-Modified (the latter only when known). */
    static void setValidators(Headers headers, String etag, Instant lastModified) {
        headers.set("ETag", etag);
        if (lastModified != null) {
            headers.set("Last-Modified", HttpDates.format(lastModified));
        }
    }

    /** Sends a short plain-text error page with the given status. */
    static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        byte[] body = (status + " " + message + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        if (isHead(exchange)) {
            exchange.sendResponseHeaders(status, NO_BODY);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Sends 302 Found to {@code location} (an absolute path or URL). */
    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(FOUND, NO_BODY);
    }
}
