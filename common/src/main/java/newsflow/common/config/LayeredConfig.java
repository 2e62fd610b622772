package newsflow.common.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Configuration in layers, each overriding the one before: defaults in the jar (the {@link ConfigDef}
 * defaults and an optional classpath properties file), an override file, environment variables, then explicit
 * overrides (command-line options). A key {@code enrich.languages} is read from the environment variable
 * {@code NEWSFLOW_ENRICH_LANGUAGES} (upper case, every non-alphanumeric character an underscore).
 * Values are checked by the {@link ConfigDef}, so a bad value fails at start-up with a message naming the key;
 * a file key in a namespace the service owns but does not define fails too ({@link UnknownKeys}), so that a
 * misspelt key is not silently ignored. A {@code NEWSFLOW_} environment variable in one of those namespaces that
 * names no key fails the same way ({@link EnvironmentVariables}).
 */
public final class LayeredConfig {
    /** Prefix of environment variables read as configuration. */
    public static final String ENV_PREFIX = "NEWSFLOW_";

    private LayeredConfig() {
    }

    /**
     * Resolves the layers into raw values for the keys of {@code def}.
     *
     * @param def       the keys, types, defaults and validators
     * @param file      a properties file (UTF-8), or null
     * @param env       the environment (usually {@code System.getenv()})
     * @param overrides explicit values, e.g. from command-line options; may be empty
     * @return key → raw value, only for keys of {@code def} given in some layer
     * @throws ConfigException when the file cannot be read or names an unknown key, or when the environment holds
     *                         an unknown variable in one of the service's namespaces
     */
    public static Map<String, Object> resolve(ConfigDef def, Path file, Map<String, String> env,
                                              Map<String, ?> overrides) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (file != null) {
            Properties props = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException e) {
                throw new ConfigException("config file " + file + " cannot be read: " + e.getMessage());
            }
            for (String key : props.stringPropertyNames()) {
                if (def.configKeys().containsKey(key)) {
                    values.put(key, props.getProperty(key).trim());
                } else {
                    UnknownKeys.check(def, key, file);
                }
            }
        }
        EnvironmentVariables.checkNamespaces(def, env);
        for (String key : def.names()) {
            String v = env.get(envName(key));
            if (v != null) {
                values.put(key, v.trim());
            }
        }
        overrides.forEach((k, v) -> {
            if (v != null) {
                values.put(k, v);
            }
        });
        return values;
    }

    /**
     * Loads classpath defaults shipped in a jar, e.g. {@code /newsflow-defaults.properties}.
     *
     * @param resource classpath resource name
     * @return its entries, or an empty map when absent
     */
    public static Map<String, String> classpathDefaults(String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = LayeredConfig.class.getResourceAsStream(resource)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
            }
        } catch (IOException e) {
            throw new ConfigException("classpath defaults " + resource + " cannot be read: " + e.getMessage());
        }
        return out;
    }

    /** @return the environment variable name for a config key, e.g. {@code NEWSFLOW_ENRICH_LANGUAGES} */
    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
