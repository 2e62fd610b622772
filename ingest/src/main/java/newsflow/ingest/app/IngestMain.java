package newsflow.ingest.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the ingest service alone: {@code java … newsflow.ingest.app.IngestMain [config.properties] [--once]}.
 * Configuration comes from the file, {@code NEWSFLOW_*} environment variables and defaults
 * ({@link IngestConfig}); {@code --once} drains and exits, otherwise the service follows until SIGTERM.
 */
public final class IngestMain {
    private IngestMain() {
    }

    /**
     * @param args optional properties file path, optional {@code --once}
     * @throws Exception when start-up fails (bad configuration, sources file, Kafka unreachable)
     */
    public static void main(String[] args) throws Exception {
        Path file = null;
        boolean once = false;
        for (String a : args) {
            if (a.equals("--once")) {
                once = true;
            } else {
                file = Path.of(a);
            }
        }
        IngestConfig config = IngestConfig.load(file, System.getenv(), Map.of());
        IngestService service = new IngestService(config);
        Runtime.getRuntime().addShutdownHook(new Thread(service::stop, "ingest-shutdown"));
        try (service) {
            service.start();
            if (once) {
                System.out.println(service.runOnce());
            } else {
                service.follow();
            }
        }
    }
}
