package newsflow.systest.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A single-node Kafka broker (KRaft, combined broker and controller) in a JVM of its own, started from the Kafka
 * artifacts of Maven Central ({@code kafka.Kafka server.properties}) after its log directory is formatted with
 * Kafka's {@code kafka.tools.StorageTool}. Its two ports are chosen once, so a restart on the same data directory
 * ({@link #kill()} then {@link #start()}) is the same broker to every client. The JVM's output goes to
 * {@code broker.log} in the work directory.
 *
 * <p>Settings as in the {@code embedded} module's broker: replication factor and min ISR 1 for the internal
 * topics (or Kafka Streams waits forever), a small log-cleaner buffer, message sizes agreeing with the topics.
 */
public final class BrokerProcess implements AutoCloseable {
    private static final int NODE_ID = 1;
    private static final Duration READY = Duration.ofSeconds(90);

    private final Path workDir;
    private final Path dataDir;
    private final Path log;
    private final String classpath;
    private final int brokerPort;
    private final int controllerPort;
    private Process process;

    private BrokerProcess(Path workDir, String classpath) {
        this.workDir = workDir;
        this.dataDir = workDir.resolve("data");
        this.log = workDir.resolve("broker.log");
        this.classpath = classpath;
        this.brokerPort = Ports.free();
        this.controllerPort = Ports.free();
    }

    /**
     * Formats a fresh data directory under {@code workDir} and starts the broker.
     *
     * @param workDir   a new directory for the data, the properties and the log
     * @param classpath the Kafka server classpath (see the module's {@code broker.classpath})
     * @return the running broker, ready for clients
     */
    public static BrokerProcess format(Path workDir, String classpath) {
        BrokerProcess broker = new BrokerProcess(workDir, classpath);
        try {
            Files.createDirectories(broker.dataDir);
            broker.writeProperties();
            broker.runStorageFormat();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the broker in " + workDir, e);
        }
        broker.start();
        return broker;
    }

    /** @return {@code 127.0.0.1:port} of the client listener (the same across restarts) */
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** @return the broker JVM's log file */
    public Path log() {
        return log;
    }

    /** Starts the broker JVM on the existing data directory and waits until it answers clients. */
    public void start() {
        List<String> cmd = java();
        cmd.add("kafka.Kafka");
        cmd.add(workDir.resolve("server.properties").toString());
        try {
            process = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the broker JVM", e);
        }
        awaitReady();
    }

    /** Kills the broker JVM with SIGKILL (no clean shutdown) and waits until it is gone; the data stays. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** @return true while the broker JVM runs */
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        kill();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker JVM exited with " + process.exitValue() + "\n" + LogTail.of(log, 40));
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000",
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000"))) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                last = e;
            }
        }
        throw new IllegalStateException("the broker did not answer on " + bootstrapServers() + " within " + READY
                + ": " + last + "\n" + LogTail.of(log, 40));
    }

    private void runStorageFormat() throws IOException {
        List<String> cmd = java();
        cmd.addAll(List.of("kafka.tools.StorageTool", "format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", workDir.resolve("server.properties").toString()));
        Process format = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IOException("kafka StorageTool format failed\n" + LogTail.of(log, 30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while formatting", e);
        }
    }

    private List<String> java() {
        Path log4j = workDir.resolve("log4j2.properties");
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + log4j.toUri(), "-cp", classpath));
        return cmd;
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void writeProperties() throws IOException {
        Properties p = new Properties();
        String dir = dataDir.toAbsolutePath().toString();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dir);
        p.put("metadata.log.dir", dir);
        p.put("num.partitions", "1");
        p.put("auto.create.topics.enable", "false");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        p.put("message.max.bytes", Integer.toString(8 * 1024 * 1024 + 64 * 1024));
        p.put("replica.fetch.max.bytes", Integer.toString(8 * 1024 * 1024 + 64 * 1024));
        p.put("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
        try (Writer w = Files.newBufferedWriter(workDir.resolve("server.properties"), StandardCharsets.UTF_8)) {
            p.store(w, "newsflow system-test broker");
        }
        Files.writeString(workDir.resolve("log4j2.properties"), String.join("\n",
                "status = warn",
                "appender.out.type = Console",
                "appender.out.name = OUT",
                "appender.out.layout.type = PatternLayout",
                "appender.out.layout.pattern = %d{ISO8601} %-5p [%c{1}] %m%n",
                "rootLogger.level = info",
                "rootLogger.appenderRef.out.ref = OUT",
                "logger.kafka.name = kafka",
                "logger.kafka.level = warn",
                "logger.apache.name = org.apache.kafka",
                "logger.apache.level = warn",
                "logger.started.name = kafka.server.KafkaRaftServer",
                "logger.started.level = info",
                ""), StandardCharsets.UTF_8);
    }
}
