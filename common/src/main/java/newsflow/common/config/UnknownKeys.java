package newsflow.common.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Rejects a config-file key newsflow does not know, instead of ignoring it. A key is checked when its first
 * segment (before the first dot) is a namespace of the service reading it — a namespace of one of the service's
 * own keys: {@code enrich.}, {@code kafka.}, {@code topics.} for enrich. Keys of another service's namespace
 * ({@code sink.jdbc.url} in a file enrich reads) stay allowed — one file may serve ingest, enrich and sink, and
 * the owner checks them — and so do keys outside newsflow's namespaces. newsflow passes no key through to the
 * Kafka clients, so {@code kafka.*} holds only newsflow's own keys. The message names the key and, when a known
 * key is within a small edit distance, suggests it.
 */
public final class UnknownKeys {
    /** Largest Levenshtein distance of a "did you mean" suggestion. */
    static final int MAX_SUGGESTION_DISTANCE = 3;

    private UnknownKeys() {
    }

    /**
     * @param def  the service's keys
     * @param key  a key given in {@code file} that {@code def} does not define
     * @param file the file, for the message
     * @throws ConfigException when {@code key} lies in one of the service's namespaces
     */
    static void check(ConfigDef def, String key, Path file) {
        if (!namespaces(def).contains(namespace(key))) {
            return;
        }
        String suggestion = suggest(def.names(), key);
        throw new ConfigException("unknown configuration key " + key + " in " + file
                + (suggestion == null ? "" : " (did you mean " + suggestion + "?)")
                + "; every key: docs/configuration.md or ./newsflow config-docs");
    }

    /** @return the first segments of the service's keys */
    static Set<String> namespaces(ConfigDef def) {
        Set<String> out = new TreeSet<>();
        def.names().forEach(k -> out.add(namespace(k)));
        return out;
    }

    private static String namespace(String key) {
        int dot = key.indexOf('.');
        return (dot < 0 ? key : key.substring(0, dot)).toLowerCase(Locale.ROOT);
    }

    /**
     * @param known known keys
     * @param key   the unknown key
     * @return the closest known key within {@link #MAX_SUGGESTION_DISTANCE} edits, or null
     */
    static String suggest(Set<String> known, String key) {
        return closest(known, key.toLowerCase(Locale.ROOT));
    }

    /**
     * @param known known names
     * @param name  the unknown name, compared as given (no case folding)
     * @return the closest known name within {@link #MAX_SUGGESTION_DISTANCE} edits (the first in name order on a
     *         tie), or null
     */
    public static String closest(Set<String> known, String name) {
        String best = null;
        int bestDistance = MAX_SUGGESTION_DISTANCE + 1;
        for (String k : new TreeSet<>(known)) {
            int d = distance(k, name);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** @return the Levenshtein distance of two strings (insertions, deletions, substitutions) */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
