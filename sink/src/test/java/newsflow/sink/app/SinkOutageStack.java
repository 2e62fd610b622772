package newsflow.sink.app;

import java.nio.file.Path;
import java.time.Duration;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.sink.jdbc.RestartablePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

/**
 * What the sink's outage ITs ({@link SinkBrokerOutageIT}, {@link SinkDatabaseOutageIT}) stop and start: a real
 * in-process broker ({@link EmbeddedKafka}) and a real PostgreSQL server ({@link RestartablePostgres}), one of
 * each per test class, named after it.
 */
abstract class SinkOutageStack {
    /** Ends a hung wait (not a timing assertion). */
    static final Duration BOUND = Duration.ofMinutes(2);
    static EmbeddedKafka kafka;
    static EditionsFixture fixture;
    static RestartablePostgres postgres;

    @BeforeAll
    static void startStack(TestInfo info) throws Exception {
        String name = info.getTestClass().orElseThrow().getSimpleName();
        kafka = EmbeddedKafka.start(Path.of("target", "kafka-" + name + "-" + ProcessHandle.current().pid()));
        fixture = new EditionsFixture(kafka);
        postgres = RestartablePostgres.start(name);
    }

    @AfterAll
    static void stopStack() {
        try {
            postgres.close();
        } finally {
            kafka.close();
        }
    }
}
