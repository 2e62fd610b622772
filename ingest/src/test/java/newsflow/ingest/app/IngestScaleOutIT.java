package newsflow.ingest.app;

import static newsflow.ingest.app.BrokerReads.await;
import static newsflow.ingest.app.BrokerReads.header;
import static newsflow.ingest.app.BrokerReads.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import newsflow.common.model.DeadLetterHeaders;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.ingest.TestSite;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ingest instances in follow mode, one consumer group, a real in-process broker and several loopback hosts
 * (127.0.0.x, each a site that logs its requests): the hosts are shared between them through the group's
 * partition assignment of the host-keyed discovered-urls topic (issue 11), so URLs that two sources list (a
 * site's feed and its sitemap) are requested once and the per-host delay holds across instances; a malformed
 * discovered-urls record is dead-lettered with its coordinates instead of being skipped.
 */
class IngestScaleOutIT {
    private static final int PARTITIONS = 4;
    private static final int PAGES_PER_HOST = 6;
    private static final long DELAY_MS = 250;

    @Test
    void twoInstancesShareTheHostsFetchEachUrlOnceAndKeepThePerHostDelay(@TempDir Path dir) throws Exception {
        List<TestSite> sites = new ArrayList<>();
        AtomicBoolean open = new AtomicBoolean();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            // one host per partition of the frontier, so that each instance owns some
            Set<Integer> covered = new HashSet<>();
            for (int x = 1; covered.size() < PARTITIONS; x++) {
                String host = "127.0.0." + x;
                if (covered.add(HostOwnership.partitionOf(host, PARTITIONS))) {
                    sites.add(new TestSite(InetAddress.getByName(host)));
                }
            }
            StringBuilder json = new StringBuilder("{\"sources\":[");
            for (int h = 0; h < sites.size(); h++) {
                TestSite site = sites.get(h);
                String b = site.base();
                site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
                StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel>");
                StringBuilder urlset = new StringBuilder(
                        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
                for (int i = 0; i < PAGES_PER_HOST; i++) {
                    site.page("/a/" + i + ".html", "text/html", "<p>page " + i + " of host " + h + "</p>");
                    rss.append("<item><link>").append(b).append("/a/").append(i).append(".html</link></item>");
                    urlset.append("<url><loc>").append(b).append("/a/").append(i).append(".html</loc></url>");
                }
                // 503 until both instances are in the group, so that neither crawls everything alone first
                byte[] feed = rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
                byte[] sitemap = urlset.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8);
                site.on("/feed.xml", ex -> TestSite.respond(ex, open.get() ? 200 : 503, "application/rss+xml",
                        open.get() ? feed : new byte[0]));
                site.on("/sitemap.xml", ex -> TestSite.respond(ex, open.get() ? 200 : 503, "application/xml",
                        open.get() ? sitemap : new byte[0]));
                // two sources list the same URLs: the site's feed and its sitemap, named so that were sources
                // shared by name (before issue 11) their partitions would be 0 and h + 1: whatever two-two split
                // the group makes, some site's feed and sitemap would be polled by different instances
                json.append(h == 0 ? "" : ",")
                        .append("{\"name\":\"").append(nameOnPartition("feed-" + h, 0))
                        .append("\",\"feeds\":[\"").append(b).append("/feed.xml\"],\"poll_interval\":\"PT10M\"},")
                        .append("{\"name\":\"").append(nameOnPartition("sitemap-" + h, (h + 1) % PARTITIONS))
                        .append("\",\"sitemaps\":[\"").append(b)
                        .append("/sitemap.xml\"],\"poll_interval\":\"PT10M\"}");
            }
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, json.append("]}").toString(), StandardCharsets.UTF_8);

            Topics topics = new Topics("scale.");
            Map<String, Map<String, String>> all = new HashMap<>();
            all.put(topics.rawPages().name(), topics.rawPages().topicConfig());
            all.put(topics.deadLetter().name(), topics.deadLetter().topicConfig());
            all.putAll(topics.stateTopicConfigs());
            kafka.createTopics(all, PARTITIONS);

            int malformedPartition;
            int expected = sites.size() * PAGES_PER_HOST;
            IngestConfig config = IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE,
                    sources.toString(), IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                    IngestConfig.TOPICS_PREFIX, "scale.", IngestConfig.ALLOW_LOOPBACK, "true",
                    IngestConfig.PER_HOST_DELAY_MS, Long.toString(DELAY_MS), IngestConfig.CREATE_TOPICS, "false",
                    IngestConfig.RETRY_BACKOFF_MS, "500", IngestConfig.MAX_ATTEMPTS, "20",
                    IngestConfig.RETRY_MAX_DELAY_MS, "1000"));
            try (IngestService one = new IngestService(config); IngestService two = new IngestService(config)) {
                one.start();
                two.start();
                Thread l1 = new Thread(one::follow, "follow-one");
                Thread l2 = new Thread(two::follow, "follow-two");
                l1.start();
                l2.start();
                await(() -> !one.ownedSources().isEmpty() && !two.ownedSources().isEmpty(), "a shared assignment");
                open.set(true);
                malformedPartition = produce(kafka.bootstrapServers(), topics.discoveredUrlsName(), "bad-key",
                        "{not json");
                await(() -> one.fetched() + two.fetched() == expected, "every page fetched");
                await(() -> one.deadLettered() + two.deadLettered() == 1, "the malformed record dead-lettered");
                await(() -> one.pending() == 0 && two.pending() == 0, "both frontiers empty");
                one.stop();
                two.stop();
                l1.join(30_000);
                l2.join(30_000);
                System.out.printf("instances fetched %d and %d pages; sources polled %s and %s%n", one.fetched(),
                        two.fetched(), one.ownedSources(), two.ownedSources());
                assertThat(one.fetched()).as("instance one fetched").isPositive();
                assertThat(two.fetched()).as("instance two fetched").isPositive();
                assertThat(one.fetched() + two.fetched()).isEqualTo(expected);
            }

            Map<String, Integer> perUrl = new HashMap<>();
            long minGapMs = Long.MAX_VALUE;
            int gaps = 0;
            for (TestSite site : sites) {
                long last = -1;
                List<String> paths = site.requests();
                List<Long> at = site.requestNanos();
                for (int i = 0; i < paths.size(); i++) {
                    String path = paths.get(i);
                    if (path.startsWith("/a/")) {
                        perUrl.merge(site.base() + path, 1, Integer::sum);
                    }
                    if (path.equals("/robots.txt")) {
                        continue; // asked for within the request it guards
                    }
                    if (last >= 0) {
                        minGapMs = Math.min(minGapMs, (at.get(i) - last) / 1_000_000);
                        gaps++;
                    }
                    last = at.get(i);
                }
            }
            long max = perUrl.values().stream().mapToLong(Integer::longValue).max().orElse(0);
            System.out.printf("%d URLs requested, at most %d times each; %d per-host gaps, the shortest %d ms "
                    + "(per-host delay %d ms)%n", perUrl.size(), max, gaps, minGapMs, DELAY_MS);
            assertThat(perUrl).hasSize(expected).allSatisfy((url, n) -> assertThat(n).as(url).isEqualTo(1));
            assertThat(minGapMs).as("shortest gap between two requests to one host").isGreaterThanOrEqualTo(DELAY_MS);
            assertThat(readAll(kafka.bootstrapServers(), topics.rawPages().name())).hasSize(expected);

            List<ConsumerRecord<String, byte[]>> dead = readAll(kafka.bootstrapServers(), topics.deadLetter().name());
            assertThat(dead).hasSize(1);
            ConsumerRecord<String, byte[]> d = dead.get(0);
            assertThat(d.key()).isEqualTo("bad-key");
            assertThat(new String(d.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            assertThat(header(d, DeadLetterHeaders.STAGE)).isEqualTo("deserialize");
            assertThat(header(d, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(topics.discoveredUrlsName());
            assertThat(header(d, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo(Integer.toString(malformedPartition));
            assertThat(header(d, DeadLetterHeaders.EXCEPTION_CLASS)).isNotBlank();
        } finally {
            sites.forEach(TestSite::close);
        }
    }

    @Test
    void aRunningInstanceLearnsWhatAnotherInstanceFetchedAndDoesNotFetchItAgain(@TempDir Path dir)
            throws Exception {
        try (TestSite site = new TestSite(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String b = site.base();
            site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            site.page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><item><link>" + b
                    + "/p/1.html</link></item></channel></rss>");
            site.page("/p/1.html", "text/html", "<p>one</p>");
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, "{\"sources\":[{\"name\":\"s\",\"feeds\":[\"" + b
                    + "/feed.xml\"],\"poll_interval\":\"PT1S\"}]}", StandardCharsets.UTF_8);
            IngestConfig config = IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE,
                    sources.toString(), IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                    IngestConfig.TOPICS_PREFIX, "learn.", IngestConfig.ALLOW_LOOPBACK, "true",
                    IngestConfig.PER_HOST_DELAY_MS, "10"));
            try (IngestService late = new IngestService(config)) {
                late.start(); // reads an empty fetch state
                try (IngestService early = new IngestService(config)) {
                    early.start();
                    assertThat(early.runOnce().fetched()).isEqualTo(1);
                }
                Thread loop = new Thread(late::follow, "follow-late");
                loop.start();
                await(() -> late.skippedAlreadyFetched() >= 1, "the feed item skipped as already fetched");
                late.stop();
                loop.join(30_000);
                assertThat(late.fetched()).isZero();
            }
            assertThat(site.requests()).filteredOn("/p/1.html"::equals).hasSize(1);
        }
    }


    @Test
    void followingAfterADrainWaitsTheSourcesIntervalBeforePollingItAgain(@TempDir Path dir) throws Exception {
        try (TestSite site = new TestSite(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String b = site.base();
            site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            site.page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><item><link>" + b
                    + "/p/1.html</link></item></channel></rss>");
            for (String p : List.of("/p/1.html", "/d/1.html", "/d/2.html")) {
                site.page(p, "text/html", "<p>" + p + "</p>");
            }
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, "{\"sources\":[{\"name\":\"s\",\"feeds\":[\"" + b
                    + "/feed.xml\"],\"poll_interval\":\"PT10M\"}]}", StandardCharsets.UTF_8);
            IngestConfig config = IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE,
                    sources.toString(), IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                    IngestConfig.TOPICS_PREFIX, "again.", IngestConfig.ALLOW_LOOPBACK, "true",
                    IngestConfig.PER_HOST_DELAY_MS, "10"));
            try (IngestService service = new IngestService(config)) {
                service.start();
                assertThat(service.runOnce().fetched()).isEqualTo(1);
                Thread loop = new Thread(service::follow, "follow-after-drain");
                loop.start();
                // two discovered URLs fetched one after the other: the loop has run with its partitions
                // assigned, so a source due again would have been polled by then
                produce(kafka.bootstrapServers(), "again.discovered-urls", b + "/d/1.html",
                        "{\"url\":\"" + b + "/d/1.html\",\"source\":\"s\"}");
                await(() -> site.requests().contains("/d/1.html"), "the first discovered page");
                produce(kafka.bootstrapServers(), "again.discovered-urls", b + "/d/2.html",
                        "{\"url\":\"" + b + "/d/2.html\",\"source\":\"s\"}");
                await(() -> site.requests().contains("/d/2.html"), "the second discovered page");
                service.stop();
                loop.join(30_000);
            }
            assertThat(site.requests()).filteredOn("/feed.xml"::equals).hasSize(1);
        }
    }

    @Test
    void anInstanceJoiningMidCrawlTakesHostsOverWithoutFetchingAnyUrlTwice(@TempDir Path dir) throws Exception {
        int pages = 12;
        List<TestSite> sites = new ArrayList<>();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Set<Integer> covered = new HashSet<>();
            StringBuilder json = new StringBuilder("{\"sources\":[");
            for (int x = 1; covered.size() < PARTITIONS; x++) {
                String host = "127.0.0." + x;
                if (!covered.add(HostOwnership.partitionOf(host, PARTITIONS))) {
                    continue;
                }
                TestSite site = new TestSite(InetAddress.getByName(host));
                sites.add(site);
                site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
                StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel>");
                for (int i = 0; i < pages; i++) {
                    site.page("/a/" + i + ".html", "text/html", "<p>page " + i + "</p>");
                    rss.append("<item><link>").append(site.base()).append("/a/").append(i)
                            .append(".html</link></item>");
                }
                site.page("/feed.xml", "application/rss+xml", rss.append("</channel></rss>").toString());
                json.append(sites.size() == 1 ? "" : ",").append("{\"name\":\"s").append(x)
                        .append("\",\"feeds\":[\"").append(site.base())
                        .append("/feed.xml\"],\"poll_interval\":\"PT10M\"}");
            }
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, json.append("]}").toString(), StandardCharsets.UTF_8);
            Topics topics = new Topics("join.");
            Map<String, Map<String, String>> all = new HashMap<>();
            all.put(topics.rawPages().name(), topics.rawPages().topicConfig());
            all.put(topics.deadLetter().name(), topics.deadLetter().topicConfig());
            all.putAll(topics.stateTopicConfigs());
            kafka.createTopics(all, PARTITIONS);
            int expected = sites.size() * pages;
            IngestConfig config = IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE,
                    sources.toString(), IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                    IngestConfig.TOPICS_PREFIX, "join.", IngestConfig.ALLOW_LOOPBACK, "true",
                    IngestConfig.PER_HOST_DELAY_MS, Long.toString(DELAY_MS), IngestConfig.CREATE_TOPICS, "false"));
            try (IngestService one = new IngestService(config); IngestService two = new IngestService(config)) {
                one.start();
                two.start();
                Thread l1 = new Thread(one::follow, "follow-first");
                l1.start();
                await(() -> one.fetched() >= 4, "the first instance crawling alone");
                Thread l2 = new Thread(two::follow, "follow-joining");
                l2.start(); // joins the group mid-crawl: some hosts move to it
                await(() -> one.fetched() + two.fetched() == expected, "every page fetched");
                await(() -> one.pending() == 0 && two.pending() == 0, "both frontiers empty");
                one.stop();
                two.stop();
                l1.join(30_000);
                l2.join(30_000);
                System.out.printf("a joining instance: the first fetched %d pages, the joining one %d%n",
                        one.fetched(), two.fetched());
                assertThat(two.fetched()).as("pages fetched by the joining instance").isPositive();
            }
            Map<String, Integer> perUrl = new HashMap<>();
            long minGapMs = Long.MAX_VALUE;
            for (TestSite site : sites) {
                long last = -1;
                for (int i = 0; i < site.requests().size(); i++) {
                    String path = site.requests().get(i);
                    if (path.startsWith("/a/")) {
                        perUrl.merge(site.base() + path, 1, Integer::sum);
                    }
                    if (!path.equals("/robots.txt")) {
                        long at = site.requestNanos().get(i);
                        minGapMs = last < 0 ? minGapMs : Math.min(minGapMs, (at - last) / 1_000_000);
                        last = at;
                    }
                }
            }
            System.out.printf("after the rebalance: %d URLs requested, at most %d times each; shortest per-host gap "
                    + "%d ms (delay %d ms)%n", perUrl.size(), perUrl.values().stream().mapToInt(i -> i).max()
                    .orElse(0), minGapMs, DELAY_MS);
            assertThat(perUrl).hasSize(expected).allSatisfy((url, n) -> assertThat(n).as(url).isEqualTo(1));
            assertThat(minGapMs).isGreaterThanOrEqualTo(DELAY_MS);
        } finally {
            sites.forEach(TestSite::close);
        }
    }

    /** @return {@code prefix} plus a suffix such that the name hashes to {@code partition} of the topic */
    private static String nameOnPartition(String prefix, int partition) {
        for (int i = 0; ; i++) {
            if (HostOwnership.partitionOf(prefix + "-" + i, PARTITIONS) == partition) {
                return prefix + "-" + i;
            }
        }
    }

    private static int produce(String bootstrap, String topic, String key, String value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get().partition();
        }
    }


}
