package newsflow.launcher.eval.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the page sets of an evaluation folder: every top-level folder holding page files ({@code .html},
 * {@code .htm}, {@code .html.gz}, {@code .htm.gz}), found at any depth, in name order. Answer pages of other
 * extractors ({@link #ANSWER_NAMES}: {@code expected.html}) are not pages.
 */
public final class PageSets {

    /** File names that are gold answers, not fetched pages. */
    static final Set<String> ANSWER_NAMES = Set.of("expected.html", "expected.htm");

    private PageSets() {
    }

    /**
     * @param data   the evaluation folder
     * @param chosen set names to keep; empty keeps all
     * @return set name to its page files (sorted), sets without pages left out
     * @throws IOException when a folder cannot be listed
     */
    public static Map<String, List<Path>> find(Path data, List<String> chosen) throws IOException {
        Map<String, List<Path>> sets = new LinkedHashMap<>();
        List<Path> dirs;
        try (Stream<Path> s = Files.list(data)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dir : dirs) {
            String name = dir.getFileName().toString();
            if (!chosen.isEmpty() && !chosen.contains(name)) {
                continue;
            }
            List<Path> pages = new ArrayList<>();
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).filter(PageSets::isPage).sorted().forEach(pages::add);
            }
            if (!pages.isEmpty()) {
                sets.put(name, pages);
            }
        }
        return sets;
    }

    /**
     * @param file a file
     * @return true when its name is that of a saved page
     */
    static boolean isPage(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (ANSWER_NAMES.contains(n)) {
            return false;
        }
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz");
    }
}
