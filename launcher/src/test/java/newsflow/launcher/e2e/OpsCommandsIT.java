package newsflow.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsflow.launcher.stack.PipelineStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator commands against a running pipeline (embedded broker, SQLite sink) on a loopback site with faults:
 * three failing feeds of one source (404, malformed XML, an HTML page given as a feed) beside a working source,
 * and two pages that fail (500 until the attempts run out, 404). {@code sources} lists each feed with its state
 * and reason, {@code status} the three groups with their lag, members and the dead letters by stage,
 * {@code dead-letters list} filters by stage, reason and time; after the site is fixed, {@code dead-letters
 * replay} (dry run first, then by reason, then the rest) re-queues the pages, they land in the database, and a
 * further replay replays nothing.
 */
class OpsCommandsIT {
    @TempDir
    Path dir;

    static String article(String title, String topic) {
        StringBuilder b = new StringBuilder("<!doctype html><html lang=\"en\"><head><title>" + title
                + "</title></head><body><article><h1>" + title + "</h1>");
        for (int i = 1; i <= 5; i++) {
            b.append("<p>The city council met on Tuesday evening to discuss the ").append(topic)
                    .append(" plan, paragraph ").append(i).append(". Residents asked how the new budget would be ")
                    .append("spent, and the mayor said the details would be published next week after a vote.</p>");
        }
        return b.append("</article></body></html>").toString();
    }

    @Test
    void failingFeedsAndDeadLettersAreShownThenReplayedAfterTheFix() throws Exception {
        try (ScriptedSite site = new ScriptedSite()) {
            String b = site.base();
            site.answer("/robots.txt", 200, "text/plain", "User-agent: *\nAllow: /\n");
            site.answer("/feed.xml", 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\">"
                    + "<channel><title>City</title>"
                    + "<item><title>One</title><link>" + b + "/a/1</link></item>"
                    + "<item><title>Two</title><link>" + b + "/a/2</link></item>"
                    + "<item><title>Three</title><link>" + b + "/a/3</link></item></channel></rss>");
            site.answer("/a/1", 200, "text/html; charset=utf-8", article("Budget vote", "budget"));
            site.answer("/a/2", 500, "text/html", "<h1>server error</h1>");
            site.answer("/a/3", 404, "text/html", "<h1>not here</h1>");
            site.answer("/broken.xml", 200, "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>x</ti");
            site.answer("/page.html", 200, "text/html", article("A page, not a feed", "parking"));
            Path sources = dir.resolve("sources.json");
            Files.writeString(sources, "{\"sources\":["
                    + "{\"name\":\"city\",\"feeds\":[\"" + b + "/feed.xml\"],\"poll_interval\":\"PT10M\"},"
                    + "{\"name\":\"broken\",\"feeds\":[\"" + b + "/missing.xml\",\"" + b + "/broken.xml\",\"" + b
                    + "/page.html\"],\"poll_interval\":\"PT10M\"}]}", StandardCharsets.UTF_8);
            Path config = dir.resolve("it.properties");
            Files.writeString(config, "ingest.max.attempts=2\ningest.retry.backoff.ms=200\n", StandardCharsets.UTF_8);
            try (PipelineStack stack = PipelineStack.start(new PipelineStack.Options(dir.resolve("work"), null, null,
                    sources, true, 10L, 2, config))) {
                assertThat(stack.drain(DemoPipelineChecks.DRAIN_TIMEOUT)).as("drained").isTrue();
                String k = stack.bootstrapServers();

                CliRun.Result src = CliRun.run("sources", "--bootstrap-servers", k);
                assertThat(src.exit()).isZero();
                assertThat(src.out()).contains("4 feeds and sitemaps of 2 sources, 3 failing");
                assertThat(line(src.out(), "/missing.xml")).contains("broken").contains("failing").contains("http-404");
                assertThat(line(src.out(), "/broken.xml")).contains("failing").contains("malformed");
                assertThat(line(src.out(), "/page.html")).contains("failing").contains("html-page");
                assertThat(line(src.out(), "/feed.xml")).contains("city").contains(" ok ");

                CliRun.Result status = CliRun.run("status", "--bootstrap-servers", k);
                assertThat(status.exit()).isZero();
                assertThat(line(status.out(), " newsflow.raw-pages ")).contains("enrich").contains("newsflow-enrich")
                        .endsWith(" 0");
                assertThat(line(status.out(), " newsflow.editions ")).contains("sink").endsWith(" 0");
                assertThat(line(status.out(), " newsflow.discovered-urls ")).contains("newsflow-ingest");
                assertThat(status.out()).doesNotContain("none (no service instance is running)");
                assertThat(status.out()).containsPattern("(?m)^  fetch +2$");

                assertThat(CliRun.run("dead-letters", "list", "--bootstrap-servers", k).out())
                        .contains("2 dead letters").contains(b + "/a/2").contains(b + "/a/3");
                CliRun.Result notFound = CliRun.run("dead-letters", "list", "--bootstrap-servers", k,
                        "--stage", "fetch", "--reason", "http-404");
                assertThat(notFound.out()).contains("1 dead letters").contains(b + "/a/3").doesNotContain(b + "/a/2");
                assertThat(CliRun.run("dead-letters", "list", "--bootstrap-servers", k, "--reason",
                        "retries-exhausted").out()).contains("1 dead letters").contains(b + "/a/2");
                assertThat(CliRun.run("dead-letters", "list", "--bootstrap-servers", k, "--since", "PT1H").out())
                        .contains("2 dead letters");
                assertThat(CliRun.run("dead-letters", "list", "--bootstrap-servers", k, "--since", "2099-01-01")
                        .out()).contains("0 dead letters");
                assertThat(CliRun.run("dead-letters", "list", "--bootstrap-servers", k, "--stage", "sink").out())
                        .contains("0 dead letters");

                // the fault is fixed
                site.answer("/a/2", 200, "text/html; charset=utf-8", article("Roads repaired", "road"));
                site.answer("/a/3", 200, "text/html; charset=utf-8", article("Library opens", "library"));

                CliRun.Result dry = CliRun.run("dead-letters", "replay", "--bootstrap-servers", k, "--stage", "fetch",
                        "--dry-run");
                assertThat(dry.out()).contains("dry run: would replay 2 of 2");
                CliRun.Result first = CliRun.run("dead-letters", "replay", "--bootstrap-servers", k,
                        "--stage", "fetch", "--reason", "http-404");
                assertThat(first.exit()).isZero();
                assertThat(first.out()).contains("replayed 1 of 1");
                CliRun.Result second = CliRun.run("dead-letters", "replay", "--bootstrap-servers", k,
                        "--stage", "fetch");
                assertThat(second.out()).contains("replayed 1 of 2").contains("already replayed");

                assertThat(stack.drain(DemoPipelineChecks.DRAIN_TIMEOUT)).as("drained after the replay").isTrue();
                List<String> urls = EditionRows.all(stack.jdbcUrl()).stream().map(EditionRows.Row::url).toList();
                assertThat(urls).contains(b + "/a/1", b + "/a/2", b + "/a/3");

                CliRun.Result again = CliRun.run("dead-letters", "replay", "--bootstrap-servers", k, "--stage",
                        "fetch");
                assertThat(again.out()).contains("replayed 0 of 2");
            }
        }
    }

    /** @return the one line of {@code out} containing {@code needle}, trailing blanks cut */
    static String line(String out, String needle) {
        List<String> lines = out.lines().filter(l -> l.contains(needle)).toList();
        assertThat(lines).as("lines with %s in%n%s", needle, out).hasSize(1);
        return lines.get(0).stripTrailing();
    }
}
