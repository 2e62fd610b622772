package newsflow.launcher.demo.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The saved pages under a folder, at any depth: files named {@code *.html}, {@code *.htm}, and the same with
 * {@code .gz}, in path order. A file {@code <dir>/a/b.html.gz} is served at {@code /pages/a/b.html} (the
 * {@code .gz} dropped because the body is sent decompressed); should that path be taken already, the {@code .gz}
 * stays. Other files are ignored.
 */
final class SavedPageIndex {
    /** URL folder under which saved pages are served. */
    static final String PREFIX = "/pages/";
    private static final List<String> HTML_SUFFIXES = List.of(".html", ".htm");
    private static final String GZIP_SUFFIX = ".gz";

    private final Map<String, SavedPage> byUrlPath;

    private SavedPageIndex(Map<String, SavedPage> byUrlPath) {
        this.byUrlPath = Collections.unmodifiableMap(byUrlPath);
    }

    /**
     * Walks {@code dir} (following no symbolic links) and indexes the pages; reads no page content.
     *
     * @param dir a folder
     * @return the index
     * @throws IllegalArgumentException when {@code dir} is not a folder
     * @throws UncheckedIOException     when the walk fails
     */
    static SavedPageIndex scan(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a folder of saved pages: " + dir);
        }
        Path root = dir.toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(SavedPageIndex::isHtmlName).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        Map<String, SavedPage> pages = new LinkedHashMap<>();
        for (Path file : files) {
            boolean gzip = lower(file).endsWith(GZIP_SUFFIX);
            String relative = relativeUrlPath(root, file);
            String urlPath = PREFIX + (gzip ? relative.substring(0, relative.length() - GZIP_SUFFIX.length()) : relative);
            if (pages.containsKey(urlPath)) {
                urlPath = PREFIX + relative;
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                pages.put(urlPath, new SavedPage(urlPath, file, gzip, attributes.size(),
                        attributes.lastModifiedTime().toInstant()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read attributes of " + file, e);
            }
        }
        return new SavedPageIndex(pages);
    }

    private static boolean isHtmlName(Path file) {
        String name = lower(file);
        String base = name.endsWith(GZIP_SUFFIX) ? name.substring(0, name.length() - GZIP_SUFFIX.length()) : name;
        return HTML_SUFFIXES.stream().anyMatch(base::endsWith);
    }

    private static String lower(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static String relativeUrlPath(Path root, Path file) {
        List<String> segments = new ArrayList<>();
        for (Path segment : root.relativize(file)) {
            segments.add(segment.toString());
        }
        return String.join("/", segments);
    }

    /** @return the pages in path order */
    List<SavedPage> pages() {
        return List.copyOf(byUrlPath.values());
    }

    /**
     * @param urlPath a decoded URL path
     * @return the page served there
     */
    Optional<SavedPage> find(String urlPath) {
        return Optional.ofNullable(byUrlPath.get(urlPath));
    }

    /**
     * Percent-encodes a decoded path for use in a URL: every byte of the UTF-8 form except the RFC 3986
     * unreserved characters and {@code /} becomes {@code %XX}.
     *
     * @param decodedPath e.g. {@code /pages/de/Bild 2024.html}
     * @return e.g. {@code /pages/de/Bild%202024.html}
     */
    static String encodePath(String decodedPath) {
        StringBuilder out = new StringBuilder();
        for (byte b : decodedPath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c == '/' || c == '-' || c == '.' || c == '_' || c == '~'
                    || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
