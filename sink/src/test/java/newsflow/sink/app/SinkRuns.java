package newsflow.sink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;

/**
 * A {@link SinkService} run on its own daemon thread, as the launcher runs it, and the configuration the outage
 * ITs ({@link SinkBrokerOutageIT}, {@link SinkDatabaseOutageIT}) share: a short JDBC connection timeout
 * (500 ms) and retry backoff (100 ms) so that an outage outlasts the old give-up time quickly.
 */
final class SinkRuns {
    /** Attempts per database call ({@code sink.retry.max.attempts}). */
    static final int ATTEMPTS = 2;
    /** {@code sink.jdbc.connection.timeout.ms}. */
    static final long CONNECTION_TIMEOUT_MS = 500;
    /** {@code sink.retry.backoff.ms}. */
    static final long BACKOFF_MS = 100;

    private SinkRuns() {
    }

    /**
     * @return the started thread; a failure that ends the run is kept in {@link SinkService#failure()}, which the
     *         test asserts
     */
    static Thread start(SinkService sink, String name) {
        Thread t = new Thread(() -> {
            try {
                sink.run();
            } catch (RuntimeException e) {
                // kept in sink.failure(), asserted by the test
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    static void assertAlive(SinkService sink, Thread runner) {
        assertThat(sink.failure()).as("no failure ended the sink").isEmpty();
        assertThat(runner.isAlive()).as("sink still running").isTrue();
    }

    /** Stops the sink and waits for its thread (the bound only ends a hung test); it ended without failure. */
    static void stopAndJoin(SinkService sink, Thread runner, Duration bound) throws InterruptedException {
        sink.stop();
        runner.join(bound.toMillis());
        assertThat(runner.isAlive()).isFalse();
        assertThat(sink.failure()).isEmpty();
    }

    /**
     * @return the keys both outage ITs set: where the broker, topics and database are, a 100 ms batch wait,
     *         a 500 ms connection timeout, 2 attempts with a 100 ms backoff; the caller adds the batch size, the
     *         backoff cap and its own keys
     */
    static Map<String, String> outageValues(EmbeddedKafka kafka, Topics topics, String jdbcUrl, String group) {
        Map<String, String> v = new HashMap<>();
        v.put(SinkConfig.JDBC_URL, jdbcUrl);
        v.put(SinkConfig.JDBC_USER, "postgres");
        v.put(SinkConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers());
        v.put(SinkConfig.TOPICS_PREFIX, topics.prefix());
        v.put(SinkConfig.GROUP_ID, group);
        v.put(SinkConfig.BATCH_MAX_WAIT_MS, "100");
        v.put(SinkConfig.JDBC_CONNECTION_TIMEOUT_MS, Long.toString(CONNECTION_TIMEOUT_MS));
        v.put(SinkConfig.RETRY_MAX_ATTEMPTS, Integer.toString(ATTEMPTS));
        v.put(SinkConfig.RETRY_BACKOFF_MS, Long.toString(BACKOFF_MS));
        return v;
    }
}
