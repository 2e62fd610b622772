package newsflow.systest.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import newsflow.systest.check.Await;
import newsflow.systest.check.DatabaseProbe;
import newsflow.systest.check.Figures;
import newsflow.systest.harness.Ports;
import newsflow.systest.harness.Scenario;
import newsflow.systest.harness.ServiceContract;
import newsflow.systest.harness.ServiceProcess;
import newsflow.systest.harness.SystemStack;
import newsflow.systest.harness.TailsOnFailure;
import newsflow.systest.site.LoopbackSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11 item 6c: PostgreSQL is stopped mid-stream for three times as long as the old sink gave up after
 * (computed from the retry keys this test shortens), then started again on the same port and data. The sink process
 * stays up throughout, its {@code /health} answers 503 while the database is away and 200 after, and every page is
 * stored: 0 lost, 0 duplicate rows. Needs the sink to wait for its database (branch sinkops) and {@code /health}
 * (branch metrics).
 */
@ExtendWith(TailsOnFailure.class)
class DatabaseOutageSystemIT {
    private static final long DELAY_MS = 200;
    private static final long CONNECTION_TIMEOUT_MS = 1000;
    private static final long BACKOFF_MS = 500;
    private static final long BACKOFF_MAX_MS = 2000;

    @Test
    void theSinkWaitsOutADatabaseOutageAndStoresEveryPage() {
        SystemStack stack = SystemStack.get();
        int httpPort = Ports.free();
        Duration down = oldGiveUpTime().multipliedBy(3);
        try (LoopbackSite site = new LoopbackSite(3, 40); Scenario s = Scenario.open("dboutage", stack)) {
            ServiceProcess sink = s.sink("sink-1", Map.of(
                    ServiceContract.SINK_HTTP_PORT, Integer.toString(httpPort),
                    ServiceContract.SINK_JDBC_CONNECTION_TIMEOUT_MS, Long.toString(CONNECTION_TIMEOUT_MS),
                    ServiceContract.SINK_RETRY_BACKOFF_MS, Long.toString(BACKOFF_MS),
                    ServiceContract.SINK_RETRY_BACKOFF_MAX_MS, Long.toString(BACKOFF_MAX_MS)));
            s.enrich("enrich-1", Map.of());
            s.ingest("ingest-1", s.sourcesFile(Map.of("ledger", List.of(site.feeds(), List.of())), 30), DELAY_MS, Map.of());

            DatabaseProbe db = new DatabaseProbe(s.jdbcUrl());
            int quarter = site.articleUrls().size() / 4;
            Await.until(Duration.ofSeconds(180), () -> s.anyExited() || db.rowsPerUrl().size() >= quarter);
            boolean midStream = db.rowsPerUrl().size() >= quarter;
            assertThat(s.anyExited()).as("a service exited before the fault: %s", s.states()).isFalse();
            boolean healthyBefore = Await.until(Duration.ofSeconds(30), () -> health(httpPort) == 200);
            stack.postgres().stop();
            System.out.println("SYSTEST c-database-outage: PostgreSQL stopped for " + down.toSeconds()
                    + " s (3 x the old give-up time " + oldGiveUpTime().toMillis() + " ms)");
            AtomicBoolean sawUnavailable = new AtomicBoolean();
            AtomicBoolean sinkDied = new AtomicBoolean();
            try {
                long end = System.nanoTime() + down.toNanos();
                while (System.nanoTime() < end) {
                    sawUnavailable.compareAndSet(false, health(httpPort) == 503);
                    sinkDied.compareAndSet(false, !sink.isAlive());
                    Await.sleep(Duration.ofSeconds(2));
                }
            } finally {
                stack.postgres().start();
            }
            Await.until(Duration.ofSeconds(90), () -> !sink.isAlive() || health(httpPort) == 200);
            boolean healthyAfter = health(httpPort) == 200;
            Await.until(Duration.ofSeconds(180), () -> s.anyExited() || db.rowsPerUrl().keySet().containsAll(site.articleUrls()));
            boolean allStored = db.rowsPerUrl().keySet().containsAll(site.articleUrls());
            Figures f = Figures.of("c-database-outage", site.articleUrls(), site.requests(), db.rowsPerUrl(), DELAY_MS).print();
            System.out.println("SYSTEST c-database-outage: health before=" + healthyBefore + " 503-during-outage="
                    + sawUnavailable.get() + " 200-after=" + healthyAfter + " sink-exited=" + sinkDied.get());
            assertThat(midStream).as("a quarter of the pages stored before the outage").isTrue();
            assertThat(sinkDied.get()).as("the sink process exited during the outage").isFalse();
            assertThat(sink.isAlive()).as("sink alive after the outage").isTrue();
            assertThat(healthyBefore).as("/health 200 before the outage").isTrue();
            assertThat(sawUnavailable.get()).as("/health 503 during the outage").isTrue();
            assertThat(healthyAfter).as("/health 200 after the outage").isTrue();
            assertThat(allStored).as("every page stored (%s)", s.states()).isTrue();
            assertThat(f.lost()).isZero();
            assertThat(f.duplicated()).isZero();
            assertThat(f.invented()).isZero();
        } finally {
            if (!stack.postgres().isRunning()) {
                stack.postgres().start();
            }
        }
    }

    /**
     * How long the sink of this branch tried before it stopped, under this test's settings: each of its
     * {@link ServiceContract#SINK_OLD_RETRY_ATTEMPTS} attempts waits up to the connection timeout, with a doubling
     * backoff (capped) between attempts.
     */
    private static Duration oldGiveUpTime() {
        long ms = ServiceContract.SINK_OLD_RETRY_ATTEMPTS * CONNECTION_TIMEOUT_MS;
        long backoff = BACKOFF_MS;
        for (int i = 1; i < ServiceContract.SINK_OLD_RETRY_ATTEMPTS; i++) {
            ms += backoff;
            backoff = Math.min(BACKOFF_MAX_MS, backoff * 2);
        }
        return Duration.ofMillis(ms);
    }

    private static int health(int port) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + ServiceContract.HEALTH_PATH)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
