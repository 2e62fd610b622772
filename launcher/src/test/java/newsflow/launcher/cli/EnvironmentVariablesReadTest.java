package newsflow.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsflow.common.config.EnvironmentVariables;
import newsflow.launcher.stack.ServiceDefinitions;
import org.junit.jupiter.api.Test;

/**
 * Every {@code NEWSFLOW_} variable the project's script, images, compose file, log configuration or main code
 * names is either a configuration key's variable or on the documented list of other variables
 * ({@link EnvironmentVariables#NOT_CONFIGURATION}) — otherwise the start-up check would refuse a variable
 * newsflow itself reads or sets. Reading a new variable means adding it to that list.
 */
class EnvironmentVariablesReadTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** A variable's name; {@code NEWSFLOW_SINK_*} (a wildcard in prose) is none. */
    private static final Pattern VARIABLE = Pattern.compile("NEWSFLOW_[A-Z0-9_]*[A-Z0-9](?![A-Z0-9_]*\\*)");
    /** The misspelt variable of issue 11, quoted as an example in messages and docs. */
    private static final Set<String> EXAMPLES = Set.of("NEWSFLOW_SINK_JDBC_URLL");

    @Test
    void everyVariableNamedInTheProjectIsAcceptedAtStartUp() throws IOException {
        Map<String, Path> named = new TreeMap<>();
        for (String file : new String[] {"newsflow", "Dockerfile", "docker-compose.yml"}) {
            scan(ROOT.resolve(file), named);
        }
        try (Stream<Path> walk = Files.walk(ROOT)) {
            walk.filter(p -> p.toString().contains(java.io.File.separator + "src" + java.io.File.separator + "main"
                            + java.io.File.separator))
                    .filter(p -> !p.toString().contains(java.io.File.separator + "target" + java.io.File.separator))
                    .filter(p -> p.toString().matches(".*\\.(java|xml|properties|sh|yml|yaml)"))
                    .forEach(p -> scan(p, named));
        }
        Set<String> accepted = new java.util.HashSet<>(
                EnvironmentVariables.envNames(ServiceDefinitions.all().values()).keySet());
        accepted.addAll(EnvironmentVariables.NOT_CONFIGURATION.keySet());
        accepted.addAll(EXAMPLES);
        assertThat(named).as("variables found").containsKeys("NEWSFLOW_JAVA_OPTS", "NEWSFLOW_DEBUG",
                "NEWSFLOW_KAFKA_LOG_LEVEL");
        named.forEach((variable, where) -> assertThat(accepted)
                .as("%s, named in %s: a key's variable or listed in EnvironmentVariables.NOT_CONFIGURATION",
                        variable, ROOT.relativize(where))
                .contains(variable));
    }

    private static void scan(Path file, Map<String, Path> named) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            Matcher m = VARIABLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                named.putIfAbsent(m.group(), file);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
