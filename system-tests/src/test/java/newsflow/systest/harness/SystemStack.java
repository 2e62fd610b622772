package newsflow.systest.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * What every system test shares in one JVM: the runnable jar, one broker process and one PostgreSQL server,
 * started on first use and stopped when the JVM exits. Scenarios keep apart by topic prefix, consumer groups and
 * database name; a scenario that kills the broker or stops PostgreSQL brings it back before it ends.
 *
 * <p>Reads the system properties the module's POM sets: {@code newsflow.systest.jar} (the launcher's
 * {@code newsflow.jar}), {@code newsflow.systest.broker.classpath} (a file holding the Kafka server classpath) and
 * {@code newsflow.systest.work} (the work directory under target/).
 */
public final class SystemStack {
    private static SystemStack shared;

    private final Path jar;
    private final Path work;
    private final BrokerProcess broker;
    private final PostgresServer postgres;

    private SystemStack(Path jar, Path work, BrokerProcess broker, PostgresServer postgres) {
        this.jar = jar;
        this.work = work;
        this.broker = broker;
        this.postgres = postgres;
    }

    /**
     * The shared stack; aborts the calling test (reported as skipped, with the reason) when the runnable jar has
     * not been built, as after {@code mvn test} without {@code package}.
     *
     * @return the started stack
     */
    public static synchronized SystemStack get() {
        Path jar = Path.of(System.getProperty("newsflow.systest.jar", "../launcher/target/newsflow.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            String why = "system tests skipped: " + jar
                    + " is missing; build it first (mvn -B verify builds it before this module, or ./newsflow --help)";
            System.out.println("SYSTEST " + why);
            Assumptions.abort(why);
        }
        if (shared == null) {
            Path work = Path.of(System.getProperty("newsflow.systest.work", "target/systest")).toAbsolutePath()
                    .resolve("run-" + ProcessHandle.current().pid());
            String classpath = brokerClasspath();
            BrokerProcess broker = BrokerProcess.format(work.resolve("broker"), classpath);
            PostgresServer postgres;
            try {
                postgres = PostgresServer.start(work.resolve("postgres"));
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            shared = new SystemStack(jar, work, broker, postgres);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                broker.close();
                postgres.close();
            }, "systest-stack-stop"));
            System.out.println("SYSTEST stack: broker " + broker.bootstrapServers() + " (own JVM), PostgreSQL "
                    + postgres.jdbcUrl("postgres") + ", jar " + jar + ", work " + work);
        }
        return shared;
    }

    /** @return the runnable jar */
    public Path jar() {
        return jar;
    }

    /** @return the work directory of this JVM's run */
    public Path work() {
        return work;
    }

    /** @return the broker process */
    public BrokerProcess broker() {
        return broker;
    }

    /** @return the PostgreSQL server */
    public PostgresServer postgres() {
        return postgres;
    }

    private static String brokerClasspath() {
        String file = System.getProperty("newsflow.systest.broker.classpath", "target/broker.classpath");
        try {
            String cp = Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
            if (cp.isEmpty()) {
                throw new IllegalStateException(file + " is empty");
            }
            return cp;
        } catch (IOException e) {
            throw new UncheckedIOException("no Kafka server classpath at " + file
                    + " (written by maven-dependency-plugin in generate-test-resources)", e);
        }
    }
}
