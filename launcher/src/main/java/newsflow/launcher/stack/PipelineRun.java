package newsflow.launcher.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import newsflow.ingest.source.SourcesFileReader;
import newsflow.ingest.source.SourcesValidationException;
import newsflow.launcher.ops.OpsRegistry;
import newsflow.launcher.ops.ServiceOps;
import picocli.CommandLine.Option;

/**
 * Options and the run loop shared by {@code demo} and {@code run}: start the stack, print progress, drain (or
 * follow), print the summary.
 */
public final class PipelineRun {
    /** How long Ctrl-C waits for the summary before the JVM exits. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(90);
    /** How a run stopped by a signal during the drain ends its report. */
    private static final String STOPPED = "stopped (signal)";
    /** Per-host delay of a run on loopback (the demo site) when {@code --per-host-delay-ms} is not given. */
    private static final long DEMO_DELAY_MS = 20;
    /** Stands for the embedded broker's address, not known before it starts, when the configuration is checked. */
    private static final String EMBEDDED_PLACEHOLDER = "localhost:9092";

    @Option(names = "--work-dir", description = "Folder for the broker data, stream state and SQLite file (default: ./newsflow-demo or ./newsflow-run).")
    Path workDir;

    @Option(names = "--resume", description = "Keep the work folder's previous state (default: start afresh: the folder's contents are deleted, but only in a folder newsflow created, marked by " + WorkFolder.MARKER + ").")
    boolean resume;

    @Option(names = "--follow", description = "Keep polling the sources after the first drain (stop with Ctrl-C).")
    boolean follow;

    @Option(names = "--bootstrap-servers", description = "Use this Kafka instead of the embedded broker.")
    String bootstrapServers;

    @Option(names = "--jdbc-url", description = "Write to this database (e.g. jdbc:postgresql://host/db) instead of SQLite in the work folder.")
    String jdbcUrl;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of the topics created (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--per-host-delay-ms", description = "Politeness delay between requests to one host (default: ingest.per.host.delay.ms; the demo uses 20).")
    Long perHostDelayMs;

    @Option(names = "--timeout", defaultValue = "PT30M", description = "Longest the drain may take, ISO-8601; when reached, ingest stops and what it had not fetched stays pending for --resume (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--config", description = "Properties file overriding the defaults of ingest, enrich and sink (see docs/configuration.md); NEWSFLOW_* environment variables override it, options override both.")
    Path configFile;

    @Option(names = "--http-port", defaultValue = "9400", description = "Port of GET /metrics and GET /health for the three services (0: off; default: ${DEFAULT-VALUE}).")
    int httpPort;

    /**
     * Checks every option before anything is touched on disk.
     *
     * @throws IllegalArgumentException naming the first bad option
     */
    public void validate() {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("--timeout must be a positive ISO-8601 duration, e.g. PT30M (got " + timeout + ")");
        }
        if (httpPort < 0 || httpPort > 65_535) {
            throw new IllegalArgumentException("--http-port must be between 0 and 65535 (got " + httpPort + ")");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("--partitions must be at least 1 (got " + partitions + ")");
        }
        if (perHostDelayMs != null && perHostDelayMs < 0) {
            throw new IllegalArgumentException("--per-host-delay-ms must not be negative (got " + perHostDelayMs + ")");
        }
        if (configFile != null && !Files.isRegularFile(configFile)) {
            throw new IllegalArgumentException("--config " + configFile.toAbsolutePath() + " is not a file");
        }
    }

    /**
     * Prepares the work folder after validating the options and the configuration: see {@link WorkFolder#prepare}
     * for what is refused (a non-empty folder newsflow did not create, the current directory, home, a repository).
     *
     * @param defaultDir the folder used when {@code --work-dir} is not given
     * @return the prepared work folder (emptied unless {@code --resume})
     * @throws IOException when it cannot be prepared
     */
    public Path prepareWorkDir(Path defaultDir) throws IOException {
        return prepareWorkDir(defaultDir, null);
    }

    /**
     * Checks everything a run depends on that can be checked without starting it, then prepares the work
     * folder: the options; the environment ({@link ServiceDefinitions#checkEnvironment}); the config file and
     * the environment as ingest, enrich and sink will load them ({@link PipelineStack#configs}); and the whole
     * sources file (JSON syntax, fields, URLs, values — {@link SourcesFileReader}). Only then is the folder
     * created or emptied, so a mistake in any of them leaves the previous run's database as it was (issue 11: a
     * malformed sources file used to wipe it first).
     *
     * @param defaultDir  the folder used when {@code --work-dir} is not given
     * @param sourcesFile the sources file the run will poll, or null when the run writes its own (demo)
     * @return the prepared work folder (emptied unless {@code --resume})
     * @throws IOException when the sources file is invalid ({@link SourcesValidationException}, naming the file)
     *                     or the folder cannot be prepared
     * @throws org.apache.kafka.common.config.ConfigException naming a bad or unknown key or variable
     */
    public Path prepareWorkDir(Path defaultDir, Path sourcesFile) throws IOException {
        validate();
        Path dir = (workDir != null ? workDir : defaultDir).toAbsolutePath().normalize();
        ServiceDefinitions.checkEnvironment(System.getenv());
        PipelineStack.configs(options(dir, sourcesFile != null ? sourcesFile : dir.resolve("sources.json"), false),
                bootstrapServers != null ? bootstrapServers : EMBEDDED_PLACEHOLDER, System.getenv());
        if (sourcesFile != null) {
            SourcesFileReader.read(sourcesFile);
        }
        return WorkFolder.prepare(dir, resume);
    }

    private PipelineStack.Options options(Path dir, Path sources, boolean allowLoopback) {
        Long delay = perHostDelayMs != null ? perHostDelayMs : allowLoopback ? Long.valueOf(DEMO_DELAY_MS) : null;
        return new PipelineStack.Options(dir, bootstrapServers, jdbcUrl, sources, allowLoopback, delay, partitions,
                configFile == null ? null : configFile.toAbsolutePath());
    }

    /**
     * Runs the stack: drain within {@code --timeout} (then follow the sources with {@code --follow} until
     * Ctrl-C), then print the summary — on Ctrl-C too: the shutdown hook waits for it.
     *
     * @param dir           the work folder
     * @param sources       the sources file
     * @param allowLoopback whether ingest may fetch from loopback
     * @param expectedPages pages the site offers, or -1 when unknown
     * @return the exit code: 0 drained (or stopped while following), 1 timed out or every source failed (each of
     *         its feeds and sitemaps failed on its last poll in this run)
     */
    public int execute(Path dir, Path sources, boolean allowLoopback, int expectedPages) throws Exception {
        long started = System.nanoTime();
        java.time.Instant startedAt = java.time.Instant.now();
        System.out.println("work folder: " + dir);
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch summarised = new CountDownLatch(1);
        AtomicReference<PipelineStack> running = new AtomicReference<>();
        Thread hook = new Thread(() -> {
            stop.countDown();
            PipelineStack s = running.get();
            if (s != null) {
                s.stopIngest(); // a drain in progress ends now, then the summary is printed
            }
            try {
                summarised.await(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsflow-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        OpsRegistry metrics = new OpsRegistry();
        try (PipelineStack stack = PipelineStack.start(options(dir, sources, allowLoopback),
                java.time.Clock.systemUTC(), metrics.registry());
             ServiceOps ops = stack.registerWith(new ServiceOps(metrics));
             ProgressReporter progress = new ProgressReporter(stack, System.out, 2)) {
            running.set(stack);
            System.out.println("kafka: " + stack.bootstrapServers() + (bootstrapServers == null ? " (embedded, KRaft)" : ""));
            String address = ops.serve(httpPort);
            if (address != null) {
                System.out.println("metrics: " + address + "/metrics · health: " + address + "/health");
            }
            String ending = drainOrFollow(stack, stop);
            boolean drained = !ending.startsWith("timed out");
            progress.close();
            progress.print();
            System.out.println();
            System.out.printf(Locale.ROOT, "%s in %.1f s%n", ending, (System.nanoTime() - started) / 1e9);
            if (!drained || ending.equals(STOPPED)) {
                System.out.printf(Locale.ROOT, "not finished: %d fetches pending; nothing is lost — they are not in the"
                        + " fetch state and their discovered-urls offsets are not committed: run again with --resume"
                        + " (and the same --work-dir) to take them up%n", stack.pendingFetches());
            }
            printSummary(stack);
            var polled = SourceReport.polledSince(stack.sourceStatuses(), startedAt);
            SourceReport.printFailing(polled, System.out);
            if (SourceReport.everySourceFailed(polled)) {
                System.out.println("every source failed: see the reasons above (and ./newsflow sources)");
                return 1;
            }
            return drained ? 0 : 1;
        } finally {
            metrics.close();
            summarised.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting (Ctrl-C): the hook is running and now lets it go on
            }
        }
    }

    private String drainOrFollow(PipelineStack stack, CountDownLatch stop) throws InterruptedException {
        boolean drained = stack.drain(timeout);
        if (stop.getCount() == 0) {
            return STOPPED;
        }
        if (!drained) {
            return "timed out after " + timeout;
        }
        if (!follow) {
            return "drained";
        }
        System.out.println("following the sources; Ctrl-C to stop");
        Thread poller = new Thread(stack::follow, "follow");
        poller.setDaemon(true);
        poller.start();
        stop.await();
        stack.stopIngest();
        return "stopped following";
    }

    private static void printSummary(PipelineStack stack) throws java.sql.SQLException {
        Map<String, Long> dead = stack.deadLettersByReason();
        System.out.printf(Locale.ROOT, "dead letters: %d (topic %s)%n", dead.values().stream().mapToLong(Long::longValue).sum(),
                stack.topics().deadLetter().name());
        dead.forEach((reason, n) -> System.out.printf(Locale.ROOT, "  %-48s %d%n", reason, n));
        Summary.print(stack.jdbcUrl(), stack.sinkConfig().jdbcUser(), stack.sinkConfig().jdbcPassword(),
                code -> newsflow.enrich.topic.MediaTopics.get().label(code).orElse(""), System.out);
        System.out.println("database: " + stack.jdbcUrl());
        System.out.println("try: ./newsflow query --jdbc-url '" + stack.jdbcUrl()
                + "' \"" + newsflow.sink.jdbc.SinkQueries.SAMPLE_QUERY + "\"");
    }
}
