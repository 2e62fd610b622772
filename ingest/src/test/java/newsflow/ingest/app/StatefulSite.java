package newsflow.ingest.app;

import static newsflow.ingest.app.BrokerReads.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.common.model.DeadLetter;
import newsflow.common.serde.Json;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.ingest.TestSite;
import newsflow.ingest.state.FetchState;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Two loopback hosts whose state an ingest instance must hand on (issue 12 item 7), for IngestStateIT: a feed
 * with an ETag and a Last-Modified that answers 304 to its own validators, a page that always answers 500, and on
 * a second host a page that answers 429 with {@code Retry-After: 12} once and a page that was never tried when the
 * host was paused.
 */
final class StatefulSite implements AutoCloseable {
    final TestSite site;
    final TestSite slow;
    /** "If-None-Match | If-Modified-Since" of every feed request. */
    final List<String> conditional = new CopyOnWriteArrayList<>();
    final AtomicInteger flaky = new AtomicInteger();
    /** When /p/1.html (429 once) and /p/2.html of the second host were asked for, epoch milliseconds. */
    final List<Long> slowAt = new CopyOnWriteArrayList<>();
    final List<Long> otherAt = new CopyOnWriteArrayList<>();

    StatefulSite() throws IOException {
        site = new TestSite();
        slow = new TestSite(InetAddress.getByName("127.0.0.3"));
        String b = site.base();
        site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        site.on("/feed.xml", ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            conditional.add(inm + " | " + ex.getRequestHeaders().getFirst("If-Modified-Since"));
            if ("\"feed-v1\"".equals(inm)) {
                TestSite.respond(ex, 304, null, new byte[0]);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"feed-v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Wed, 06 Mar 2024 11:00:00 GMT");
            TestSite.respond(ex, 200, "application/rss+xml", ("<rss version=\"2.0\"><channel>"
                    + "<item><link>" + b + "/a/ok.html</link></item>"
                    + "<item><link>" + b + "/a/flaky.html</link></item>"
                    + "<item><link>" + slow.base() + "/p/1.html</link></item>"
                    + "<item><link>" + slow.base() + "/p/2.html</link></item></channel></rss>")
                    .getBytes(StandardCharsets.UTF_8));
        });
        site.page("/a/ok.html", "text/html", "<p>ok</p>");
        site.on("/a/flaky.html", ex -> {
            flaky.incrementAndGet();
            TestSite.respond(ex, 500, "text/html", "<p>down</p>".getBytes(StandardCharsets.UTF_8));
        });
        slow.on("/p/2.html", ex -> {
            otherAt.add(System.currentTimeMillis());
            TestSite.respond(ex, 200, "text/html", "<p>two</p>".getBytes(StandardCharsets.UTF_8));
        });
        slow.on("/p/1.html", ex -> {
            slowAt.add(System.currentTimeMillis());
            if (slowAt.size() == 1) {
                ex.getResponseHeaders().set("Retry-After", "12");
                TestSite.respond(ex, 429, "text/html", "<p>slow down</p>".getBytes(StandardCharsets.UTF_8));
            } else {
                TestSite.respond(ex, 200, "text/html", "<p>at last</p>".getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** @return the sources file: the feed, polled at {@code interval} */
    String sources(String interval) {
        return "{\"sources\":[{\"name\":\"s\",\"feeds\":[\"" + site.base() + "/feed.xml\"],\"poll_interval\":\""
                + interval + "\"}]}";
    }

    /** @return true once the first instance made its first round: one page stored, one 500, one 429 */
    boolean firstRound(IngestService first) {
        return first.fetched() == 1 && flaky.get() >= 1 && slowAt.size() == 1;
    }

    /** @return true once every page has its final outcome */
    boolean finished() {
        return flaky.get() == 3 && slowAt.size() == 2 && otherAt.size() == 1;
    }

    /** What the instance that took over must have done with the first one's state. */
    void assertHandedOver(EmbeddedKafka kafka, String prefix) throws Exception {
        // the retry count went on: three attempts in all, not one or two + 3
        assertThat(flaky.get()).isEqualTo(3);
        List<DeadLetter> dead = IngestStateIT.deadLetters(kafka, prefix);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).reason()).isEqualTo("retries-exhausted");
        assertThat(dead.get(0).detail()).startsWith("http-500 after 3 attempts");
        // the Retry-After held, also for the host's other page (never tried: only the host's pause kept it waiting)
        assertThat(slowAt).hasSize(2);
        assertThat(otherAt).hasSize(1);
        assertThat(otherAt.get(0) - slowAt.get(0)).isGreaterThanOrEqualTo(12_000);
        FetchState last = null;
        for (ConsumerRecord<String, byte[]> r : readAll(kafka.bootstrapServers(), prefix + "fetch-state")) {
            if (r.key().equals(slow.base() + "/p/1.html")) {
                last = Json.mapper().readValue(r.value(), FetchState.class);
            }
        }
        assertThat(last).isNotNull();
        assertThat(last.outcome()).isEqualTo(FetchState.FETCHED);
        assertThat(last.attempts()).isEqualTo(2);
        assertThat(site.requests()).filteredOn(p -> p.equals("/a/ok.html")).hasSize(1);
    }

    @Override
    public void close() {
        site.close();
        slow.close();
    }
}
