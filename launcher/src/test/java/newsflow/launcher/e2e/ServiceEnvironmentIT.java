package newsflow.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
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
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-D" + newsflow.common.topic.TopicBootstrap.TIMEOUT_PROPERTY + "=5000",
                "-cp", System.getProperty("java.class.path"), NewsflowCli.class.getName(),
                service, "--bootstrap-servers", kafka.bootstrapServers(), "--topics-prefix", "env-it."));
        if (service.equals("ingest")) {
            command.addAll(List.of("--sources", sources.toString(), "--once"));
        }
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
        System.out.println(service + " with " + variable + ": " + out.strip());
        assertThat(exited).as("%s stopped by itself; output:%n%s", service, out).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(1);
        assertThat(out).contains("newsflow " + service + ": unknown environment variable " + variable
                + (hint.startsWith(":") ? hint : " " + hint));
        try (Stream<Path> files = Files.list(cwd)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("nothing written to the working directory " + File.separator)
                    .containsExactlyInAnyOrder("sources.json", "out.log");
        }
    }
}
