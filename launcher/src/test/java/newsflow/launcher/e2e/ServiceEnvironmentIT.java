package newsflow.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsflow.embedded.kafka.EmbeddedKafka;
import newsflow.launcher.cli.NewsflowCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The services as an operator starts them: {@code newsflow ingest|enrich|sink} in a process of their own with a
 * real broker reachable and one unknown {@code NEWSFLOW_} variable in the environment. Each must stop at once
 * with a message naming the variable (issue 11: with {@code NEWSFLOW_SINK_JDBC_URLL} the sink ran and wrote to a
 * SQLite file in its working directory) and leave nothing behind in its working directory.
 */
class ServiceEnvironmentIT {
    /** Only a bound on a hung process, not a speed requirement. */
    private static final long GIVE_UP_SECONDS = 180;
    private static EmbeddedKafka kafka;
    @TempDir
    static Path shared;

    @BeforeAll
    static void broker() throws Exception {
        kafka = EmbeddedKafka.start(shared.resolve("kafka"));
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    /**
     * {@code run} and {@code demo} as an operator starts them, with the misspelt database variable of issue 11:
     * they stop before their work folder is touched, so the previous run's database stays as it was.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"run", "demo"})
    void runAndDemoStopOnAnUnknownVariableBeforeTheWorkFolderIsTouched(String command, @TempDir Path cwd)
            throws Exception {
        Path work = Files.createDirectories(cwd.resolve("work"));
        Files.writeString(work.resolve(newsflow.launcher.stack.WorkFolder.MARKER), "created by newsflow\n",
                StandardCharsets.UTF_8);
        byte[] db = "SQLite format 3\u0000 the previous run".getBytes(StandardCharsets.UTF_8);
        Files.write(work.resolve("newsflow.db"), db);
        Path sources = Files.writeString(cwd.resolve("sources.json"),
                "{\"sources\":[{\"name\":\"a\",\"feeds\":[\"https://a.example/rss\"]}]}", StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of(command, "--work-dir", work.toString()));
        if (command.equals("run")) {
            args.addAll(List.of("--feeds", sources.toString()));
        }
        String out = runCli(cwd, args, "NEWSFLOW_SINK_JDBC_URLL", "jdbc:postgresql://db.example/newsflow");
        assertThat(out).contains("newsflow " + command + ": unknown environment variable NEWSFLOW_SINK_JDBC_URLL"
                + " (did you mean NEWSFLOW_SINK_JDBC_URL?)");
        assertThat(work.resolve("newsflow.db")).hasBinaryContent(db);
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(newsflow.launcher.stack.WorkFolder.MARKER, "newsflow.db");
        }
    }

    /** Runs {@code newsflow ARGS} in {@code cwd} with one variable set; expects exit code 1; returns the output. */
    private static String runCli(Path cwd, List<String> args, String variable, String value) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-D" + newsflow.common.topic.TopicBootstrap.TIMEOUT_PROPERTY + "=5000",
                "-cp", System.getProperty("java.class.path"), NewsflowCli.class.getName()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectErrorStream(true).redirectOutput(cwd.resolve("out.log").toFile());
        pb.environment().keySet().removeIf(k -> k.toUpperCase(java.util.Locale.ROOT).startsWith("NEWSFLOW_"));
        pb.environment().put(variable, value);
        pb.environment().put("NEWSFLOW_ENRICH_STATE_DIR", cwd.resolve("streams").toString());
        Process p = pb.start();
        boolean exited = p.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS);
        if (!exited) {
            p.destroyForcibly().waitFor();
        }
        String out = Files.readString(cwd.resolve("out.log"), StandardCharsets.UTF_8);
        System.out.println(String.join(" ", args) + " with " + variable + ": " + out.strip());
        assertThat(exited).as("stopped by itself; output:%n%s", out).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(1);
        return out;
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
            "sink,   NEWSFLOW_SINK_JDBC_URLL,        jdbc:postgresql://db.example/newsflow, (did you mean NEWSFLOW_SINK_JDBC_URL?)",
            "ingest, NEWSFLOW_INGEST_SOURCE_FILE,    sources.json,                          (did you mean NEWSFLOW_INGEST_SOURCES_FILE?)",
            "enrich, NEWSFLOW_ENRICH_LANGAUGES,      en,                                    (did you mean NEWSFLOW_ENRICH_LANGUAGES?)",
            "sink,   NEWSFLOW_INGEST_PER_HOST_DELAY, 100,                                   (did you mean NEWSFLOW_INGEST_PER_HOST_DELAY_MS?)",
            "enrich, NEWSFLOW_COLOUR,                blue,                                  ': it is neither'"})
    void aServiceStopsOnAnUnknownVariableAndWritesNothing(String service, String variable, String value,
                                                         String hint, @TempDir Path cwd) throws Exception {
        Path sources = Files.writeString(cwd.resolve("sources.json"),
                "{\"sources\":[{\"name\":\"a\",\"feeds\":[\"http://127.0.0.1:1/rss\"]}]}", StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of(service, "--bootstrap-servers", kafka.bootstrapServers(),
                "--topics-prefix", "env-it."));
        if (service.equals("ingest")) {
            args.addAll(List.of("--sources", sources.toString(), "--once"));
        }
        String out = runCli(cwd, args, variable, value);
        assertThat(out).contains("newsflow " + service + ": unknown environment variable " + variable
                + (hint.startsWith(":") ? hint : " " + hint));
        try (Stream<Path> files = Files.list(cwd)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("nothing written to the working directory")
                    .containsExactlyInAnyOrder("sources.json", "out.log");
        }
    }
}
