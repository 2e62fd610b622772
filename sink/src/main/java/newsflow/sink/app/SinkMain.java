package newsflow.sink.app;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sink alone in follow mode: {@code SinkMain [config.properties]}. Configuration comes from
 * {@link SinkConfig#load} (the file, {@code NEWSFLOW_*} environment variables). Stops on SIGTERM/SIGINT after
 * writing and committing the current batch. The launcher's {@code sink} command wraps the same lifecycle.
 */
public final class SinkMain {
    private SinkMain() {
    }

    /**
     * @param args optional path of a properties file
     * @throws InterruptedException when interrupted while waiting for the service to stop
     */
    public static void main(String[] args) throws InterruptedException {
        Path file = args.length > 0 ? Path.of(args[0]) : null;
        SinkConfig config = SinkConfig.load(file, System.getenv(), Map.of());
        SinkService service = new SinkService(config, new SimpleMeterRegistry());
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.stop();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sink-shutdown"));
        try {
            service.run();
        } finally {
            service.close();
            done.countDown();
        }
    }
}
