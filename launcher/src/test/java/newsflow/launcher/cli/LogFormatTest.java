package newsflow.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --log-format}: read before log4j starts, accepted by every command, a bad value refused. */
class LogFormatTest {

    @Test
    void jsonIsChosenByTheOptionInEitherSpellingOrByTheEnvironment() {
        assertThat(NewsflowCli.jsonLogs(new String[] {"sink", "--log-format", "json"}, null)).isTrue();
        assertThat(NewsflowCli.jsonLogs(new String[] {"ingest", "--log-format=JSON"}, null)).isTrue();
        assertThat(NewsflowCli.jsonLogs(new String[] {"enrich"}, "json")).isTrue();
    }

    @Test
    void textStaysTheDefaultAndTheOptionWinsOverTheEnvironment() {
        assertThat(NewsflowCli.jsonLogs(new String[] {"demo"}, null)).isFalse();
        assertThat(NewsflowCli.jsonLogs(new String[] {"demo", "--log-format", "text"}, "json")).isFalse();
        assertThat(NewsflowCli.jsonLogs(new String[] {"demo", "--log-format"}, null)).isFalse();
    }

    @Test
    void everyCommandAcceptsTheOptionAndABadValueIsNamed() {
        for (String command : new String[] {"ingest", "enrich", "sink", "demo", "config-docs"}) {
            CommandLine cli = NewsflowCli.commandLine();
            CommandLine.ParseResult parsed = cli.parseArgs(command, "--log-format", "json");
            Object value = parsed.matchedOptionValue("--log-format", null);
            if (value == null) {
                value = parsed.subcommand().matchedOptionValue("--log-format", null);
            }
            assertThat((Object) value).as(command).isEqualTo(NewsflowCli.LogFormat.JSON);
        }
        StringWriter err = new StringWriter();
        CommandLine cli = NewsflowCli.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("sink", "--log-format", "xml")).isNotZero();
        assertThat(err.toString()).contains("--log-format").contains("xml");
    }

    @Test
    void theJsonConfigurationWritesOneJsonObjectPerEvent() throws Exception {
        java.net.URI config = LogFormatTest.class.getClassLoader().getResource(NewsflowCli.JSON_LOG_CONFIG).toURI();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try (org.apache.logging.log4j.core.LoggerContext ctx =
                     new org.apache.logging.log4j.core.LoggerContext("json-test", null, config)) {
            ctx.start();
            ctx.getLogger("newsflow.test").info("sink progress: stored {}", 3);
        } finally {
            System.setErr(original);
        }
        String line = err.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
        assertThat(line).doesNotContain("ERROR Error parsing");
        var json = newsflow.common.serde.Json.mapper().readTree(line);
        assertThat(json.get("message").asText()).isEqualTo("sink progress: stored 3");
        assertThat(json.get("log.level").asText()).isEqualTo("INFO");
        assertThat(json.has("@timestamp")).isTrue();
    }
}
