package newsflow.launcher.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Dockerfile builds a cacheable, non-root image that matches docker-compose.yml: dependencies in a layer of
 * their own (every module's POM, then go-offline, then the sources), pinned base images, a non-root user, the
 * services' ports exposed, curl for the healthchecks, the Streams state directory owned by that user, and a
 * {@code .dockerignore} that keeps work folders, build output and Git out of the context.
 */
class DockerfileTest {
    private static final DockerfileInstructions DOCKERFILE =
            DockerfileInstructions.parse(RepositoryFiles.read("Dockerfile"));

    private static final String GOOD = """
            FROM maven:3.9.11-eclipse-temurin-17 AS build
            COPY pom.xml ./
            COPY a/pom.xml a/
            COPY b/pom.xml b/
            RUN mvn -B dependency:go-offline
            COPY a/src a/src
            COPY b/src b/src
            RUN mvn -B package
            FROM eclipse-temurin:17.0.19_10-jre-noble
            RUN apt-get update && apt-get install -y curl
            RUN useradd app && mkdir -p /var/lib/x/state \\
                && chown -R app /var/lib/x
            COPY --from=build /src/x.jar /app/x.jar
            USER app
            """;

    @Test
    void dependenciesAreALayerApartFromTheSourcesForEveryModule() {
        assertThat(RepositoryFiles.modules()).contains("common", "launcher");
        // the image builds the runnable jar: every module with main code (system-tests has tests only: its POM is
        // copied for the reactor, its sources need not be)
        List<String> withMainCode = RepositoryFiles.modules().stream()
                .filter(m -> java.nio.file.Files.isDirectory(RepositoryFiles.root().resolve(m).resolve("src/main")))
                .toList();
        assertThat(withMainCode).contains("common", "launcher").doesNotContain("system-tests");
        assertThat(DOCKERFILE.dependencyLayerProblems(withMainCode)).isEmpty();
        assertThat(DOCKERFILE.dependencyLayerProblems(RepositoryFiles.modules()))
                .as("every module's POM, system-tests' included, is in the dependency layer")
                .allMatch(problem -> problem.startsWith("module system-tests: its sources"));
        assertThat(DockerfileInstructions.parse(GOOD).dependencyLayerProblems(List.of("a", "b"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "COPY b/pom.xml b/\n",                                   // a module's POM forgotten: b resolves late
            "COPY b/src b/src\n",                                    // a module's sources forgotten
            "RUN mvn -B dependency:go-offline\n",                    // no dependency layer at all
    })
    void aModuleLeftOutOfTheLayersOrNoDependencyLayerIsReported(String removed) {
        String text = GOOD.replace(removed, "");
        assertThat(DockerfileInstructions.parse(text).dependencyLayerProblems(List.of("a", "b"))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "COPY . .\n",             // everything before the dependency layer: any edit downloads everything again
            "COPY a/src a/src\n",     // one module's sources too early
            "COPY ./config /cfg\n",   // anything but a POM too early
    })
    void aSourceCopiedBeforeTheDependencyLayerIsReported(String early) {
        String text = GOOD.replace("RUN mvn -B dependency:go-offline\n", early + "RUN mvn -B dependency:go-offline\n");
        assertThat(DockerfileInstructions.parse(text).dependencyLayerProblems(List.of("a", "b"))).isNotEmpty()
                .allMatch(p -> p.contains("before dependency:go-offline"));
    }

    @Test
    void theImageRunsAsANonRootUserOnPinnedBaseImages() {
        assertThat(DOCKERFILE.runsAsRoot()).as("runs as " + DOCKERFILE.runtimeUser()).isFalse();
        assertThat(DOCKERFILE.unpinnedBaseImages()).isEmpty();
        assertThat(DockerfileInstructions.parse(GOOD).runsAsRoot()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "USER root\n", "USER 0:0\n"})
    void anImageRunningAsRootIsReported(String user) {
        assertThat(DockerfileInstructions.parse(GOOD.replace("USER app\n", user)).runsAsRoot()).isTrue();
        // a USER of the build stage does not count for the runtime
        String buildUser = GOOD.replace("USER app\n", "")
                .replace("COPY pom.xml ./\n", "USER app\nCOPY pom.xml ./\n");
        assertThat(DockerfileInstructions.parse(buildUser + user).runsAsRoot()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eclipse-temurin:17-jre", "eclipse-temurin", "eclipse-temurin:latest"})
    void anUnpinnedBaseImageIsReported(String image) {
        String text = GOOD.replace("eclipse-temurin:17.0.19_10-jre-noble", image);
        assertThat(DockerfileInstructions.parse(text).unpinnedBaseImages()).singleElement().asString().contains(image);
    }

    @Test
    void theExposedPortsAreTheServicesPortsAndCurlAnswersTheHealthchecks() {
        Set<Integer> ports = new TreeSet<>(ServiceDefinitions.configuredPorts()
                .orElse(ServiceDefinitions.DOCUMENTED_PORTS).values());
        assertThat(DOCKERFILE.exposedPorts()).isEqualTo(ports);
        ComposeFile compose = ComposeFile.parse(RepositoryFiles.read("docker-compose.yml"));
        for (ComposeFile.Service s : ComposeChecks.newsflowServices(compose)) {
            assertThat(DOCKERFILE.installs(s.healthcheck().get(0))).as(s.name() + " healthcheck tool").isTrue();
        }
        assertThat(DockerfileInstructions.parse(GOOD.replace(" curl", " jq")).installs("curl")).isFalse();
    }

    @Test
    void everyDirectoryAServiceMountsAVolumeOnIsCreatedOwnedByTheUser() {
        ComposeFile compose = ComposeFile.parse(RepositoryFiles.read("docker-compose.yml"));
        List<String> targets = ComposeChecks.newsflowServices(compose).stream()
                .flatMap(s -> s.volumes().stream()).filter(m -> !m.bind()).map(ComposeFile.Mount::target)
                .distinct().toList();
        assertThat(targets).isNotEmpty();
        targets.forEach(t -> assertThat(DOCKERFILE.createsOwnedDirectory(t)).as(t).isTrue());
        DockerfileInstructions good = DockerfileInstructions.parse(GOOD);
        assertThat(good.createsOwnedDirectory("/var/lib/x/state")).isTrue();
        assertThat(good.createsOwnedDirectory("/var/lib/y")).isFalse();
        assertThat(DockerfileInstructions.parse(GOOD.replace("&& chown -R app /var/lib/x", ""))
                .createsOwnedDirectory("/var/lib/x/state")).isFalse();
    }

    @Test
    void theBuildContextLeavesOutWorkFoldersBuildOutputAndGit() {
        List<String> ignored = RepositoryFiles.read(".dockerignore").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(ignored).contains(".git", "**/target", "newsflow-demo", "newsflow-run");
    }
}
