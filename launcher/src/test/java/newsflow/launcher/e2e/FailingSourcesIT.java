package newsflow.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsflow.embedded.kafka.EmbeddedKafka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources that fail, as {@code run} and {@code ingest --once} report them: every feed of every source failing
 * (a 404, malformed XML, an HTML page given as a feed — reported as {@code html-page}, issue 12) makes {@code run} list them by reason and exit 1;
 * {@code ingest --once} prints a readable drain line (not a Java record) and the failing feeds, and
 * {@code sources} run afterwards, in another process's place, reads the same statuses back from Kafka.
 */
class FailingSourcesIT {
    @TempDir
    Path dir;

    private Path sources(ScriptedSite site, String... feeds) throws Exception {
        StringBuilder names = new StringBuilder();
        for (String f : feeds) {
            names.append(names.length() == 0 ? "" : ",").append('"').append(site.base()).append(f).append('"');
        }
        Path file = dir.resolve("sources.json");
        Files.writeString(file, "{\"sources\":[{\"name\":\"one\",\"feeds\":[" + names + "]},"
                + "{\"name\":\"two\",\"feeds\":[\"" + site.base() + "/gone.xml\"]}]}", StandardCharsets.UTF_8);
        return file;
    }

    private static ScriptedSite brokenSite() throws Exception {
        ScriptedSite site = new ScriptedSite();
        site.answer("/robots.txt", 200, "text/plain", "User-agent: *\nAllow: /\n");
        site.answer("/broken.xml", 200, "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>x</ti");
        site.answer("/page.html", 200, "text/html", "<!doctype html><html><body><p>a page</p></body></html>");
        return site;
    }

    @Test
    void runListsFailingFeedsByReasonAndExitsNonZeroWhenEverySourceFailed() throws Exception {
        try (ScriptedSite site = brokenSite()) {
            Path sources = sources(site, "/broken.xml", "/page.html", "/missing.xml");
            CliRun.Result r = CliRun.run("run", "--feeds", sources.toString(), "--allow-loopback", "--work-dir",
                    dir.resolve("work").toString(), "--partitions", "1", "--timeout", "PT5M");
            assertThat(r.out()).contains("drained in ")
                    .contains("sources: 2, feeds and sitemaps: 4, failing: 4")
                    .contains("  http-404: 2").contains("  malformed: 1").contains("  html-page: 1")
                    .contains("one feed " + site.base() + "/page.html (")
                    .contains("two feed " + site.base() + "/gone.xml (")
                    .contains("every source failed");
            assertThat(r.exit()).isEqualTo(1);
        }
    }

    @Test
    void ingestOncePrintsAReadableSummary() throws Exception {
        try (ScriptedSite site = brokenSite(); EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            site.answer("/feed.xml", 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\">"
                    + "<channel><title>t</title><item><title>a</title><link>" + site.base() + "/a/1</link></item>"
                    + "</channel></rss>");
            site.answer("/a/1", 200, "text/html", "<html><body><p>one</p></body></html>");
            Path sources = sources(site, "/feed.xml", "/broken.xml");
            Path config = dir.resolve("ingest.properties");
            Files.writeString(config, "ingest.allow.loopback=true\ningest.per.host.delay.ms=10\n",
                    StandardCharsets.UTF_8);
            CliRun.Result r = CliRun.run("ingest", "--once", "--sources", sources.toString(), "--config",
                    config.toString(), "--bootstrap-servers", kafka.bootstrapServers(), "--partitions", "1");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).doesNotContain("DrainSummary[")
                    .contains(": 1 pages fetched, 0 dead-lettered")
                    .contains("1 feeds and sitemaps read, 0 not modified, 2 failed")
                    .contains("sources: 2, feeds and sitemaps: 3, failing: 2")
                    .contains("  http-404: 1").contains("  malformed: 1");
            // the statuses outlive the ingest process: another process reads them from the topic
            CliRun.Result listed = CliRun.run("sources", "--bootstrap-servers", kafka.bootstrapServers());
            assertThat(listed.out()).contains("3 feeds and sitemaps of 2 sources, 2 failing");
            assertThat(OpsCommandsIT.line(listed.out(), "/gone.xml")).contains("two").contains("http-404");
            assertThat(OpsCommandsIT.line(listed.out(), "/feed.xml")).contains(" ok ").contains(" 1  ");
        }
    }
}
