package newsflow.launcher.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One HTTP GET of an ops endpoint, and sums over the samples of a Prometheus text exposition. */
record Scrape(int status, String body) {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Scrape get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Scrape(r.statusCode(), r.body());
    }

    /**
     * @param name   a sample name, e.g. {@code newsflow_ingest_fetches_total}
     * @param labels label pairs, each as {@code key="value"}
     * @return the sum of the matching samples, or -1 when none matches
     */
    double sum(String name, String... labels) {
        double total = -1;
        for (String line : body.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            String sample = line.substring(0, brace >= 0 ? brace : space);
            if (!sample.equals(name)) {
                continue;
            }
            boolean all = true;
            for (String l : labels) {
                all &= line.contains(l);
            }
            if (all) {
                total = Math.max(total, 0) + Double.parseDouble(line.substring(space + 1));
            }
        }
        return total;
    }

    /** @return whether some sample name starts with {@code prefix} */
    boolean hasFamily(String prefix) {
        for (String line : body.split("\n")) {
            if (!line.startsWith("#") && line.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
