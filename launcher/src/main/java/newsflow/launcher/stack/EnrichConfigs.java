package newsflow.launcher.stack;

import java.nio.file.Path;
import java.util.Map;
import newsflow.enrich.app.EnrichConfig;
import newsflow.enrich.lang.LanguageCatalog;
import org.apache.kafka.common.config.ConfigException;

/**
 * Loads the enrich configuration the way every launcher command does, checking at load time what
 * {@link EnrichConfig}'s definition does not: that each code of {@code enrich.languages} is one Lingua
 * supports ({@link LanguageCatalog}), so a bad code fails at start-up with a message naming the key.
 */
public final class EnrichConfigs {
    private EnrichConfigs() {
    }

    /**
     * @param file      a properties file, or null
     * @param env       the environment
     * @param overrides command-line values
     * @return the checked configuration
     * @throws ConfigException naming the key of a bad value
     */
    public static EnrichConfig load(Path file, Map<String, String> env, Map<String, ?> overrides) {
        EnrichConfig config = EnrichConfig.load(file, env, overrides);
        try {
            new LanguageCatalog(config.languages());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(EnrichConfig.LANGUAGES, String.join(",", config.languages()),
                    e.getMessage() + " (ISO 639-1 codes Lingua supports)");
        }
        return config;
    }
}
