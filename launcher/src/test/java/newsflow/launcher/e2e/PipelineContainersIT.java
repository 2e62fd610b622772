package newsflow.launcher.e2e;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The same end-to-end run as {@link PipelineSqliteIT} and {@link PipelinePostgresIT}, against the official
 * {@code apache/kafka} and {@code postgres} images through Testcontainers, for machines with Docker: the stack
 * gets them as external Kafka and external JDBC URL, as in production. Without a Docker engine the whole class
 * is skipped (reported as skipped, not failed); it is never the only test of anything.
 */
@Testcontainers(disabledWithoutDocker = true)
class PipelineContainersIT extends DemoPipelineChecks {
    /** The official Apache Kafka image (KRaft, single node), at the client version of the build (kafka.version). */
    static final String KAFKA_IMAGE = "apache/kafka:4.4.0";
    /** The official PostgreSQL image. */
    static final String POSTGRES_IMAGE = "postgres:17-alpine";

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(KAFKA_IMAGE);

    @Container
    static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer(POSTGRES_IMAGE);

    @Override
    String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }

    @Override
    String externalJdbcUrl() {
        String url = POSTGRES.getJdbcUrl();
        return url + (url.contains("?") ? "&" : "?") + "user=" + POSTGRES.getUsername()
                + "&password=" + POSTGRES.getPassword();
    }
}
