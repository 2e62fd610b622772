package newsflow.launcher.cli;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsflow.common.config.OpsKeys;
import newsflow.common.topic.TopicBootstrap;
import newsflow.launcher.ops.OpsRegistry;
import newsflow.launcher.ops.ServiceOps;
import newsflow.sink.app.SinkConfig;
import newsflow.sink.app.SinkService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow sink}: runs one instance of the sink (a consumer group member) until SIGTERM. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Run the sink: editions -> PostgreSQL or SQLite, in batches, offsets committed after the database.")
public final class SinkCommand implements Callable<Integer> {
    @Mixin
    ServiceOptions options;

    @Option(names = "--jdbc-url", description = "Database JDBC URL (key sink.jdbc.url), e.g. jdbc:postgresql://host:5432/newsflow.")
    String jdbcUrl;

    @Option(names = "--jdbc-user", description = "Database user (key sink.jdbc.user).")
    String jdbcUser;

    @Override
    public Integer call() throws Exception {
        newsflow.launcher.stack.ServiceDefinitions.checkEnvironment(System.getenv());
        Map<String, Object> overrides = options.overrides("sink");
        if (jdbcUrl != null) {
            overrides.put(SinkConfig.JDBC_URL, jdbcUrl);
        }
        if (jdbcUser != null) {
            overrides.put(SinkConfig.JDBC_USER, jdbcUser);
        }
        SinkConfig config = SinkConfig.load(options.configFile(), System.getenv(), overrides);
        TopicBootstrap.ensure(config.bootstrapServers(),
                Map.of(config.topics().editions().name(), config.topics().editions().topicConfig(),
                        config.topics().deadLetter().name(), config.topics().deadLetter().topicConfig()),
                Optional.ofNullable(options.partitions()));
        OpsRegistry metrics = new OpsRegistry();
        SinkService service = new SinkService(config, metrics.registry());
        ServiceOps ops = new ServiceOps(metrics).sink(service, config);
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
            Ops.serve(ops, config.getInt(OpsKeys.httpPort("sink")), "sink");
            service.run();
        } finally {
            ops.close();
            service.close();
            done.countDown();
        }
        return 0;
    }
}
