package newsflow.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsflow.launcher.stack.WorkFolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} and {@code demo} check the sources file and the configuration before they touch the work folder (issue 11: a
 * malformed sources file wiped the previous run's database): a work folder holding a database, a run with one
 * mistake, and the database must be there, byte for byte, with a one-line error naming the mistake.
 */
class RunValidationTest {
    private static final String GOOD_SOURCE = "{\"name\":\"a\",\"feeds\":[\"https://a.example/rss\"]}";
    private static final byte[] DATABASE = "SQLite format 3\u0000 six editions of the previous run".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "JSON syntax|{\"sources\": [" + GOOD_SOURCE + "|not valid JSON at line 1, column 60: Unexpected end-of-input: expected close marker for Array (start marker at line 1, column 13)||",
            "unknown field|{\"sources\": [{\"name\":\"a\",\"feeds\":[\"https://a.example/rss\"],\"poll_intervall\":\"PT1M\"}]}"
                    + "|unknown field \"poll_intervall\" (did you mean \"poll_interval\"?)||",
            "invalid URL|{\"sources\": [{\"name\":\"a\",\"feeds\":[\"a.example/rss\"]}]}|invalid http(s) URL||",
            "invalid value|{\"sources\": [{\"name\":\"a\",\"feeds\":[\"https://a.example/rss\"],\"time_zone\":\"Mars/Base\"}]}"
                    + "|not an IANA zone id||",
            "unknown config key|{\"sources\": [" + GOOD_SOURCE + "]}|did you mean sink.jdbc.url?|sink.jdbc.urll=jdbc:sqlite:x.db",
            "bad config value|{\"sources\": [" + GOOD_SOURCE + "]}|ingest.per.host.delay.ms|ingest.per.host.delay.ms=soon"})
    void aMistakeStopsTheRunBeforeTheWorkFolderIsTouched(String kind, String sources, String error, String config)
            throws Exception {
        Path work = previousRun();
        Path feeds = Files.writeString(tmp.resolve("sources.json"), sources, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("run", "--feeds", feeds.toString(), "--work-dir", work.toString()));
        if (config != null) {
            args.add("--config");
            args.add(Files.writeString(tmp.resolve("newsflow.properties"), config + "\n", StandardCharsets.UTF_8).toString());
        }

        String message = failure(kind, args);
        assertThat(message).as(kind).startsWith("newsflow run: ").contains(error);
        if (config == null) {
            assertThat(message).as("names the file").contains(feeds.toString());
        }
        assertUntouched(work);
    }

    /** demo writes its own sources file, but checks the configuration before the work folder all the same. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "unknown config key|enrich.langauges=en|did you mean enrich.languages?",
            "bad config value|sink.batch.max.records=0|sink.batch.max.records",
            "unsupported language|enrich.languages=en,xx|enrich.languages"})
    void aConfigurationMistakeStopsTheDemoBeforeTheWorkFolderIsTouched(String kind, String config, String error)
            throws Exception {
        Path work = previousRun();
        Path file = Files.writeString(tmp.resolve("demo.properties"), config + "\n", StandardCharsets.UTF_8);
        String message = failure(kind, List.of("demo", "--work-dir", work.toString(), "--config", file.toString()));
        assertThat(message).as(kind).startsWith("newsflow demo: ").contains(error);
        assertUntouched(work);
    }

    /** @return a work folder newsflow created, holding the previous run's database */
    private Path previousRun() throws Exception {
        Path work = tmp.resolve("work");
        Files.createDirectories(work);
        Files.writeString(work.resolve(WorkFolder.MARKER), "created by newsflow\n", StandardCharsets.UTF_8);
        Files.write(work.resolve("newsflow.db"), DATABASE);
        return work;
    }

    /** Runs the command line, expects exit code 1, and returns what it printed on standard error. */
    private static String failure(String kind, List<String> args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int exit;
        try (PrintStream capture = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            exit = NewsflowCli.commandLine().execute(args.toArray(String[]::new));
        } finally {
            System.setErr(original);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        original.println(kind + ": " + message);
        assertThat(exit).as(kind).isEqualTo(1);
        return message;
    }

    private static void assertUntouched(Path work) throws Exception {
        assertThat(work.resolve("newsflow.db")).as("the previous database").hasBinaryContent(DATABASE);
        try (var files = Files.list(work)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("nothing created in the work folder")
                    .containsExactlyInAnyOrder(WorkFolder.MARKER, "newsflow.db");
        }
    }
}
