package newsflow.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import newsflow.common.topic.KafkaUnreachableException;
import newsflow.common.topic.TopicBootstrap;
import newsflow.enrich.app.EnrichConfig;
import newsflow.launcher.stack.EnrichConfigs;
import newsflow.sink.app.SinkConfig;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Start-up checks of configuration and options: one message naming the key or option. */
class ConfigCheckTest {
    @TempDir
    Path tmp;

    private Path file(String content) throws Exception {
        Path f = tmp.resolve("c.properties");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void anUnknownKeyInTheServicesNamespaceFailsNamingIt() throws Exception {
        Path f = file("enrich.bogus.key=1\n");
        assertThatThrownBy(() -> EnrichConfig.load(f, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("enrich.bogus.key");
    }

    @Test
    void aMisspeltKeySuggestsTheKnownOne() throws Exception {
        Path f = file("enrich.langauges=en\n");
        assertThatThrownBy(() -> EnrichConfig.load(f, Map.of(), Map.of()))
                .hasMessageContaining("enrich.langauges").hasMessageContaining("did you mean enrich.languages?");
        Path k = file("kafka.bootstrap.server=x:9092\n");
        assertThatThrownBy(() -> SinkConfig.load(k, Map.of(), Map.of()))
                .hasMessageContaining("did you mean kafka.bootstrap.servers?");
    }

    @Test
    void anotherServicesKeysInTheSameFileStayAllowed() throws Exception {
        Path f = file("sink.jdbc.url=jdbc:sqlite:x.db\nenrich.languages=en,ar\ningest.sources.file=s.json\n");
        assertThat(EnrichConfig.load(f, Map.of(), Map.of()).languages()).containsExactly("en", "ar");
        assertThat(SinkConfig.load(f, Map.of(), Map.of()).getString(SinkConfig.JDBC_URL)).isEqualTo("jdbc:sqlite:x.db");
    }

    @Test
    void anUnsupportedLanguageNamesTheKey() throws Exception {
        Path f = file("enrich.languages=en,xx\n");
        assertThatThrownBy(() -> EnrichConfigs.load(f, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("enrich.languages").hasMessageContaining("xx");
    }

    @Test
    void enumOptionsAcceptAnyCase() {
        CommandLine cli = NewsflowCli.commandLine();
        CommandLine.ParseResult r = cli.parseArgs("detect-language", "--input", "x.txt", "--mode", "low");
        Object mode = r.subcommand().matchedOptionValue("--mode", null);
        assertThat(String.valueOf(mode)).isEqualTo("LOW");
    }

    @Test
    void anUnreachableBrokerFailsWithinTheBoundNamingTheAddressAndCause() {
        String old = System.getProperty(TopicBootstrap.TIMEOUT_PROPERTY);
        System.setProperty(TopicBootstrap.TIMEOUT_PROPERTY, "1000");
        try {
            assertThatThrownBy(() -> TopicBootstrap.ensure("127.0.0.1:1", Map.of("t", Map.of()), Optional.empty()))
                    .isInstanceOf(KafkaUnreachableException.class)
                    .hasMessageStartingWith("cannot reach Kafka at 127.0.0.1:1")
                    .hasMessageContaining("TimeoutException");
        } finally {
            if (old == null) {
                System.clearProperty(TopicBootstrap.TIMEOUT_PROPERTY);
            } else {
                System.setProperty(TopicBootstrap.TIMEOUT_PROPERTY, old);
            }
        }
    }
}
