package newsflow.launcher.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.launcher.cli.NewsflowCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docker-compose.yml runs as written: it parses, every {@code NEWSFLOW_*} variable is a key of the service it is
 * set on, every command is a {@code newsflow} subcommand with existing options, healthchecks and ports agree with
 * the services' ports, images are pinned, and the broker, volumes and the sources file are set up for operation.
 * No Docker engine runs here; each check also gets files with the mistake it exists to catch.
 */
class ComposeFileTest {
    private static final ComposeFile COMPOSE = ComposeFile.parse(RepositoryFiles.read("docker-compose.yml"));
    private static final String STATE_DIR = "NEWSFLOW_ENRICH_STATE_DIR";

    /** @return a compose file of the given services (YAML indented as under {@code services:}) */
    private static ComposeFile compose(String services) {
        return ComposeFile.parse("services:\n" + services.stripIndent().indent(2)
                + "volumes:\n  state-a:\n  state-b:\n");
    }

    private static String service(String name, String body) {
        return name + ":\n" + ("build: .\nimage: newsflow:0.1.0\nrestart: unless-stopped\n" + body).indent(2);
    }

    @Test
    void theComposeFileParsesWithEveryServiceOfTheStack() {
        assertThat(COMPOSE.services().keySet()).containsExactlyInAnyOrder("kafka", "postgres", "ingest", "enrich",
                "enrich-2", "sink", "prometheus", "grafana", "kafka-ui");
        assertThat(ComposeChecks.newsflowServices(COMPOSE)).extracting(ComposeFile.Service::name)
                .containsExactly("ingest", "enrich", "enrich-2", "sink");
    }

    @Test
    void everyNewsflowVariableIsAConfigurationKeyOfItsService() {
        assertThat(ComposeChecks.unknownVariables(COMPOSE, ServiceDefinitions.configDefs())).isEmpty();
        assertThat(COMPOSE.services().get("sink").environment()).containsKey("NEWSFLOW_SINK_JDBC_URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a misspelt key
            "ingest|command: [ingest]\nenvironment: {NEWSFLOW_KAFKA_BOOTSTRAP_SERVER: kafka:9092}|NEWSFLOW_KAFKA_BOOTSTRAP_SERVER",
            // another service's key: enrich reads no sink.* key
            "enrich|command: [enrich]\nenvironment: {NEWSFLOW_SINK_JDBC_URL: jdbc:x}|NEWSFLOW_SINK_JDBC_URL",
            // the list form of environment
            "enrich|command: [enrich]\nenvironment: [NEWSFLOW_ENRICH_LANGAUGES=en]|NEWSFLOW_ENRICH_LANGAUGES",
            // a command that reads no configuration
            "cfg|command: [config-docs]\nenvironment: {NEWSFLOW_SINK_JDBC_URL: jdbc:x}|NEWSFLOW_SINK_JDBC_URL",
    })
    void aVariableTheServiceDoesNotReadIsReported(String variant) {
        String[] v = variant.split("\\|");
        ComposeFile bad = compose(service(v[0], v[1]));
        assertThat(ComposeChecks.unknownVariables(bad, ServiceDefinitions.configDefs()))
                .singleElement().asString().contains(v[2]).contains("service " + v[0]);
    }

    @Test
    void launcherVariablesAndOtherImagesVariablesAreNotConfigurationKeys() {
        ComposeFile ok = compose(service("sink", "command: [sink]\nenvironment: {NEWSFLOW_DEBUG: '1', JAVA_TOOL_OPTIONS: -Xmx1g}")
                + "other:\n  image: other:1.0\n  environment: {NEWSFLOW_WHATEVER: x}\n");
        assertThat(ComposeChecks.unknownVariables(ok, ServiceDefinitions.configDefs())).isEmpty();
    }

    @Test
    void everyCommandIsANewsflowSubcommandWithItsOptions() {
        assertThat(ComposeChecks.unknownCommands(COMPOSE, NewsflowCli::commandLine)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "command: [enrichment]",                      // no such subcommand
            "command: [sink, --jdbc-uri, jdbc:x]",        // no such option
            "command: [ingest, --sources]",               // an option without its value
            "command: ingest --partitions six",           // string form, a value of the wrong type
            "environment: {A: b}",                        // no command: the image's CMD prints --help and exits
    })
    void aCommandThatDoesNotParseIsReported(String body) {
        assertThat(ComposeChecks.unknownCommands(compose(service("svc", body)), NewsflowCli::commandLine))
                .singleElement().asString().startsWith("service svc");
    }

    @Test
    void healthchecksAndPublishedPortsAreTheDocumentedPorts() {
        assertThat(ComposeChecks.healthAndPorts(COMPOSE, ServiceDefinitions.DOCUMENTED_PORTS)).isEmpty();
        assertThat(ComposeChecks.healthcheckPort(COMPOSE.services().get("enrich-2"))).isEqualTo(9402);
    }

    /**
     * Runs once {@code ingest.http.port}, {@code enrich.http.port} and {@code sink.http.port} exist (branch metrics):
     * the compose file then agrees with the ConfigDefs themselves, and they with issue #10's ports.
     */
    @Test
    void healthchecksAndPublishedPortsAreTheConfiguredDefaults() {
        Optional<Map<String, Integer>> configured = ServiceDefinitions.configuredPorts();
        assumeThat(configured).as("the <service>.http.port keys (branch metrics) are not merged yet").isPresent();
        assertThat(configured.get()).isEqualTo(ServiceDefinitions.DOCUMENTED_PORTS);
        assertThat(ComposeChecks.healthAndPorts(COMPOSE, configured.get())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "command: [sink]\nhealthcheck: {test: [CMD, curl, -f, 'http://localhost:9402/health']}",   // another port
            "command: [sink]\nhealthcheck: {test: [CMD, curl, -f, 'http://localhost:9403/metrics']}",  // not /health
            "command: [sink]\nhealthcheck: {test: [CMD-SHELL, 'exit 0']}",                             // checks nothing
            "command: [sink]",                                                                          // no healthcheck
            "command: [sink]\nhealthcheck: {test: 'curl -f http://localhost:9403/health'}\nports: ['9400:9400']",
            "command: [config-docs]",                                                                   // serves no port
    })
    void aHealthcheckOrPortThatMissesTheServicesPortIsReported(String body) {
        assertThat(ComposeChecks.healthAndPorts(compose(service("svc", body)), ServiceDefinitions.DOCUMENTED_PORTS))
                .singleElement().asString().startsWith("service svc");
    }

    @Test
    void everyDependencyIsAServiceAndHealthyOnesHaveAHealthcheck() {
        assertThat(ComposeChecks.dependencies(COMPOSE)).isEmpty();
        assertThat(COMPOSE.services().get("sink").body().get("depends_on").toString()).contains("postgres");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a: {image: x:1.0, depends_on: [kafak]}",                                          // a misspelt service
            "a: {image: x:1.0, depends_on: {b: {condition: service_healthy}}}\nb: {image: y:1.0}", // b has no check
            "a: {image: x:1.0, depends_on: {c: {condition: service_started}}}",                 // c not defined
    })
    void aDependencyOnAMissingOrUncheckedServiceIsReported(String services) {
        assertThat(ComposeChecks.dependencies(compose(services))).hasSize(1);
    }

    @Test
    void everyServiceRestartsUnlessStoppedOnAPinnedImage() {
        assertThat(ComposeChecks.pinnedAndRestarting(COMPOSE)).isEmpty();
    }

    @Test
    void theBrokerIsTheKafkaVersionOfTheBuildAndKafkaUiTheMaintainedImage() {
        assertThat(COMPOSE.services().get("kafka").image())
                .isEqualTo("apache/kafka:" + RepositoryFiles.pomProperty("kafka.version"));
        assertThat(COMPOSE.services().get("kafka-ui").image()).startsWith("kafbat/kafka-ui:");
    }

    /** The same for every other {@code apache/kafka} image the repository names (the Testcontainers suite). */
    @Test
    void everyBrokerImageOfTheRepositoryIsTheKafkaVersionOfTheBuild() {
        Pattern reference = Pattern.compile("apache/kafka:([0-9][^\"'\\s]*)");
        Path self = RepositoryFiles.root().resolve("launcher/src/test/java/newsflow/launcher/deploy");
        List<String> found = new ArrayList<>();
        for (Path f : RepositoryFiles.sourceFiles()) {
            if (f.startsWith(self) || !f.getFileName().toString().matches(".*\\.(java|ya?ml|md)|Dockerfile.*")) {
                continue;
            }
            Matcher m = reference.matcher(RepositoryFiles.read(RepositoryFiles.root().relativize(f).toString()));
            while (m.find()) {
                found.add(RepositoryFiles.root().relativize(f) + " " + m.group(1));
            }
        }
        String version = RepositoryFiles.pomProperty("kafka.version");
        assertThat(found).contains("docker-compose.yml " + version).allMatch(r -> r.endsWith(" " + version));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "image: apache/kafka:latest\nrestart: unless-stopped",
            "image: postgres\nrestart: unless-stopped",
            "image: kafbat/kafka-ui:main\nrestart: unless-stopped",
            "image: localhost:5000/newsflow\nrestart: unless-stopped",
            "image: postgres:16.11\nrestart: always",
            "image: postgres:16.11\nrestart: unless-stopped\nports: [54:54]",  // YAML 1.1 base 60: the number 3294
    })
    void anUnpinnedImageAMissingRestartPolicyOrAnUnquotedPortIsReported(String body) {
        ComposeFile bad = ComposeFile.parse("services:\n  svc:\n" + body.indent(4));
        assertThat(ComposeChecks.pinnedAndRestarting(bad)).singleElement().asString().startsWith("service svc");
    }

    @Test
    void hostToolsReachTheBrokerOnLocalhost9094() {
        ComposeFile.Service kafka = COMPOSE.services().get("kafka");
        Map<String, String> env = kafka.environment();
        assertThat(env.get("KAFKA_LISTENERS")).contains("EXTERNAL://:9094").contains("PLAINTEXT://:9092");
        assertThat(env.get("KAFKA_ADVERTISED_LISTENERS")).contains("EXTERNAL://localhost:9094")
                .contains("PLAINTEXT://kafka:9092").doesNotContain("CONTROLLER");
        assertThat(env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).contains("EXTERNAL:PLAINTEXT");
        // the fixed KRaft cluster id (so the data volume is reused) must be one Kafka accepts
        assertThat(org.apache.kafka.common.Uuid.fromString(env.get("CLUSTER_ID")).toString())
                .isEqualTo(env.get("CLUSTER_ID"));
        assertThat(kafka.ports()).containsExactly(new ComposeFile.Port(9094, 9094));
        // the containers use the internal listener
        ComposeChecks.newsflowServices(COMPOSE).forEach(s ->
                assertThat(s.environment().get("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS")).as(s.name()).isEqualTo("kafka:9092"));
        assertThat(COMPOSE.services().get("kafka-ui").environment().get("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS"))
                .isEqualTo("kafka:9092");
    }

    @Test
    void kafkaPostgresAndEachStreamsInstancesStateLiveOnVolumes() {
        assertThat(ComposeChecks.volumes(COMPOSE, STATE_DIR)).isEmpty();
        ComposeFile.Service kafka = COMPOSE.services().get("kafka");
        assertThat(kafka.volumes()).extracting(ComposeFile.Mount::target)
                .contains(kafka.environment().get("KAFKA_LOG_DIRS"));
        assertThat(COMPOSE.services().get("postgres").volumes()).extracting(ComposeFile.Mount::target)
                .contains("/var/lib/postgresql/data");
        for (String enrich : List.of("enrich", "enrich-2")) {
            assertThat(COMPOSE.services().get(enrich).environment()).containsKey(STATE_DIR);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // two instances on one state volume
            "a: {command: [enrich], environment: {NEWSFLOW_ENRICH_STATE_DIR: /s}, volumes: ['state-a:/s']}\n"
                    + "b: {command: [enrich], environment: {NEWSFLOW_ENRICH_STATE_DIR: /s}, volumes: ['state-a:/s']}",
            // replicas of one service share its volume
            "a: {command: [enrich], environment: {NEWSFLOW_ENRICH_STATE_DIR: /s}, volumes: ['state-a:/s'], deploy: {replicas: 2}}",
            // a state directory without a volume
            "a: {command: [enrich], environment: {NEWSFLOW_ENRICH_STATE_DIR: /s}, volumes: ['state-a:/elsewhere']}",
            // a volume nobody declared
            "a: {command: [enrich], environment: {NEWSFLOW_ENRICH_STATE_DIR: /s}, volumes: ['state-c:/s']}",
    })
    void aSharedMissingOrUndeclaredStateVolumeIsReported(String services) {
        assertThat(ComposeChecks.volumes(compose(services), STATE_DIR)).hasSize(1);
    }

    @Test
    void theSourcesFileIsMountedReadOnlyFromTheRepositoryNotBakedIn() {
        ComposeFile.Service ingest = COMPOSE.services().get("ingest");
        List<String> command = ingest.command();
        String sources = command.get(command.indexOf("--sources") + 1);
        ComposeFile.Mount mount = ingest.volumes().stream()
                .filter(m -> m.bind() && sources.startsWith(m.target() + "/")).findFirst().orElseThrow();
        assertThat(mount.readOnly()).isTrue();
        String inRepository = mount.source().replaceFirst("^\\./", "") + sources.substring(mount.target().length());
        assertThat(RepositoryFiles.root().resolve(inRepository)).isRegularFile();
        assertThat(DockerfileInstructions.parse(RepositoryFiles.read("Dockerfile")).all())
                .filteredOn(i -> i.keyword().equals("COPY"))
                .noneMatch(i -> i.args().startsWith("config") || i.args().contains(" config "));
    }

    @Test
    void prometheusScrapesEveryNewsflowServiceAtItsPort() {
        ComposeFile.Service prometheus = COMPOSE.services().get("prometheus");
        String configFile = prometheus.command().stream().filter(w -> w.startsWith("--config.file="))
                .map(w -> w.substring("--config.file=".length())).findFirst().orElseThrow();
        ComposeFile.Mount mount = prometheus.volumes().stream().filter(m -> m.target().equals(configFile))
                .findFirst().orElseThrow();
        Map<String, Object> config = ComposeFile.load(RepositoryFiles.read(mount.source().replaceFirst("^\\./", "")));

        Set<String> targets = new TreeSet<>();
        for (Object job : (List<?>) config.get("scrape_configs")) {
            for (Object sc : (List<?>) ComposeFile.mapping(job, "job").get("static_configs")) {
                targets.addAll(ComposeFile.words(ComposeFile.mapping(sc, "static_config").get("targets")));
            }
        }
        Set<String> expected = new TreeSet<>();
        ComposeChecks.newsflowServices(COMPOSE).forEach(s -> expected.add(
                s.name() + ":" + ServiceDefinitions.DOCUMENTED_PORTS.get(s.command().get(0))));
        assertThat(targets).isEqualTo(expected);
    }
}
