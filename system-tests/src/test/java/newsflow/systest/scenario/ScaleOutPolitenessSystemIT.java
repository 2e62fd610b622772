package newsflow.systest.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsflow.systest.check.Await;
import newsflow.systest.check.DatabaseProbe;
import newsflow.systest.check.Figures;
import newsflow.systest.harness.Scenario;
import newsflow.systest.harness.ServiceContract;
import newsflow.systest.harness.SystemStack;
import newsflow.systest.harness.TailsOnFailure;
import newsflow.systest.site.LoopbackSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11 item 6a: two instances each of ingest, enrich and sink, and two sources listing the same URLs (the
 * hosts' feeds, and their sitemaps). The crawler is one polite crawler: every article URL is requested exactly
 * once, two requests to one host are never closer than the configured per-host delay, and every page is stored
 * exactly once. Needs host ownership across ingest instances (branch cluster): on today's code two instances
 * fetch the same URLs and race on the hosts.
 */
@ExtendWith(TailsOnFailure.class)
class ScaleOutPolitenessSystemIT {
    private static final long DELAY_MS = 300;
    /**
     * Slack for the measurement only: the site stamps a request when its handler runs, so a request whose
     * handler was scheduled a few milliseconds late makes the next gap look shorter by as much.
     */
    private static final long CLOCK_SLACK_MS = 25;

    @Test
    void twoInstancesOfEachServiceFetchEveryUrlOncePolitelyAndStoreItOnce() {
        SystemStack stack = SystemStack.get();
        try (LoopbackSite site = new LoopbackSite(4, 50); Scenario s = Scenario.open("scaleout", stack)) {
            Map<String, List<List<String>>> sources = new LinkedHashMap<>();
            sources.put("ledger-feeds", List.of(site.feeds(), List.of()));
            sources.put("ledger-sitemaps", List.of(List.of(), site.sitemaps()));
            Path file = s.sourcesFile(sources, 30);
            s.sink("sink-1", Map.of());
            s.sink("sink-2", Map.of());
            s.enrich("enrich-1", Map.of());
            s.enrich("enrich-2", Map.of());
            s.ingest("ingest-1", file, DELAY_MS, Map.of());
            s.ingest("ingest-2", file, DELAY_MS, Map.of());

            DatabaseProbe db = new DatabaseProbe(s.jdbcUrl());
            Await.until(Duration.ofSeconds(300), () -> s.anyExited() || db.rowsPerUrl().keySet().containsAll(site.articleUrls()));
            boolean allStored = db.rowsPerUrl().keySet().containsAll(site.articleUrls());
            Await.sleep(Duration.ofSeconds(5)); // a second fetch or a late duplicate, if any, would show now
            Figures f = Figures.of("a-scale-out", site.articleUrls(), site.requests(), db.rowsPerUrl(), DELAY_MS).print();
            System.out.println("SYSTEST a-scale-out: min-host-gap-ms over every request (robots, feeds, sitemaps too)="
                    + site.requests().minHostGapMillis(null) + " gaps-under-delay=" + site.requests().gapsUnder(null, DELAY_MS - CLOCK_SLACK_MS));
            assertThat(allStored).as("every page stored (%s)", s.states()).isTrue();
            assertThat(f.maxRequests()).as("requests of the most requested URL").isEqualTo(1);
            assertThat(f.minRequests()).as("requests of the least requested URL").isEqualTo(1);
            assertThat(f.minHostGapMs()).as("smallest gap between two requests to one host, ms").isGreaterThanOrEqualTo(DELAY_MS - CLOCK_SLACK_MS);
            assertThat(f.lost()).isZero();
            assertThat(f.duplicated()).isZero();
            assertThat(f.invented()).isZero();
        }
    }
}
