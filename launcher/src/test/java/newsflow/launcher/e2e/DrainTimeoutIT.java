package newsflow.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import newsflow.launcher.stack.PipelineStack;
import newsflow.launcher.stack.SourcesFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --timeout} bounds the whole drain: a site answering 429 with a Retry-After an hour away does not
 * keep the drain waiting; the drain reports that it did not finish and the URL stays pending.
 */
class DrainTimeoutIT {
    @TempDir
    Path workDir;

    @Test
    void aFarRetryDoesNotOutlastTheTimeoutAndStaysPending() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String base = "http://127.0.0.1:" + site.getAddress().getPort();
            byte[] body;
            int status = 200;
            if (path.equals("/robots.txt")) {
                body = "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
            } else if (path.equals("/feed.xml")) {
                body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>" + base
                        + "/</link><description>d</description><item><title>Slow</title><link>" + base
                        + "/slow</link><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate></item></channel></rss>")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            } else {
                status = 429;
                body = "slow down".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Retry-After", "3600");
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
        try {
            Path sources = SourcesFiles.write(workDir.resolve("sources.json"), "slow",
                    List.of("http://127.0.0.1:" + site.getAddress().getPort() + "/feed.xml"), List.of());
            try (PipelineStack stack = PipelineStack.start(new PipelineStack.Options(workDir, null, null, sources,
                    true, DemoStacks.LOOPBACK_DELAY_MS, 1), Clock.systemUTC())) {
                boolean drained = stack.drain(Duration.ofSeconds(20));
                assertThat(drained).as("drained despite a retry due in an hour").isFalse();
                assertThat(stack.pendingFetches()).as("the 429 page stays pending").isPositive();
                assertThat(stack.progress().fetched()).isZero();
            }
        } finally {
            site.stop(0);
        }
    }
}
