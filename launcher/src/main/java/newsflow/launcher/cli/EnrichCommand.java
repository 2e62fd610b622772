package newsflow.launcher.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsflow.common.config.CommonConfig;
import newsflow.common.config.OpsKeys;
import newsflow.launcher.ops.OpsRegistry;
import newsflow.launcher.ops.ServiceOps;
import newsflow.enrich.app.EnrichConfig;
import newsflow.enrich.app.EnrichService;
import newsflow.common.topic.TopicBootstrap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsflow enrich}: runs one instance of the enrich service until stopped (SIGTERM / Ctrl-C). */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Run the enrich service (Kafka Streams): raw-pages -> editions, editions.<lang>, dead-letter.")
public final class EnrichCommand implements Callable<Integer> {
    @Mixin
    ServiceOptions options;

    @Override
    public Integer call() throws InterruptedException, java.io.IOException {
        newsflow.launcher.stack.ServiceDefinitions.checkEnvironment(System.getenv());
        EnrichConfig config = newsflow.launcher.stack.EnrichConfigs.load(options.configFile(), System.getenv(),
                options.overrides("enrich"));
        TopicBootstrap.ensure(config.getString(CommonConfig.BOOTSTRAP_SERVERS),
                config.topics().all(config.topicLanguages()), Optional.ofNullable(options.partitions()));
        OpsRegistry metrics = new OpsRegistry();
        EnrichService service = new EnrichService(config, metrics.registry());
        ServiceOps ops = new ServiceOps(metrics).enrich(service, config,
                config.getString(CommonConfig.BOOTSTRAP_SERVERS), config.topics().rawPages().name());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close(Duration.ofSeconds(30));
            ops.close();
            stopped.countDown();
        }, "enrich-shutdown"));
        service.start();
        try {
            Ops.serve(ops, config.getInt(OpsKeys.httpPort("enrich")), "enrich");
        } catch (java.io.IOException | RuntimeException e) {
            service.close(Duration.ofSeconds(30));
            ops.close();
            throw e;
        }
        stopped.await();
        return 0;
    }
}
