package newsflow.launcher.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository's deployment files as the tests read them: the checkout root is the nearest folder above the
 * working directory (Maven runs a module's tests in the module folder) holding both {@code pom.xml} and
 * {@code docker-compose.yml}.
 */
public final class RepositoryFiles {
    private RepositoryFiles() {
    }

    /** @return the checkout root */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isRegularFile(p.resolve("docker-compose.yml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no checkout root (pom.xml + docker-compose.yml) above " + dir);
    }

    /**
     * @param relative a path relative to the checkout root, e.g. {@code ops/prometheus/prometheus.yml}
     * @return the file's text (UTF-8)
     */
    public static String read(String relative) {
        try {
            return Files.readString(root().resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param resource a test classpath resource, e.g. {@code /deploy/metrics-contract.prom}
     * @return its text (UTF-8)
     */
    static String resource(String resource) {
        try (var in = RepositoryFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the modules the parent POM lists, in order */
    static List<String> modules() {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>").matcher(read("pom.xml"));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * @param name a property of the parent POM, e.g. {@code kafka.version}
     * @return its value
     */
    static String pomProperty(String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">\\s*([^<]+?)\\s*</" + Pattern.quote(name) + ">")
                .matcher(read("pom.xml"));
        if (!m.find()) {
            throw new IllegalStateException("the parent POM has no property " + name);
        }
        return m.group(1);
    }

    /** Folders that hold no sources: build output, Git, IDE settings and the demo's work folders. */
    private static final Set<String> NOT_SOURCES = Set.of("target", ".git", ".idea", ".vscode", "work",
            "newsflow-demo", "newsflow-run", "node_modules");

    /** @return the checkout's files outside {@link #NOT_SOURCES} folders */
    static List<Path> sourceFiles() {
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(root(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return NOT_SOURCES.contains(String.valueOf(dir.getFileName())) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !String.valueOf(file.getFileName()).equals(".git")) {
                        out.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
