package newsflow.systest.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsflow.systest.check.Await;
import newsflow.systest.check.DatabaseProbe;
import newsflow.systest.check.Figures;
import newsflow.systest.check.TopicProbe;
import newsflow.systest.harness.Scenario;
import newsflow.systest.harness.ServiceContract;
import newsflow.systest.harness.SystemStack;
import newsflow.systest.harness.TailsOnFailure;
import newsflow.systest.site.LoopbackSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11 item 6b: the broker JVM is killed with SIGKILL mid-stream and restarted on the same data directory and
 * ports, with ingest, enrich and the sink running throughout. Short outage (shorter than the producers' delivery
 * timeout): passes on today's code. Long outage (longer than ingest's producer delivery timeout, shortened through
 * {@link ServiceContract#INGEST_PRODUCER_DELIVERY_TIMEOUT_MS}): needs retriable produce failures re-queued (branch
 * cluster). Either way: 0 pages lost, 0 duplicate rows.
 */
@ExtendWith(TailsOnFailure.class)
class BrokerOutageSystemIT {
    private static final long DELAY_MS = 250;
    /** The shortened producer delivery timeout of the long-outage test, ms (>= request.timeout.ms 30 s + linger). */
    private static final long DELIVERY_TIMEOUT_MS = 35_000;

    @Test
    void aBrokerOutageShorterThanTheDeliveryTimeoutLosesNothing() {
        outage("b-broker-outage-short", "outageshort", Duration.ofSeconds(20), Map.of());
    }

    /**
     * The broker is away about a minute or more (35 s delivery timeout + 15 s, plus its restart), so besides the
     * cluster branch this needs the sink to outlive an offset commit that times out (today it exits after the
     * consumer's 60 s default.api.timeout.ms), hence both tags.
     */
    @Test
    void aBrokerOutageLongerThanTheDeliveryTimeoutLosesNothing() {
        outage("b-broker-outage-long", "outagelong", Duration.ofMillis(DELIVERY_TIMEOUT_MS + 15_000),
                Map.of(ServiceContract.INGEST_PRODUCER_DELIVERY_TIMEOUT_MS, Long.toString(DELIVERY_TIMEOUT_MS)));
    }

    private static void outage(String figures, String name, Duration down, Map<String, String> ingestKeys) {
        SystemStack stack = SystemStack.get();
        try (LoopbackSite site = new LoopbackSite(3, 40); Scenario s = Scenario.open(name, stack)) {
            s.sink("sink-1", Map.of());
            s.enrich("enrich-1", Map.of());
            s.ingest("ingest-1", s.sourcesFile(Map.of("ledger", List.of(site.feeds(), List.of())), 20), DELAY_MS, ingestKeys);

            TopicProbe topics = new TopicProbe(stack.broker().bootstrapServers());
            int quarter = site.articleUrls().size() / 4;
            Await.until(Duration.ofSeconds(180), () -> s.anyExited() || topics.endOffsets(s.topics().rawPages().name()) >= quarter);
            boolean midStream = topics.endOffsets(s.topics().rawPages().name()) >= quarter;
            assertThat(s.anyExited()).as("a service exited before the fault: %s", s.states()).isFalse();
            long before = topics.endOffsets(s.topics().rawPages().name());
            long killedAt = System.nanoTime();
            stack.broker().kill();
            System.out.println("SYSTEST " + figures + ": broker killed (SIGKILL) with " + before + " of "
                    + site.articleUrls().size() + " pages on raw-pages; down for " + down.toSeconds() + " s");
            Await.sleep(down);
            stack.broker().start();
            Await.until(Duration.ofSeconds(120), () -> topics.endOffsets(s.topics().rawPages().name()) >= 0);
            long unavailableS = Duration.ofNanos(System.nanoTime() - killedAt).toSeconds();
            System.out.println("SYSTEST " + figures + ": broker serving partitions again " + unavailableS
                    + " s after the kill");

            DatabaseProbe db = new DatabaseProbe(s.jdbcUrl());
            Await.until(Duration.ofSeconds(300), () -> s.anyExited() || db.rowsPerUrl().keySet().containsAll(site.articleUrls()));
            boolean allStored = db.rowsPerUrl().keySet().containsAll(site.articleUrls());
            Await.sleep(Duration.ofSeconds(3));
            Figures f = Figures.of(figures, site.articleUrls(), site.requests(), db.rowsPerUrl(), DELAY_MS).print();
            assertThat(midStream).as("a quarter of the pages reached raw-pages before the kill").isTrue();
            assertThat(before).as("the kill came mid-stream").isLessThan(site.articleUrls().size());
            assertThat(allStored).as("every page stored (%s)", s.states()).isTrue();
            assertThat(f.lost()).isZero();
            assertThat(f.duplicated()).isZero();
            assertThat(f.invented()).isZero();
        } finally {
            if (!stack.broker().isAlive()) {
                stack.broker().start();
            }
        }
    }
}
