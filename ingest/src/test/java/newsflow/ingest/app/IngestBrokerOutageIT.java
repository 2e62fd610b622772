package newsflow.ingest.app;

import static newsflow.ingest.app.BrokerReads.await;
import static newsflow.ingest.app.BrokerReads.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import newsflow.common.serde.Json;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.ingest.TestSite;
import newsflow.ingest.state.FetchState;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: a broker outage longer than the producer's delivery timeout (shortened here through configuration)
 * lost a page for good — dead-lettered as {@code produce-failed} without its body, or not even that, and marked
 * dead-lettered in the fetch state. Now the page waits for the broker: the real in-process broker is stopped while
 * a page is being fetched, kept down for four delivery timeouts, and started again on the same port and data; every
 * page lands in raw-pages exactly once, nothing is dead-lettered, each URL is requested once.
 */
class IngestBrokerOutageIT {
    private static final int DELIVERY_TIMEOUT_MS = 2_000;

    @Test
    void aBrokerOutageLongerThanTheDeliveryTimeoutLosesNoPage(@TempDir Path dir) throws Exception {
        CountDownLatch requested = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        try (TestSite site = new TestSite()) {
            String b = site.base();
            site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            site.page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel>"
                    + "<item><link>" + b + "/a/1.html</link></item><item><link>" + b + "/a/2.html</link></item>"
                    + "<item><link>" + b + "/a/3.html</link></item></channel></rss>");
            site.page("/a/1.html", "text/html", "<p>one</p>");
            site.on("/a/2.html", ex -> {
                requested.countDown();
                try {
                    answer.await(60, TimeUnit.SECONDS); // the broker goes down meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                TestSite.respond(ex, 200, "text/html", "<p>two</p>".getBytes(StandardCharsets.UTF_8));
            });
            site.page("/a/3.html", "text/html", "<p>three</p>");
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, "{\"sources\":[{\"name\":\"s\",\"feeds\":[\"" + b
                    + "/feed.xml\"],\"poll_interval\":\"PT10M\"}]}", StandardCharsets.UTF_8);

            Path data = dir.resolve("kafka");
            EmbeddedKafka kafka = EmbeddedKafka.start(data);
            int port = kafka.port();
            String bootstrap = kafka.bootstrapServers();
            Map<String, Object> settings = new HashMap<>(Map.of(IngestConfig.SOURCES_FILE, sources.toString(),
                    IngestConfig.BOOTSTRAP_SERVERS, bootstrap, IngestConfig.TOPICS_PREFIX, "outage.",
                    IngestConfig.ALLOW_LOOPBACK, "true", IngestConfig.PER_HOST_DELAY_MS, "10"));
            settings.put(IngestConfig.PRODUCER_DELIVERY_TIMEOUT_MS, Integer.toString(DELIVERY_TIMEOUT_MS));
            settings.put(IngestConfig.PRODUCER_REQUEST_TIMEOUT_MS, "1000");
            settings.put(IngestConfig.PRODUCER_MAX_BLOCK_MS, "1000");
            settings.put(IngestConfig.PRODUCE_RETRY_BACKOFF_MS, "200");
            settings.put(IngestConfig.PRODUCE_RETRY_MAX_BACKOFF_MS, "1000");
            IngestConfig config = IngestConfig.load(null, Map.of(), settings);
            long outageMs;
            try (IngestService service = new IngestService(config)) {
                service.start();
                Thread loop = new Thread(service::follow, "follow-outage");
                loop.start();
                assertThat(requested.await(60, TimeUnit.SECONDS)).as("/a/2.html requested").isTrue();
                long down = System.nanoTime();
                kafka.close();
                answer.countDown();
                Thread.sleep(4L * DELIVERY_TIMEOUT_MS); // the sends of /a/2 (and /a/3) expire, several times
                kafka = EmbeddedKafka.start(data, port);
                outageMs = (System.nanoTime() - down) / 1_000_000;
                await(() -> service.fetched() == 3, "the three pages produced");
                service.stop();
                loop.join(30_000);
                assertThat(service.deadLettered()).isZero();
            }
            try {
                List<ConsumerRecord<String, byte[]>> raw = readAll(bootstrap, "outage.raw-pages");
                Map<String, Integer> perKey = new HashMap<>();
                raw.forEach(r -> perKey.merge(r.key(), 1, Integer::sum));
                Map<String, String> outcome = new HashMap<>();
                for (ConsumerRecord<String, byte[]> r : readAll(bootstrap, "outage.fetch-state")) {
                    outcome.put(r.key(), Json.mapper().readValue(r.value(), FetchState.class).outcome());
                }
                System.out.printf("broker down %d ms (delivery timeout %d ms): raw-pages records per URL %s, "
                        + "dead letters %d, fetch states %s%n", outageMs, DELIVERY_TIMEOUT_MS, perKey,
                        readAll(bootstrap, "outage.dead-letter").size(), outcome);
                assertThat(perKey).containsOnlyKeys(b + "/a/1.html", b + "/a/2.html", b + "/a/3.html")
                        .allSatisfy((url, n) -> assertThat(n).as(url).isEqualTo(1));
                assertThat(readAll(bootstrap, "outage.dead-letter")).isEmpty();
                assertThat(outcome).containsEntry(b + "/a/2.html", FetchState.FETCHED)
                        .containsEntry(b + "/a/3.html", FetchState.FETCHED);
                assertThat(site.requests()).filteredOn(p -> p.startsWith("/a/")).hasSize(3).doesNotHaveDuplicates();
            } finally {
                kafka.close();
            }
        }
    }
}
