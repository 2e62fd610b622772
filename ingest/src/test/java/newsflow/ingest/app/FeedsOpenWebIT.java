package newsflow.ingest.app;

import static newsflow.ingest.app.BrokerReads.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.FeedStatus;
import newsflow.common.model.RawPage;
import newsflow.common.serde.Json;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.ingest.TestSite;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, items 3 and 4, through a real broker and a loopback "bad web" site: an archive feed taken over several
 * polls, newest first; broken and cut feeds (RSS, JSON Feed) whose good items arrive; an HTML page given as a feed
 * whose autodiscovered Atom feed is read; a sitemap whose Arabic alternate is fetched and linked to its original
 * (and whose French alternate robots.txt forbids); a feed over the byte cap read up to the cap.
 */
class FeedsOpenWebIT {
    private static final String ARABIC = "\u0627\u0644\u0645\u064a\u0632\u0627\u0646\u064a\u0629";

    @Test
    void feedsInAnyStateAndSitemapAlternatesReachRawPages(@TempDir Path dir) throws Exception {
        try (TestSite site = new TestSite(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String b = site.base();
            serve(site);
            Topics topics = new Topics("ow.");
            createTopics(kafka, topics);
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, "{\"sources\":["
                    + "{\"name\":\"archive\",\"feeds\":[\"" + b + "/archive.xml\"]},"
                    + "{\"name\":\"broken\",\"feeds\":[\"" + b + "/broken.xml\",\"" + b + "/broken.json\"]},"
                    + "{\"name\":\"discover\",\"feeds\":[\"" + b + "/world/\"]},"
                    + "{\"name\":\"bilingual\",\"sitemaps\":[\"" + b + "/sitemap.xml\"]}]}", StandardCharsets.UTF_8);
            try (IngestService service = new IngestService(config(kafka, sources, "ow.",
                    IngestConfig.FEED_MAX_ITEMS_PER_POLL, "4"))) {
                service.start();
                service.runOnce();
                Map<String, RawPage> pages = pages(kafka, topics);
                // the archive: the four newest items first (the feed lists them oldest first)
                assertThat(archived(pages)).containsExactlyInAnyOrder(9, 8, 7, 6);
                // broken feeds: the good items, and only those
                assertThat(pages).containsKeys(b + "/b/0.html", b + "/b/2.html", b + "/j/0.html", b + "/j/1.html");
                assertThat(pages).doesNotContainKeys(b + "/b/1.html", b + "/b/3.html", b + "/j/2.html");
                // the HTML page given as a feed: its Atom feed was found and read
                assertThat(pages).containsKeys(b + "/world/1.html", b + "/world/2.html");
                assertThat(pages.get(b + "/world/1.html").discoveredVia()).isEqualTo(b + "/world/atom.xml");
                // the sitemap's Arabic alternate, fetched and linked to its original
                RawPage ar = pages.get(b + "/ar/budget.html");
                assertThat(ar.html()).contains(ARABIC);
                assertThat(ar.feedItem().alternateOf()).isEqualTo(b + "/en/budget.html");
                assertThat(ar.feedItem().hreflang()).isEqualTo("ar");
                assertThat(pages.get(b + "/en/budget.html").feedItem().hreflang()).isEqualTo("en");
                assertThat(pages).doesNotContainKey(b + "/fr/budget.html");
                assertThat(site.requests()).doesNotContain("/fr/budget.html");
                assertThat(deadLetters(kafka, topics)).containsEntry(b + "/fr/budget.html", "robots-disallowed");

                Map<String, FeedStatus> status = service.sourceStatuses().stream()
                        .collect(Collectors.toMap(FeedStatus::url, s -> s));
                assertThat(status.get(b + "/broken.xml").itemsSkipped()).isEqualTo(2);
                assertThat(status.get(b + "/broken.xml").note()).contains("malformed=1").contains("truncated=1");
                assertThat(status.get(b + "/broken.json").itemsSkipped()).isEqualTo(1);
                assertThat(status.get(b + "/world/").note()).contains("HTML page").contains(b + "/world/atom.xml");
                assertThat(status.get(b + "/archive.xml").note()).contains("6 items left for later polls");

                // later polls take the rest of the archive, four at a time, never an item twice
                service.runOnce();
                assertThat(archived(pages(kafka, topics))).containsExactlyInAnyOrder(9, 8, 7, 6, 5, 4, 3, 2);
                service.runOnce();
                assertThat(archived(pages(kafka, topics))).containsExactlyInAnyOrder(9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
                assertThat(site.requests()).filteredOn(p -> p.startsWith("/arch/")).hasSize(10);
                assertThat(readAll(kafka.bootstrapServers(), topics.rawPages().name()))
                        .filteredOn(r -> r.key().contains("/arch/")).hasSize(10);
            }
        }
    }

    @Test
    void aFeedOverTheByteCapIsReadUpToTheCap(@TempDir Path dir) throws Exception {
        try (TestSite site = new TestSite(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String b = site.base();
            site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            StringBuilder big = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>");
            for (int i = 0; i < 40; i++) { // about 4 kB; the cap is 1 kB
                big.append("<item><title>Story ").append(i).append("</title><link>").append(b).append("/big/")
                        .append(i).append(".html</link></item>");
                site.page("/big/" + i + ".html", "text/html", "<html><body><p>story " + i + "</p></body></html>");
            }
            site.page("/big.xml", "application/rss+xml", big.append("</channel></rss>").toString());
            String prefix = big.substring(0, 1024);
            int complete = prefix.split("</item>", -1).length - 1;
            Topics topics = new Topics("cap.");
            createTopics(kafka, topics);
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, "{\"sources\":[{\"name\":\"big\",\"feeds\":[\"" + b + "/big.xml\"]}]}");
            try (IngestService service = new IngestService(config(kafka, sources, "cap.",
                    IngestConfig.MAX_FEED_BYTES, "1024"))) {
                service.start();
                DrainSummary s = service.runOnce();
                assertThat(s.fetched()).isEqualTo(complete);
                FeedStatus status = service.sourceStatuses().get(0);
                assertThat(status.failing()).isFalse();
                assertThat(status.itemsSeen()).isEqualTo(complete);
                assertThat(status.note()).contains("truncated=1").contains("ends early");
            }
            assertThat(complete).isBetween(5, 12);
        }
    }

    /** @return the configuration of an ingest on {@code kafka} reading {@code sources}, with one key set */
    private static IngestConfig config(EmbeddedKafka kafka, Path sources, String prefix, String key, String value) {
        return IngestConfig.load(null, Map.of(), Map.of(IngestConfig.SOURCES_FILE, sources.toString(),
                IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(), IngestConfig.TOPICS_PREFIX, prefix,
                IngestConfig.ALLOW_LOOPBACK, "true", IngestConfig.PER_HOST_DELAY_MS, "5", key, value,
                IngestConfig.USER_AGENT, "newsbot/1.0 (+https://example.org/bot)"));
    }

    private static void serve(TestSite site) {
        String b = site.base();
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /fr/\n");
        StringBuilder archive = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Archive</title>");
        for (int i = 0; i < 10; i++) { // oldest first, one day apart
            archive.append("<item><title>Archived ").append(i).append("</title><link>").append(b).append("/arch/")
                    .append(i).append(".html</link><pubDate>").append(String.format(java.util.Locale.ROOT,
                            "%02d Mar 2024 08:00:00 GMT", i + 1)).append("</pubDate></item>");
            page(site, "/arch/" + i + ".html", "archived " + i);
        }
        site.page("/archive.xml", "application/rss+xml", archive.append("</channel></rss>").toString());
        site.page("/broken.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<item><title>zero</title><link>" + b + "/b/0.html</link></item>"
                + "<item><title>one</title><link>" + b + "/b/1.html</link><description>an <b>unclosed tag"
                + "</description></item>"
                + "<item><title>two &amp; &nbsp;more</title><link>" + b + "/b/2.html</link></item>"
                + "<item><title>three</title><link>" + b + "/b/3.ht");
        site.page("/broken.json", "application/feed+json", "{\"version\":\"https://jsonfeed.org/version/1.1\","
                + "\"items\":[{\"id\":\"0\",\"url\":\"" + b + "/j/0.html\"},{\"id\":\"1\",\"url\":\"/j/1.html\"},"
                + "{\"id\":\"2\",\"url\":\"" + b + "/j/2.ht");
        site.page("/world/", "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>World</title>"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"atom.xml\"></head>"
                + "<body><p>the world section</p></body></html>");
        site.page("/world/atom.xml", "application/atom+xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<entry><title>w1</title><link href=\"1.html\"/></entry>"
                + "<entry><title>w2</title><link href=\"/world/2.html\"/></entry></feed>");
        site.page("/sitemap.xml", "application/xml", "<?xml version=\"1.0\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"><url><loc>" + b + "/en/budget.html</loc>"
                + "<lastmod>2024-03-05</lastmod>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + b + "/en/budget.html\"/>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"" + b + "/ar/budget.html\"/>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"" + b + "/fr/budget.html\"/>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"" + b + "/en/budget.html\"/>"
                + "</url></urlset>");
        for (String p : List.of("/b/0.html", "/b/1.html", "/b/2.html", "/j/0.html", "/j/1.html", "/j/2.html",
                "/world/1.html", "/world/2.html", "/en/budget.html", "/fr/budget.html")) {
            page(site, p, "page " + p);
        }
        page(site, "/ar/budget.html", ARABIC);
    }

    private static void page(TestSite site, String path, String text) {
        site.page(path, "text/html; charset=utf-8", "<html><body><p>" + text + "</p></body></html>");
    }

    private static void createTopics(EmbeddedKafka kafka, Topics topics) throws Exception {
        Map<String, Map<String, String>> all = new HashMap<>();
        all.put(topics.rawPages().name(), topics.rawPages().topicConfig());
        all.put(topics.deadLetter().name(), topics.deadLetter().topicConfig());
        all.putAll(topics.stateTopicConfigs());
        kafka.createTopics(all, 2);
    }

    private static Map<String, RawPage> pages(EmbeddedKafka kafka, Topics topics) throws Exception {
        Map<String, RawPage> pages = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : readAll(kafka.bootstrapServers(), topics.rawPages().name())) {
            pages.put(r.key(), Json.mapper().readValue(r.value(), RawPage.class));
        }
        return pages;
    }

    private static List<Integer> archived(Map<String, RawPage> pages) {
        return pages.keySet().stream().filter(k -> k.contains("/arch/"))
                .map(k -> Integer.parseInt(k.replaceAll(".*/arch/(\\d+)\\.html", "$1"))).toList();
    }

    private static Map<String, String> deadLetters(EmbeddedKafka kafka, Topics topics) throws Exception {
        Map<String, String> out = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : readAll(kafka.bootstrapServers(), topics.deadLetter().name())) {
            DeadLetter d = Json.mapper().readValue(r.value(), DeadLetter.class);
            out.put(d.url(), d.reason());
        }
        return out;
    }
}
