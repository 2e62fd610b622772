package newsflow.ingest.app;

import static newsflow.ingest.app.BrokerReads.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.common.model.DeadLetter;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.ingest.RefreshWalls;
import newsflow.ingest.TestSite;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consent walls reached by a refresh rather than a 3xx (issue 12 item 5), through a real in-process broker and
 * loopback sites: a meta refresh to a consent host and a meta/header refresh loop are retried with backoff and
 * dead-lettered with their chain after the attempt limit, a noscript gate that lets the second visit through is
 * stored, and pages that reload themselves, move on after a minute or merely mention a refresh are stored at
 * once.
 */
class RefreshWallIT {
    @Test
    void refreshWallsAreRetriedThenDeadLetteredWithTheirChainAndPagesThatRefreshAreStored(@TempDir Path dir)
            throws Exception {
        try (TestSite site = new TestSite(); TestSite wall = new TestSite(InetAddress.getByName("127.0.0.2"));
             EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String b = site.base();
            site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            wall.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            RefreshWalls.metaConsent(site, wall, "/world/story.html");
            RefreshWalls.loop(site, "/loop/a", "/loop/b");
            AtomicInteger gate = RefreshWalls.noscriptGateOnce(site, "/gate/article.html");
            RefreshWalls.notRedirects(site, "/n/");
            DrainSummary run = IngestStateIT.drainFeedOnce(kafka, dir, site, "rw.", "/world/story.html",
                    "/loop/a", "/gate/article.html", "/n/reload", "/n/later", "/n/article");
            assertThat(run.fetched()).as("the gate on its second visit and the three pages").isEqualTo(4);
            assertThat(gate.get()).isEqualTo(2);
            Map<String, Integer> stored = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : readAll(kafka.bootstrapServers(), "rw.raw-pages")) {
                stored.merge(r.key(), 1, Integer::sum);
            }
            assertThat(stored).containsOnlyKeys(b + "/gate/article.html", b + "/n/reload", b + "/n/later",
                    b + "/n/article").allSatisfy((url, n) -> assertThat(n).as(url).isEqualTo(1));
            Map<String, String> details = new HashMap<>();
            for (DeadLetter d : IngestStateIT.deadLetters(kafka, "rw.")) {
                assertThat(d.reason()).isEqualTo("retries-exhausted");
                details.put(d.url(), d.detail());
            }
            assertThat(details).containsOnlyKeys(b + "/world/story.html", b + "/loop/a");
            assertThat(details.get(b + "/world/story.html")).startsWith("consent-redirect after 3 attempts")
                    .contains(b + "/world/story.html -200-> " + wall.base() + "/consent/ml?continue=");
            assertThat(details.get(b + "/loop/a")).startsWith("redirect-loop after 3 attempts")
                    .contains(b + "/loop/b -200-> " + b + "/loop/a");
            assertThat(site.requests()).filteredOn("/world/story.html"::equals).hasSize(3);
            assertThat(site.requests()).filteredOn("/loop/a"::equals).hasSize(3);
        }
    }
}
