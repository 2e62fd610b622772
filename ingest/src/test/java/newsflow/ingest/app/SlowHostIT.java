package newsflow.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.ingest.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: one slow URL held its host for minutes (a 30 s read timeout per attempt, four attempts), delaying the
 * host's other pages. Now a fetch has a total time budget ({@code ingest.request.budget.ms}, here 500 ms against a
 * 10 s read timeout) and the slow URL's retry goes behind the host's other pending URLs. Three kinds of slowness
 * — slow headers, a body that stalls, a redirect chain whose hops are each within the read timeout — each on
 * the first request of a path only: the host's four other pages are requested before the slow URL's second
 * attempt, and the slow URL still lands in the end. Drains through a real in-process broker.
 */
class SlowHostIT {
    private static final long STALL_MS = 2_000;

    @Test
    void aSlowUrlDoesNotHoldUpTheOtherUrlsOfItsHost(@TempDir Path dir) throws Exception {
        try (TestSite site = new TestSite(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String b = site.base();
            Map<String, Integer> seen = new ConcurrentHashMap<>();
            site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            site.on("/headers/slow", ex -> {
                if (seen.merge(ex.getRequestURI().getPath(), 1, Integer::sum) == 1) {
                    sleep(STALL_MS);
                }
                TestSite.respond(ex, 200, "text/html", "<p>slow headers</p>".getBytes(StandardCharsets.UTF_8));
            });
            site.on("/body/slow", ex -> {
                byte[] body = "<p>a body that stalls half way</p>".getBytes(StandardCharsets.UTF_8);
                boolean first = seen.merge(ex.getRequestURI().getPath(), 1, Integer::sum) == 1;
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body, 0, 10);
                    out.flush();
                    if (first) {
                        sleep(STALL_MS);
                    }
                    out.write(body, 10, body.length - 10);
                } catch (java.io.IOException closedByTheClient) {
                    // the fetcher gave up on the first attempt
                }
            });
            for (int hop = 0; hop < 4; hop++) {
                String next = hop < 3 ? "/chain/" + (hop + 1) : null;
                site.on("/chain/" + hop, ex -> {
                    if (seen.merge(ex.getRequestURI().getPath(), 1, Integer::sum) == 1) {
                        sleep(300); // each hop well within the read timeout, the chain past the budget
                    }
                    if (next == null) {
                        TestSite.respond(ex, 200, "text/html", "<p>end of chain</p>".getBytes(StandardCharsets.UTF_8));
                    } else {
                        ex.getResponseHeaders().set("Location", next);
                        TestSite.respond(ex, 302, null, new byte[0]);
                    }
                });
            }
            for (String kind : List.of("headers", "body", "redirect")) {
                String slow = kind.equals("redirect") ? "/chain/0" : "/" + kind + "/slow";
                StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><item><link>" + b + slow
                        + "</link></item>");
                for (int i = 1; i <= 4; i++) {
                    site.page("/" + kind + "/" + i, "text/html", "<p>" + kind + " " + i + "</p>");
                    rss.append("<item><link>").append(b).append('/').append(kind).append('/').append(i)
                            .append("</link></item>");
                }
                site.page("/" + kind + "/feed.xml", "application/rss+xml", rss.append("</channel></rss>").toString());
                Path sources = dir.resolve(kind + ".json");
                Files.writeString(sources, "{\"sources\":[{\"name\":\"" + kind + "\",\"feeds\":[\"" + b + "/" + kind
                        + "/feed.xml\"]}]}", StandardCharsets.UTF_8);
                IngestConfig config = IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE,
                        sources.toString(), IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                        IngestConfig.TOPICS_PREFIX, kind + ".", IngestConfig.ALLOW_LOOPBACK, "true",
                        IngestConfig.PER_HOST_DELAY_MS, "10", IngestConfig.READ_TIMEOUT_MS, "10000",
                        IngestConfig.REQUEST_BUDGET_MS, "500", IngestConfig.RETRY_BACKOFF_MS, "100"));
                DrainSummary summary;
                try (IngestService service = new IngestService(config)) {
                    service.start();
                    summary = service.runOnce();
                }
                List<String> asked = site.requests().stream()
                        .filter(p -> p.startsWith("/" + kind + "/") && !p.endsWith("feed.xml") || p.equals(slow))
                        .toList();
                int secondSlow = asked.subList(1, asked.size()).indexOf(slow) + 1;
                System.out.printf("%s: requests in order %s; %s%n", kind, asked, summary);
                assertThat(asked.get(0)).as(kind).isEqualTo(slow);
                assertThat(secondSlow).as("%s: the slow URL was tried again", kind).isPositive();
                assertThat(asked.subList(1, secondSlow)).as("%s: the host's other URLs before the retry", kind)
                        .containsExactlyInAnyOrder("/" + kind + "/1", "/" + kind + "/2", "/" + kind + "/3",
                                "/" + kind + "/4");
                assertThat(summary.fetched()).as("%s: every page, the slow one included, in the end", kind)
                        .isEqualTo(5);
                assertThat(summary.deadLettered()).isZero();
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
