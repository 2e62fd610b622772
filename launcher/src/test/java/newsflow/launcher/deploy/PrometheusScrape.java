package newsflow.launcher.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sample names of a scrape in the Prometheus text exposition format (prometheus.io/docs/instrumenting/
 * exposition_formats): each line that is not blank and not a {@code #} comment starts with the sample's metric
 * name, up to its labels ({@code {}) or the value. A histogram family {@code x} thus contributes
 * {@code x_bucket}, {@code x_sum} and {@code x_count}, the names a query selects.
 */
public final class PrometheusScrape {
    /**
     * Series Prometheus adds to every target itself (prometheus.io/docs/concepts/jobs_instances): a query may
     * name them although no scrape contains them.
     */
    static final Set<String> SYNTHETIC = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped",
            "scrape_samples_post_metric_relabeling", "scrape_series_added");

    private PrometheusScrape() {
    }

    /**
     * @param scrape the text of a {@code GET /metrics} answer
     * @return the sample names it contains, sorted
     */
    public static Set<String> sampleNames(String scrape) {
        Set<String> names = new TreeSet<>();
        for (String line : scrape.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int end = 0;
            while (end < l.length() && l.charAt(end) != '{' && !Character.isWhitespace(l.charAt(end))) {
                end++;
            }
            names.add(l.substring(0, end));
        }
        return names;
    }

    /**
     * @param queried metric names queries select
     * @param scrapes the texts of one scrape per service
     * @return the queried names no scrape contains and Prometheus does not synthesise, sorted
     */
    static Set<String> missing(Set<String> queried, String... scrapes) {
        Set<String> exported = new TreeSet<>(SYNTHETIC);
        for (String s : scrapes) {
            exported.addAll(sampleNames(s));
        }
        Set<String> out = new TreeSet<>(queried);
        out.removeAll(exported);
        return out;
    }

    /**
     * A live scrape, for the test that compares the dashboard with what the services really export (see
     * GrafanaDashboardTest#dashboardMetricsAreInTheContractScrape).
     *
     * @param metrics a service's metrics address, e.g. {@code http://localhost:9401/metrics}
     * @return the answer's body
     * @throws IOException when the service does not answer 200 within 10 s
     */
    public static String fetch(URI metrics) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(metrics + " answered " + r.statusCode());
        }
        return r.body();
    }
}
