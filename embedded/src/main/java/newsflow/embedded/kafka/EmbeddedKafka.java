package newsflow.embedded.kafka;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import newsflow.common.topic.TopicBootstrap;
import newsflow.common.topic.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real, single-node Kafka broker (KRaft mode, combined broker and controller) running in this JVM on
 * loopback, on free ports, with its data in a directory the caller names. Restarting on the same directory
 * keeps the data (the cluster id is read back from {@code meta.properties}).
 *
 * <p>Settings that matter on one node: offsets and transaction-state replication factor and min ISR 1 (or
 * Kafka Streams waits forever), a 2 MiB log-cleaner dedupe buffer (the default takes 128 MiB of heap), and
 * message size limits that agree with {@link Topics#MAX_MESSAGE_BYTES}. About 3 s to start.
 *
 * <p>Outages: {@link #stop()} shuts the broker down (clients then see it unreachable: connection refused) and
 * {@link #restart()} starts it again on the same ports and data directory, so clients reconnect to the
 * bootstrap address they were given and find their topics, committed offsets and groups again. Not thread-safe:
 * stop and restart from one thread.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int INTERNAL_TOPIC_PARTITIONS = 3;

    private final String bootstrapServers;
    private final Path dataDir;
    private final int brokerPort;
    private final int controllerPort;
    private KafkaRaftServer server;

    private EmbeddedKafka(Path dataDir, int brokerPort, int controllerPort) {
        this.bootstrapServers = "127.0.0.1:" + brokerPort;
        this.dataDir = dataDir;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
    }

    /**
     * Formats {@code dataDir} when it is new, then starts the broker.
     *
     * @param dataDir the log directory (created when missing)
     * @return the running broker
     * @throws IOException when the directory cannot be prepared or no free port is found
     */
    public static EmbeddedKafka start(Path dataDir) throws IOException {
        return start(dataDir, 0);
    }

    /**
     * Like {@link #start(Path)} on a given client port: a broker restarted on the same directory and port is the
     * same broker to its clients (outage tests: stop, wait, start again).
     *
     * @param dataDir the log directory (created when missing)
     * @param port    the client listener's port, or 0 for a free one
     * @return the running broker
     * @throws IOException when the directory cannot be prepared or no free port is found
     */
    public static EmbeddedKafka start(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        EmbeddedKafka kafka = new EmbeddedKafka(dataDir, port == 0 ? freePort() : port, freePort());
        kafka.startServer();
        return kafka;
    }

    /**
     * Starts a stopped broker again on the same ports and data directory (topics, offsets and groups kept).
     *
     * @throws IOException           when the directory cannot be read
     * @throws IllegalStateException when the broker is running, or does not become ready
     */
    public void restart() throws IOException {
        if (server != null) {
            throw new IllegalStateException("embedded Kafka broker on " + bootstrapServers + " is running");
        }
        startServer();
    }

    /** @return whether the broker is running (started and not stopped) */
    public boolean running() {
        return server != null;
    }

    private void startServer() throws IOException {
        String logDir = dataDir.toAbsolutePath().toString();
        Properties props = brokerProperties(logDir, brokerPort, controllerPort);
        String clusterId = existingClusterId(dataDir);
        if (clusterId == null) {
            clusterId = Uuid.randomUuid().toString();
            format(logDir, clusterId);
        }
        KafkaRaftServer started = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        started.startup();
        server = started;
        LOG.info("embedded Kafka broker (KRaft, cluster {}) listening on {} with data in {}", clusterId,
                bootstrapServers, logDir);
        awaitReady();
    }

    /** @return the port of the broker's client listener */
    public int port() {
        return Integer.parseInt(bootstrapServers.substring(bootstrapServers.lastIndexOf(':') + 1));
    }

    /** @return {@code host:port} of the broker's client listener */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** @return the broker's data directory */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * Creates topics that do not exist yet; existing ones are left as they are.
     *
     * @param nameToConfigs topic name → topic-level configs
     * @param partitions    partitions of each new topic
     */
    public void createTopics(Map<String, Map<String, String>> nameToConfigs, int partitions) {
        TopicBootstrap.ensure(bootstrapServers, nameToConfigs, java.util.Optional.of(partitions));
    }

    /**
     * Stops the broker and waits for it to shut down (a controlled shutdown); the data directory and the ports
     * stay reserved for {@link #restart()}. Does nothing when already stopped.
     */
    public void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer stopping = server;
        server = null;
        stopping.shutdown();
        stopping.awaitShutdown();
        LOG.info("embedded Kafka broker on {} stopped", bootstrapServers);
    }

    /** Stops the broker ({@link #stop()}); the data directory stays. */
    @Override
    public void close() {
        stop();
    }

    private void awaitReady() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("embedded Kafka broker did not become ready on " + bootstrapServers, e);
        }
    }

    private static Properties brokerProperties(String logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir);
        p.put("metadata.log.dir", logDir);
        p.put("num.partitions", "1");
        p.put("auto.create.topics.enable", "false");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", Integer.toString(INTERNAL_TOPIC_PARTITIONS));
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", Integer.toString(INTERNAL_TOPIC_PARTITIONS));
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        p.put("message.max.bytes", Integer.toString(Topics.MAX_MESSAGE_BYTES + 64 * 1024));
        p.put("replica.fetch.max.bytes", Integer.toString(Topics.MAX_MESSAGE_BYTES + 64 * 1024));
        p.put("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
        return p;
    }

    private static void format(String logDir, String clusterId) throws IOException {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setClusterId(clusterId)
                    .setNodeId(NODE_ID)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDir)
                    .addDirectory(logDir)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .run();
        } catch (Exception e) {
            throw new IOException("cannot format Kafka log directory " + logDir + ": " + e.getMessage(), e);
        }
    }

    private static String existingClusterId(Path dataDir) throws IOException {
        Path meta = dataDir.resolve("meta.properties");
        if (!Files.exists(meta)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p.getProperty("cluster.id");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}
