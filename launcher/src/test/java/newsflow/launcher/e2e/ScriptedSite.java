package newsflow.launcher.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A site on 127.0.0.1 (a free port) whose answers a test sets and changes while it runs: path → status,
 * Content-Type and body; an unknown path answers 404.
 */
final class ScriptedSite implements AutoCloseable {
    /** One scripted answer. */
    record Answer(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    ScriptedSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            Answer a = answers.getOrDefault(ex.getRequestURI().getRawPath(), new Answer(404, "text/html", "<h1>404</h1>"));
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", a.contentType());
            ex.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
            ex.close();
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    ScriptedSite answer(String path, int status, String contentType, String body) {
        answers.put(path, new Answer(status, contentType, body));
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
