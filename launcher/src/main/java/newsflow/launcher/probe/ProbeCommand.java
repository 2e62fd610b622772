package newsflow.launcher.probe;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import newsflow.common.serde.Json;
import newsflow.enrich.app.EnrichConfig;
import newsflow.enrich.app.Enrichers;
import newsflow.ingest.app.IngestConfig;
import newsflow.launcher.stack.EnrichConfigs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow probe URL|FILE}: what ingest would do with one feed, sitemap or page, before it is added as a
 * source — the robots.txt verdict, the fetch (status, redirects, content type and coding), the kind of document,
 * its charset and how that was decided, the items or URLs with their dates, the sitemap's hreflang alternates and
 * the poll interval; for a page, the extraction summary of the enrich pipeline run in-process (title, language
 * editions, publication date). No Kafka. The configuration is ingest's and enrich's ({@code --config}, the
 * {@code NEWSFLOW_*} variables): the same user agent, caps and address guard as the service.
 */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "Show what ingest would do with one feed, sitemap or page (URL or saved file); no Kafka.")
public final class ProbeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL|FILE", description = "An http(s) URL, or a saved file (.gz unpacked).")
    String target;

    @Option(names = "--json", description = "Write the report as one JSON object instead of text.")
    boolean json;

    @Option(names = "--config", description = "Properties file (ingest.* and enrich.* keys).")
    Path config;

    @Option(names = "--allow-loopback", description = "Allow loopback and private addresses (a test site); "
            + "same as ingest.allow.loopback=true.")
    boolean allowLoopback;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put(IngestConfig.SOURCES_FILE, "(probe reads no sources file)");
        if (allowLoopback) {
            overrides.put(IngestConfig.ALLOW_LOOPBACK, "true");
        }
        IngestConfig ingest = IngestConfig.load(config, System.getenv(), overrides);
        EnrichConfig enrich = EnrichConfigs.load(config, System.getenv(), Map.of()); // bad keys fail before a fetch
        Prober prober = new Prober(ingest, () -> Enrichers.create(enrich), Clock.systemUTC());
        ProbeReport report = prober.probe(target);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            out.flush();
        } else {
            ProbeText.write(report, out);
        }
        return 0;
    }
}
