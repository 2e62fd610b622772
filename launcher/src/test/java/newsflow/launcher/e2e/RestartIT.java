package newsflow.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import newsflow.launcher.demo.site.DemoSite;
import newsflow.launcher.stack.PipelineStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stop mid-stream, start again on the same work folder ({@code --resume}: the embedded broker's data, the stream
 * state and the SQLite file are kept), drain: nothing lost, nothing stored twice, and no page fetched twice —
 * ingest's fetch state lives in Kafka, not only in memory. The demo site stays up across the restart so that its
 * URLs (and its request counts) are the same for both runs.
 *
 * <p>The first run crawls with a long per-host delay so that it is still fetching when the first edition is
 * stored; it is closed right then, while the drain is in progress.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestartIT {
    /** Per-host delay of the first run: long enough that the crawl is still going when the first edition lands. */
    private static final long SLOW_DELAY_MS = 1000;
    private static final Duration FIRST_STORE_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    static Path workDir;

    private DemoSite site;
    private long storedUrlsAtStop;
    private long fetchedAtStop;
    private List<EditionRows.Row> rows;
    private List<DeadLetterLog.Entry> deadLetters;

    @BeforeAll
    void stopMidStreamAndResume() throws Exception {
        site = DemoSite.start();
        PipelineStack first = DemoStacks.start(site, workDir, null, null, SLOW_DELAY_MS);
        Thread drain = new Thread(() -> {
            try {
                first.drain(FIRST_STORE_TIMEOUT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // the stack is closed under the drain: whatever it was doing stops here
            }
        }, "first-run-drain");
        drain.setDaemon(true);
        drain.start();
        long deadline = System.nanoTime() + FIRST_STORE_TIMEOUT.toNanos();
        while (first.progress().stored() == 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        fetchedAtStop = first.progress().fetched();
        first.close();
        drain.join(TimeUnit.SECONDS.toMillis(60));
        String jdbcUrl = first.jdbcUrl();
        storedUrlsAtStop = EditionRows.all(jdbcUrl).stream().map(EditionRows.Row::url).distinct().count();
        System.out.printf(java.util.Locale.ROOT, "RestartIT: first run stopped after %d pages fetched, %d URLs stored%n", fetchedAtStop,
                storedUrlsAtStop);

        try (PipelineStack second = DemoStacks.start(site, workDir, null, null, DemoStacks.LOOPBACK_DELAY_MS)) {
            assertThat(second.drain(DemoPipelineChecks.DRAIN_TIMEOUT)).as("resumed run drained").isTrue();
            deadLetters = DeadLetterLog.readAll(second.bootstrapServers(), second.topics().deadLetter().name());
        }
        rows = EditionRows.all(jdbcUrl);
    }

    @AfterAll
    void stopSite() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void firstRunWasStoppedMidStream() {
        assertThat(storedUrlsAtStop).as("URLs stored when the first run was stopped")
                .isPositive().isLessThan(site.articleCount());
    }

    @Test
    void nothingIsLost() {
        Set<String> accounted = new TreeSet<>();
        rows.forEach(r -> accounted.add(r.url()));
        deadLetters.forEach(d -> accounted.add(d.url()));
        // a later page of a multi-page article is accounted for by its first page's record (case C24)
        assertThat(rows).noneMatch(r -> site.continuationUrls().contains(r.url()));
        accounted.addAll(site.continuationUrls());
        assertThat(accounted).containsExactlyInAnyOrderElementsOf(DemoStacks.allPageUrls(site));
        assertThat(rows.stream().map(EditionRows.Row::url).collect(Collectors.toSet()))
                .containsAll(site.articleUrls());
    }

    @Test
    void nothingIsStoredOrDeadLetteredTwice() {
        Map<String, Set<String>> ids = rows.stream().collect(Collectors.groupingBy(EditionRows.Row::url,
                Collectors.mapping(EditionRows.Row::documentId, Collectors.toSet())));
        assertThat(ids).allSatisfy((url, set) -> assertThat(set).as("document ids of %s", url).hasSize(1));
        assertThat(deadLetters.stream().map(DeadLetterLog.Entry::url).toList())
                .as("URLs on the dead-letter topic across both runs").doesNotHaveDuplicates();
        Set<String> stored = new HashSet<>();
        rows.forEach(r -> stored.add(r.url()));
        assertThat(deadLetters).filteredOn(d -> stored.contains(d.url())).as("dead letters of stored pages").isEmpty();
    }

    @Test
    void noPageIsFetchedTwiceAcrossTheRestart() {
        Map<String, Integer> requests = new TreeMap<>();
        for (String url : DemoStacks.allPageUrls(site)) {
            requests.put(url, site.requestCount(url));
        }
        assertThat(requests).allSatisfy((url, n) -> assertThat(n).as("requests for %s", url).isLessThanOrEqualTo(1));
        for (String url : site.articleUrls()) {
            assertThat(requests.get(url)).as("requests for article %s", url).isEqualTo(1);
        }
    }
}
