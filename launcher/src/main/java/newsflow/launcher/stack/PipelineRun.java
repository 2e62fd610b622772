package newsflow.launcher.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * Options and the run loop shared by {@code demo} and {@code run}: start the stack, print progress, drain (or
 * follow), print the summary.
 */
public final class PipelineRun {
    @Option(names = "--work-dir", description = "Folder for the broker data, stream state and SQLite file (default: ./newsflow-demo or ./newsflow-run).")
    Path workDir;

    @Option(names = "--resume", description = "Keep the work folder's previous state (default: start fresh).")
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

    @Option(names = "--timeout", defaultValue = "PT30M", description = "Longest a drain may take, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    /**
     * @param defaultDir the folder used when {@code --work-dir} is not given
     * @return the prepared work folder (emptied unless {@code --resume})
     * @throws IOException when it cannot be prepared
     */
    public Path prepareWorkDir(Path defaultDir) throws IOException {
        Path dir = (workDir != null ? workDir : defaultDir).toAbsolutePath();
        if (!resume && Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        return dir;
    }

    /**
     * @param dir           the work folder
     * @param sources       the sources file
     * @param allowLoopback whether ingest may fetch from loopback
     * @param expectedPages pages the site offers, or -1 when unknown
     * @return the exit code: 0 drained (or stopped while following), 1 timed out
     */
    public int execute(Path dir, Path sources, boolean allowLoopback, int expectedPages) throws Exception {
        long started = System.nanoTime();
        Long delay = perHostDelayMs != null ? perHostDelayMs : allowLoopback ? Long.valueOf(20) : null;
        System.out.println("work folder: " + dir);
        try (PipelineStack stack = PipelineStack.start(new PipelineStack.Options(dir, bootstrapServers, jdbcUrl,
                sources, allowLoopback, delay, partitions));
             ProgressReporter progress = new ProgressReporter(stack, System.out, 2)) {
            System.out.println("kafka: " + stack.bootstrapServers() + (bootstrapServers == null ? " (embedded, KRaft)" : ""));
            boolean drained = stack.drain(timeout);
            progress.print();
            if (follow) {
                System.out.println("following the sources; Ctrl-C to stop");
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                Thread poller = new Thread(stack::follow, "follow");
                poller.setDaemon(true);
                poller.start();
                stop.await();
            }
            double secs = (System.nanoTime() - started) / 1e9;
            System.out.println();
            System.out.printf(Locale.ROOT, "%s in %.1f s%n", drained ? "drained" : "timed out after " + timeout, secs);
            Summary.print(stack.jdbcUrl(), stack.sinkConfig().jdbcUser(), stack.sinkConfig().jdbcPassword(),
                    code -> newsflow.enrich.topic.MediaTopics.get().label(code).orElse(""), System.out);
            System.out.println("database: " + stack.jdbcUrl());
            System.out.println("try: ./newsflow query --jdbc-url '" + stack.jdbcUrl()
                    + "' \"" + newsflow.sink.jdbc.SinkQueries.SAMPLE_QUERY + "\"");
            return drained ? 0 : 1;
        }
    }
}
