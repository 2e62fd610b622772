package newsflow.launcher.demo;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Remembers the loopback port the demo site was served on, in the work folder, so that {@code demo --resume}
 * serves the same URLs (a page's canonical URL includes the port; a new port would make every page new).
 */
final class SitePorts {
    private static final String FILE = "demo-site.port";

    private SitePorts() {
    }

    /** @return the port of the previous run in this work folder, or 0 (a free port) when there was none */
    static int previous(Path workDir) {
        Path f = workDir.resolve(FILE);
        try {
            return Files.exists(f) ? Integer.parseInt(Files.readString(f, StandardCharsets.UTF_8).trim()) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** Records the port of {@code baseUrl} for a later {@code --resume}. */
    static void remember(Path workDir, String baseUrl) throws IOException {
        Files.writeString(workDir.resolve(FILE), Integer.toString(URI.create(baseUrl).getPort()), StandardCharsets.UTF_8);
    }
}
