package newsflow.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsflow.common.config.EnvironmentVariables;
import newsflow.launcher.stack.ServiceDefinitions;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md is what {@code ./newsflow config-docs} prints: every key of every service with its
 * environment variable, and the environment variables read outside the configuration. A key added without
 * regenerating the page fails here.
 */
class ConfigDocsTest {
    private static final Path PAGE = Path.of("..", "docs", "configuration.md");

    @Test
    void thePageListsEveryKeyAndEveryEnvironmentVariable() throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        StringBuilder generated = new StringBuilder();
        ConfigDocsCommand.appendEnvironment(generated);
        assertThat(page).as("regenerate with ./newsflow config-docs > docs/configuration.md")
                .contains(generated.toString());
        EnvironmentVariables.envNames(ServiceDefinitions.all().values()).forEach((variable, key) ->
                assertThat(page).as("regenerate with ./newsflow config-docs > docs/configuration.md")
                        .contains("| `" + key + "` |").contains("`" + variable + "`"));
        EnvironmentVariables.NOT_CONFIGURATION.keySet().forEach(v -> assertThat(page).contains("| `" + v + "` |"));
    }
}
