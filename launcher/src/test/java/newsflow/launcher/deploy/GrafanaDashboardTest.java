package newsflow.launcher.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Grafana dashboard (ops/grafana/dashboards/newsflow.json) parses, uses the provisioned Prometheus, is loaded
 * from the folder docker-compose.yml mounts, shows what issue #10 asks for, and queries only metrics the services
 * export.
 */
class GrafanaDashboardTest {
    private static final String DASHBOARD_FILE = "ops/grafana/dashboards/newsflow.json";
    private static final GrafanaDashboard DASHBOARD = GrafanaDashboard.parse(RepositoryFiles.read(DASHBOARD_FILE));
    private static final ComposeFile COMPOSE = ComposeFile.parse(RepositoryFiles.read("docker-compose.yml"));

    private static Set<String> provisionedDatasourceUids() {
        Map<String, Object> ds = ComposeFile.load(
                RepositoryFiles.read("ops/grafana/provisioning/datasources/prometheus.yml"));
        Set<String> uids = new TreeSet<>();
        for (Object d : (List<?>) ds.get("datasources")) {
            uids.add(String.valueOf(ComposeFile.mapping(d, "datasource").get("uid")));
        }
        return uids;
    }

    @Test
    void everyPanelQueriesTheProvisionedPrometheus() {
        assertThat(DASHBOARD.uid()).isEqualTo("newsflow");
        assertThat(DASHBOARD.panels()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(DASHBOARD.datasourceProblems(provisionedDatasourceUids())).isEmpty();
        Map<String, Object> ds = ComposeFile.mapping(((List<?>) ComposeFile.load(RepositoryFiles.read(
                "ops/grafana/provisioning/datasources/prometheus.yml")).get("datasources")).get(0), "datasource");
        assertThat(ds).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
        assertThat(COMPOSE.services().get("prometheus").ports()).contains(new ComposeFile.Port(9090, 9090));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"title\": \"p\", \"targets\": [{\"expr\": \"up\"}]}",                                       // none
            "{\"title\": \"p\", \"datasource\": {\"uid\": \"other\"}, \"targets\": [{\"expr\": \"up\"}]}",  // unknown
            "{\"title\": \"p\", \"datasource\": {\"uid\": \"prom\"},"
                    + " \"targets\": [{\"expr\": \"up\", \"datasource\": {\"uid\": \"other\"}}]}",           // per query
            "{\"title\": \"p\", \"datasource\": {\"uid\": \"prom\"}, \"targets\": [{\"expr\": \"\"}]}",       // empty
    })
    void aPanelOffTheProvisionedDatasourceIsReported(String panel) {
        String inRow = "{\"panels\": [{\"type\": \"row\", \"panels\": [" + panel + "]}]}";
        assertThat(GrafanaDashboard.parse(inRow).datasourceProblems(Set.of("prom"))).singleElement()
                .asString().contains("panel 'p'");
    }

    @Test
    void aDashboardThatIsNotJsonFailsNamingTheCause() {
        assertThatThrownBy(() -> GrafanaDashboard.parse("{\"panels\": [")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> GrafanaDashboard.parse("{}")).hasMessageContaining("no panels");
    }

    @Test
    void grafanaLoadsTheDashboardFromTheFolderComposeMounts() {
        ComposeFile.Service grafana = COMPOSE.services().get("grafana");
        Map<String, String> mounts = new java.util.HashMap<>();
        grafana.volumes().stream().filter(ComposeFile.Mount::bind)
                .forEach(m -> mounts.put(m.source().replaceFirst("^\\./", ""), m.target()));
        assertThat(mounts).containsEntry("ops/grafana/provisioning", "/etc/grafana/provisioning");
        String dashboards = mounts.get("ops/grafana/dashboards");
        Map<String, Object> provider = ComposeFile.mapping(((List<?>) ComposeFile.load(RepositoryFiles.read(
                "ops/grafana/provisioning/dashboards/newsflow.yml")).get("providers")).get(0), "provider");
        assertThat(ComposeFile.mapping(provider.get("options"), "options")).containsEntry("path", dashboards);
        assertThat(grafana.environment().get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"))
                .isEqualTo(dashboards + "/newsflow.json");
        assertThat(grafana.environment()).containsKeys("GF_SECURITY_ADMIN_USER", "GF_SECURITY_ADMIN_PASSWORD");
    }

    @Test
    void theDashboardShowsWhatOperatorsWatch() {
        Set<String> names = DASHBOARD.metricNames();
        assertThat(names).contains(
                "newsflow_ingest_fetches_total",                 // fetch rate and outcomes
                "newsflow_ingest_fetch_seconds_bucket",
                "newsflow_ingest_feed_polls_total",              // per-source failures
                "newsflow_ingest_pending_urls", "newsflow_ingest_host_paused",
                "newsflow_enrich_stage_seconds_bucket",          // enrich stage latency
                "newsflow_enrich_editions_total",                // editions per language
                "newsflow_dead_letters_total",                   // dead letters per stage
                "kafka_consumer_fetch_manager_records_lag",      // consumer lag
                "newsflow_enrich_fetch_to_edition_seconds_bucket",
                "newsflow_sink_fetch_to_stored_seconds_bucket",  // fetch -> stored latency
                "newsflow_sink_rows_total", "newsflow_sink_db_errors_total");
    }


    @ParameterizedTest
    @ValueSource(strings = {
            "sum(rate(newsflow_ingest_fetch_total[5m]))",                        // misspelt: fetch, not fetches
            "histogram_quantile(0.95, rate(newsflow_sink_batch_seconds_bucket[5m]))",  // a summary has no buckets
            "rate(newsflow_sink_db_errors[5m]) + on (job) up",                   // a counter without _total
            "kafka_consumer_records_lag_max",                                    // not the binder's name
    })
    void aQueryOnAMetricNoServiceExportsIsReported(String expr) {
        String scrape = """
                # TYPE newsflow_ingest_fetches_total counter
                newsflow_ingest_fetches_total{outcome="stored"} 3.0
                # TYPE newsflow_sink_batch_seconds summary
                newsflow_sink_batch_seconds_count 2
                newsflow_sink_batch_seconds_sum 0.3
                # TYPE newsflow_sink_db_errors_total counter
                newsflow_sink_db_errors_total 0.0
                # TYPE kafka_consumer_fetch_manager_records_lag_max gauge
                kafka_consumer_fetch_manager_records_lag_max{client_id="c"} 0.0
                """;
        String json = "{\"panels\": [{\"title\": \"p\", \"targets\": [{\"expr\": \"" + expr + "\"}]}]}";
        assertThat(GrafanaDashboard.parse(json).missingFrom(scrape)).hasSize(1);
    }

    @Test
    void scrapeSampleNamesIncludeHistogramSeriesAndSkipComments() {
        String scrape = """
                # HELP a_seconds x
                # TYPE a_seconds histogram
                a_seconds_bucket{le="0.5"} 1
                a_seconds_count 1
                a_seconds_sum 0.1
                b_total{outcome="x y"} 2.0

                c 1 1700000000000
                """;
        assertThat(PrometheusScrape.sampleNames(scrape))
                .containsExactly("a_seconds_bucket", "a_seconds_count", "a_seconds_sum", "b_total", "c");
        assertThat(PrometheusScrape.missing(Set.of("up", "a_seconds", "c"), scrape)).containsExactly("a_seconds");
    }
}
