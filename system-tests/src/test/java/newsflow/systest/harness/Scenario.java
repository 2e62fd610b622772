package newsflow.systest.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import newsflow.common.serde.Json;
import newsflow.common.topic.TopicBootstrap;
import newsflow.common.topic.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * One system test's world on the shared stack: its own topic prefix (topics created up front with
 * {@link #PARTITIONS} partitions each, so that two instances of a service both get work), its own consumer groups,
 * Streams application id and database, and the service processes it started, all stopped by {@link #close()}.
 */
public final class Scenario implements AutoCloseable {
    /** Partitions of every topic of a scenario. */
    public static final int PARTITIONS = 4;
    /** Languages enrich identifies in the system tests (the pages are English; fewer models start faster). */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr");
    private static volatile Scenario current;

    private final String name;
    private final SystemStack stack;
    private final Path dir;
    private final String prefix;
    private final String database;
    private final List<ServiceProcess> services = new ArrayList<>();

    private Scenario(String name, SystemStack stack) {
        this.name = name;
        this.stack = stack;
        this.dir = stack.work().resolve(name);
        String id = name.replaceAll("[^a-z0-9]", "").toLowerCase(Locale.ROOT);
        this.prefix = "st-" + id + ".";
        this.database = "st_" + id;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name  a short name of the test (letters and digits), used for its prefix, groups and database
     * @param stack the shared stack
     * @return the scenario, with its topics and its empty database created
     */
    public static Scenario open(String name, SystemStack stack) {
        Scenario s = new Scenario(name, stack);
        TopicBootstrap.ensure(stack.broker().bootstrapServers(), new Topics(s.prefix).all(LANGUAGES),
                Optional.of(PARTITIONS));
        stack.postgres().createDatabase(s.database);
        current = s;
        return s;
    }

    /** @return the scenario opened last in this JVM, or null (for the failure report) */
    public static Scenario current() {
        return current;
    }

    /** @return the topic names of this scenario */
    public Topics topics() {
        return new Topics(prefix);
    }

    /** @return the JDBC URL of this scenario's database */
    public String jdbcUrl() {
        return stack.postgres().jdbcUrl(database);
    }

    /** @return the scenario's directory (configs, logs, state) */
    public Path dir() {
        return dir;
    }

    /** @return the shared stack */
    public SystemStack stack() {
        return stack;
    }

    /**
     * Writes a sources file.
     *
     * @param sources each source: name → (feeds, sitemaps)
     * @param pollSeconds the poll interval of every source
     * @return the file
     */
    public Path sourcesFile(Map<String, List<List<String>>> sources, int pollSeconds) {
        List<Map<String, Object>> list = new ArrayList<>();
        sources.forEach((sourceName, lists) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", sourceName);
            m.put("feeds", lists.get(0));
            m.put("sitemaps", lists.get(1));
            m.put("poll_interval", "PT" + pollSeconds + "S");
            m.put("language", "en");
            list.add(m);
        });
        Path file = dir.resolve("sources.json");
        try {
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), Map.of("sources", list));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * @param instance  instance name, e.g. {@code ingest-1}
     * @param sources   the sources file
     * @param delayMs   per-host politeness delay
     * @param extra     further keys (may name pending keys, see {@link ServiceContract})
     * @return the started process
     */
    public ServiceProcess ingest(String instance, Path sources, long delayMs, Map<String, String> extra) {
        Map<String, String> config = new HashMap<>();
        config.put(ServiceContract.INGEST_SOURCES_FILE, sources.toString());
        config.put(ServiceContract.INGEST_ALLOW_LOOPBACK, "true");
        config.put(ServiceContract.INGEST_PER_HOST_DELAY_MS, Long.toString(delayMs));
        config.put(ServiceContract.INGEST_GROUP_ID, prefix + "ingest");
        config.put(ServiceContract.INGEST_FETCH_THREADS, "4");
        config.put(ServiceContract.INGEST_RETRY_BACKOFF_MS, "2000");
        config.putAll(extra);
        return launch(instance, List.of(ServiceContract.CMD_INGEST), config, "320m");
    }

    /**
     * @param instance instance name, e.g. {@code enrich-1} (its state directory is named after it)
     * @param extra    further keys
     * @return the started process
     */
    public ServiceProcess enrich(String instance, Map<String, String> extra) {
        Map<String, String> config = new HashMap<>();
        config.put(ServiceContract.ENRICH_APPLICATION_ID, prefix + "enrich");
        config.put(ServiceContract.ENRICH_STATE_DIR, dir.resolve(instance + "-state").toString());
        config.put(ServiceContract.ENRICH_LANGUAGES, String.join(",", LANGUAGES));
        config.put(ServiceContract.ENRICH_LANGUAGE_ACCURACY, "low");
        config.put(ServiceContract.ENRICH_COMMIT_INTERVAL_MS, "200");
        config.putAll(extra);
        return launch(instance, List.of(ServiceContract.CMD_ENRICH), config, "700m");
    }

    /**
     * @param instance instance name, e.g. {@code sink-1}
     * @param extra    further keys
     * @return the started process
     */
    public ServiceProcess sink(String instance, Map<String, String> extra) {
        Map<String, String> config = new HashMap<>();
        config.put(ServiceContract.SINK_JDBC_URL, jdbcUrl());
        config.put(ServiceContract.SINK_JDBC_USER, "postgres");
        config.put(ServiceContract.SINK_GROUP_ID, prefix + "sink");
        config.put(ServiceContract.SINK_BATCH_MAX_WAIT_MS, "200");
        config.putAll(extra);
        return launch(instance, List.of(ServiceContract.CMD_SINK), config, "256m");
    }

    private ServiceProcess launch(String instance, List<String> command, Map<String, String> config, String heap) {
        // several instances on one machine: an HTTP port (when the jar has the key) is off unless the test sets one
        String httpKey = Map.of(ServiceContract.CMD_INGEST, ServiceContract.INGEST_HTTP_PORT,
                ServiceContract.CMD_ENRICH, ServiceContract.ENRICH_HTTP_PORT,
                ServiceContract.CMD_SINK, ServiceContract.SINK_HTTP_PORT).get(command.get(0));
        if (!config.containsKey(httpKey) && JarKeys.of(stack.jar()).contains(httpKey)) {
            config.put(httpKey, "0");
        }
        List<String> cmd = new ArrayList<>(command);
        cmd.add(ServiceContract.OPT_TOPICS_PREFIX);
        cmd.add(prefix);
        ServiceProcess p = new ServiceProcess(instance, stack.jar(), dir, cmd, config,
                Map.of(ServiceContract.ENV_BOOTSTRAP, stack.broker().bootstrapServers()), heap);
        services.add(p);
        return p.start();
    }

    /**
     * @param lines lines per log
     * @return the state and last log lines of every service, the broker's and PostgreSQL's log tails
     */
    public String report(int lines) {
        StringBuilder b = new StringBuilder("==== scenario " + name + " in " + dir + "\n");
        for (ServiceProcess p : services) {
            b.append(p.state()).append('\n').append(LogTail.of(p.log(), lines));
        }
        b.append(LogTail.of(stack.broker().log(), lines / 2));
        return b.toString();
    }

    /** @return true when a service this scenario started is no longer running (so waiting on it is pointless) */
    public boolean anyExited() {
        return services.stream().anyMatch(p -> !p.isAlive());
    }

    /** @return the one-line states of the services */
    public String states() {
        return String.join("; ", services.stream().map(ServiceProcess::state).toList());
    }

    /** Stops every service, then deletes the scenario's topics so the shared broker stays small (fast restarts). */
    @Override
    public void close() {
        services.forEach(ServiceProcess::stop);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.broker().bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            List<String> mine = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(prefix)).toList();
            admin.deleteTopics(mine).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.out.println("SYSTEST " + name + ": topics not deleted: " + e);
        }
    }
}
