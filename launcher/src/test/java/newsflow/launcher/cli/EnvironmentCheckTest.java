package newsflow.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import newsflow.common.config.EnvironmentVariables;
import newsflow.enrich.app.EnrichConfig;
import newsflow.ingest.app.IngestConfig;
import newsflow.launcher.stack.ServiceDefinitions;
import newsflow.sink.app.SinkConfig;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code NEWSFLOW_*} environment variables are checked like properties-file keys (issue 11: a misspelt
 * {@code NEWSFLOW_SINK_JDBC_URLL} was ignored and the sink wrote to a SQLite file in the working directory).
 */
class EnvironmentCheckTest {
    private static final Map<String, String> SOURCES = Map.of("NEWSFLOW_INGEST_SOURCES_FILE", "s.json");

    private static void load(String service, Map<String, String> env) {
        switch (service) {
            case "ingest" -> IngestConfig.load(null, merged(env, SOURCES), Map.of());
            case "enrich" -> EnrichConfig.load(null, env, Map.of());
            case "sink" -> SinkConfig.load(null, env, Map.of());
            default -> throw new IllegalArgumentException(service);
        }
    }

    private static Map<String, String> merged(Map<String, String> a, Map<String, String> b) {
        var m = new java.util.HashMap<>(a);
        b.forEach(m::putIfAbsent);
        return m;
    }

    /** Each service rejects a misspelt variable of its own namespaces, naming it and the variable meant. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "sink,   NEWSFLOW_SINK_JDBC_URLL,            NEWSFLOW_SINK_JDBC_URL",
            "sink,   NEWSFLOW_SINK_BATCH_MAX_RECORD,     NEWSFLOW_SINK_BATCH_MAX_RECORDS",
            "ingest, NEWSFLOW_INGEST_PER_HOST_DELAY,     NEWSFLOW_INGEST_PER_HOST_DELAY_MS",
            "ingest, NEWSFLOW_INGEST_SOURCE_FILE,        NEWSFLOW_INGEST_SOURCES_FILE",
            "enrich, NEWSFLOW_ENRICH_LANGUAGE,           NEWSFLOW_ENRICH_LANGUAGES",
            "enrich, NEWSFLOW_ENRICH_STATE_DIRECTORY,    ",
            "sink,   NEWSFLOW_KAFKA_BOOTSTRAP_SERVER,    NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS",
            "ingest, NEWSFLOW_TOPICS_PREFIXES,           NEWSFLOW_TOPICS_PREFIX",
            "enrich, newsflow_enrich_languages,          NEWSFLOW_ENRICH_LANGUAGES"})
    void aServiceRejectsAMisspeltVariableOfItsNamespace(String service, String variable, String meant) {
        assertThatThrownBy(() -> load(service, Map.of(variable, "x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("unknown environment variable " + variable)
                .satisfies(e -> {
                    if (meant != null) {
                        assertThat(e).hasMessageContaining("(did you mean " + meant + "?)");
                    } else {
                        assertThat(e).hasMessageNotContaining("did you mean");
                    }
                });
    }

    /** One environment runs all three services (demo, compose): another service's variables are its business. */
    @ParameterizedTest
    @CsvSource({"ingest", "enrich", "sink"})
    void aServiceAcceptsTheOtherServicesVariablesAndTheNonConfigurationOnes(String service) {
        Map<String, String> env = Map.of(
                "NEWSFLOW_SINK_JDBC_URL", "jdbc:postgresql://db/newsflow",
                "NEWSFLOW_ENRICH_LANGUAGES", "en,fr",
                "NEWSFLOW_INGEST_PER_HOST_DELAY_MS", "500",
                "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                "NEWSFLOW_KAFKA_LOG_LEVEL", "DEBUG",
                "NEWSFLOW_JAVA_OPTS", "-Xmx1g",
                "NEWSFLOW_DEBUG", "1",
                "NEWSFLOW_LOG_LEVEL", "WARN",
                "PATH", "/usr/bin");
        assertThatCode(() -> load(service, env)).doesNotThrowAnyException();
        assertThatCode(() -> ServiceDefinitions.checkEnvironment(env)).doesNotThrowAnyException();
    }

    @Test
    void theValueOfAVariableStillReachesItsKey() {
        SinkConfig sink = SinkConfig.load(null, Map.of("NEWSFLOW_SINK_JDBC_URL", "jdbc:postgresql://db/newsflow",
                "NEWSFLOW_ENRICH_LANGUAGES", "en"), Map.of());
        assertThat(sink.jdbcUrl()).isEqualTo("jdbc:postgresql://db/newsflow");
    }

    /**
     * The launcher knows every service's keys: a variable that is no service's key fails in every service, in
     * another service's namespace or in none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "NEWSFLOW_SINK_JDBC_URLL,          NEWSFLOW_SINK_JDBC_URL",
            "NEWSFLOW_INGST_PER_HOST_DELAY_MS, NEWSFLOW_INGEST_PER_HOST_DELAY_MS",
            "NEWSFLOW_ENRICH_LANGUAGES_,       NEWSFLOW_ENRICH_LANGUAGES",
            "NEWSFLOW_FOO,                     ",
            "NEWSFLOW_JAVA_OPT,                NEWSFLOW_JAVA_OPTS",
            "NEWSFLOW_DEBUG_,                  NEWSFLOW_DEBUG",
            "NEWSFLOW_,                        ",
            "Newsflow_Sink_Jdbc_Url,           NEWSFLOW_SINK_JDBC_URL"})
    void theLauncherRejectsAVariableThatIsNoServicesKey(String variable, String meant) {
        assertThatThrownBy(() -> ServiceDefinitions.checkEnvironment(Map.of(variable, "x", "HOME", "/root")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("unknown environment variable " + variable + (meant == null ? ":"
                        : " (did you mean " + meant + "?)"));
    }

    @Test
    void everyKeyOfEveryServiceAndEveryListedVariableIsAccepted() {
        Map<String, String> env = new java.util.HashMap<>();
        EnvironmentVariables.envNames(ServiceDefinitions.all().values()).keySet().forEach(v -> env.put(v, "x"));
        EnvironmentVariables.NOT_CONFIGURATION.keySet().forEach(v -> env.put(v, "x"));
        assertThat(env).containsKeys("NEWSFLOW_SINK_JDBC_URL", "NEWSFLOW_INGEST_SOURCES_FILE", "NEWSFLOW_ENRICH_LANGUAGES",
                "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "NEWSFLOW_JAVA_OPTS", "NEWSFLOW_KAFKA_LOG_LEVEL");
        assertThatCode(() -> ServiceDefinitions.checkEnvironment(env)).doesNotThrowAnyException();
    }
}
