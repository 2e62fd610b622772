package newsflow.systest.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration keys the runnable jar defines, read from {@code newsflow config-docs} (one Markdown table row
 * per key). The harness sets a key that arrives with another branch (the services' HTTP ports) only when the jar
 * knows it, since an unknown key stops a service at start-up.
 */
public final class JarKeys {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9.\\-]+)` \\|", Pattern.MULTILINE);
    private static Set<String> keys;

    private JarKeys() {
    }

    /**
     * @param jar the runnable jar
     * @return every key its config-docs command lists
     */
    public static synchronized Set<String> of(Path jar) {
        if (keys == null) {
            try {
                Process p = new ProcessBuilder(BrokerProcess.javaBinary(), "-jar", jar.toString(), "config-docs")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor(60, TimeUnit.SECONDS);
                Set<String> found = new TreeSet<>();
                Matcher m = ROW.matcher(out);
                while (m.find()) {
                    found.add(m.group(1));
                }
                keys = found;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot run config-docs of " + jar, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }
}
