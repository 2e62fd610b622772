package newsflow.launcher.cli;

import java.nio.file.Path;
import java.time.Clock;
import newsflow.common.config.OpsKeys;
import newsflow.launcher.ops.OpsRegistry;
import newsflow.launcher.ops.ServiceOps;
import java.util.Map;
import java.util.concurrent.Callable;
import newsflow.ingest.app.IngestConfig;
import newsflow.ingest.app.IngestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow ingest}: runs one instance of the ingest service (follows the sources until SIGTERM). */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Run the ingest service: poll feeds and sitemaps, fetch pages politely into raw-pages.")
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    ServiceOptions options;

    @Option(names = "--sources", description = "The sources file (key ingest.sources.file).")
    Path sources;

    @Option(names = "--once", description = "Poll every source once, fetch what they announce, print a summary and exit.")
    boolean once;

    @Override
    public Integer call() throws Exception {
        newsflow.launcher.stack.ServiceDefinitions.checkEnvironment(System.getenv());
        Map<String, Object> overrides = options.overrides("ingest");
        if (sources != null) {
            overrides.put(IngestConfig.SOURCES_FILE, sources.toAbsolutePath().toString());
        }
        IngestConfig config = IngestConfig.load(options.configFile(), System.getenv(), overrides);
        OpsRegistry metrics = new OpsRegistry();
        IngestService service = new IngestService(config, metrics.registry(), Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(service::stop, "ingest-shutdown"));
        try (service; ServiceOps ops = new ServiceOps(metrics)) {
            service.start(java.util.Optional.ofNullable(options.partitions()));
            ops.ingest(service, config, config.getString(IngestConfig.BOOTSTRAP_SERVERS));
            Ops.serve(ops, config.getInt(OpsKeys.httpPort("ingest")), "ingest");
            if (once) {
                newsflow.launcher.stack.SourceReport.printDrain(service.runOnce(), System.out);
                newsflow.launcher.stack.SourceReport.printFailing(service.sourceStatuses(), System.out);
            } else {
                service.follow();
            }
        }
        return 0;
    }
}
