package newsflow.ingest.app;

import static newsflow.ingest.app.BrokerReads.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import newsflow.common.model.DeadLetter;
import newsflow.common.serde.Json;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.ingest.TestSite;
import newsflow.ingest.fetch.AddressGuard;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 item 9 through a real broker: DNS rebinding. A resolver stub (the service's resolver hook) answers a
 * public-looking address the first time a rebinding name is asked for and a forbidden one afterwards, for a page
 * announced by a feed and for a redirect hop: the link-local metadata address 169.254.169.254, a 6to4 address
 * embedding it (2002:a9fe:a9fe::1), a private 10.0.0.8 behind a redirect, and a private 192.168.7.7 answered only
 * when the HTTP client connects (both address checks before saw the public answer). Each is dead-lettered
 * {@code address-refused} with the address in its detail, the loopback site (where every name would lead if the
 * guard let it through) never sees a request for them, and the normal pages of the feed's host still arrive.
 * Loopback itself is allowed here ({@code ingest.allow.loopback}, the switch the loopback site needs); a name
 * rebinding to 127.0.0.1 with the switch off is refused at fetcher level (ConnectTimeGuardTest).
 */
class IngestSsrfIT {

    /** Per name: a public answer the first {@code times} it is asked, then another; other names as usual. */
    private static final class RebindingResolver implements AddressGuard.Resolver {
        private final Map<String, String[]> answers = new HashMap<>();
        private final Map<String, Integer> publicTimes = new HashMap<>();
        private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

        RebindingResolver rebind(String name, String first, String next) {
            return rebind(name, 1, first, next);
        }

        RebindingResolver rebind(String name, int times, String first, String next) {
            answers.put(name, new String[] {first, next});
            publicTimes.put(name, times);
            return this;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            String[] a = answers.get(host);
            if (a == null) {
                return InetAddress.getAllByName(host);
            }
            int n = asked.computeIfAbsent(host, h -> new AtomicInteger()).getAndIncrement();
            return new InetAddress[] {InetAddress.getByName(n < publicTimes.get(host) ? a[0] : a[1])};
        }
    }

    @Test
    void reboundNamesAreRefusedAtConnectTimeAndTheRestArrives(@TempDir Path dir) throws Exception {
        try (TestSite site = new TestSite(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            int port = Integer.parseInt(site.base().replaceAll(".*:(\\d+)$", "$1"));
            String news = site.base();
            String meta = "http://meta.rebind.test:" + port;
            String sixToFour = "http://sixfour.rebind.test:" + port;
            String hop = "http://hop.rebind.test:" + port;
            String late = "http://late.rebind.test:" + port; // public to both checks, private when connecting
            site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            site.page("/feed.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                    + item(meta + "/secret/latest/meta-data/") + item(late + "/secret/late.html") + item(sixToFour + "/secret/v6.html")
                    + item(news + "/moved.html") + item(news + "/ok-1.html") + item(news + "/ok-2.html")
                    + "</channel></rss>");
            site.on("/moved.html", ex -> {
                ex.getResponseHeaders().add("Location", hop + "/secret/admin.html");
                TestSite.respond(ex, 302, "text/plain", new byte[0]);
            });
            for (String p : new String[] {"/ok-1.html", "/ok-2.html", "/secret/latest/meta-data/",
                    "/secret/v6.html", "/secret/admin.html", "/secret/late.html"}) {
                site.page(p, "text/html; charset=utf-8", "<html><body><p>page " + p + "</p></body></html>");
            }
            RebindingResolver dns = new RebindingResolver()
                    .rebind("meta.rebind.test", "93.184.216.34", "169.254.169.254")
                    .rebind("sixfour.rebind.test", "93.184.216.35", "2002:a9fe:a9fe::1")
                    .rebind("hop.rebind.test", "93.184.216.36", "10.0.0.8")
                    .rebind("late.rebind.test", 2, "93.184.216.37", "192.168.7.7");
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, "{\"sources\":[{\"name\":\"news\",\"feeds\":[\"" + news + "/feed.xml\"]}]}",
                    StandardCharsets.UTF_8);
            IngestConfig config = IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE,
                    sources.toString(), IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                    IngestConfig.TOPICS_PREFIX, "ssrf.", IngestConfig.ALLOW_LOOPBACK, "true",
                    IngestConfig.PER_HOST_DELAY_MS, "5"));
            try (IngestService service = new IngestService(config, new SimpleMeterRegistry(), Clock.systemUTC(),
                    dns)) {
                service.start();
                service.runOnce();
            }
            Map<String, DeadLetter> dead = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : readAll(kafka.bootstrapServers(), "ssrf.dead-letter")) {
                DeadLetter d = Json.mapper().readValue(r.value(), DeadLetter.class);
                dead.put(d.url(), d);
            }
            assertThat(dead.get(meta + "/secret/latest/meta-data/").reason()).isEqualTo("address-refused");
            assertThat(dead.get(meta + "/secret/latest/meta-data/").detail()).contains("169.254.169.254");
            assertThat(dead.get(sixToFour + "/secret/v6.html").reason()).isEqualTo("address-refused");
            assertThat(dead.get(sixToFour + "/secret/v6.html").detail()).contains("2002:a9fe:a9fe");
            assertThat(dead.get(news + "/moved.html").reason()).isEqualTo("address-refused");
            assertThat(dead.get(news + "/moved.html").detail()).contains("hop.rebind.test").contains("10.0.0.8");
            assertThat(dead.get(late + "/secret/late.html").reason()).isEqualTo("address-refused");
            assertThat(dead.get(late + "/secret/late.html").detail()).contains("at connect time")
                    .contains("192.168.7.7");
            assertThat(dns.asked.get("meta.rebind.test")).as("asked again after the public answer")
                    .hasValueGreaterThan(1);
            assertThat(site.requests()).noneMatch(p -> p.startsWith("/secret/"));
            Map<String, Object> pages = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : readAll(kafka.bootstrapServers(), "ssrf.raw-pages")) {
                pages.put(r.key(), r);
            }
            assertThat(pages).containsKeys(news + "/ok-1.html", news + "/ok-2.html").hasSize(2);
        }
    }

    private static String item(String link) {
        return "<item><title>t</title><link>" + link + "</link></item>";
    }
}
