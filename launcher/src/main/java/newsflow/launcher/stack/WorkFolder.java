package newsflow.launcher.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The work folder of {@code demo} and {@code run} (broker data, stream state, SQLite file), prepared safely.
 * Starting afresh deletes the folder's contents, so newsflow only ever deletes a folder it created itself: it
 * writes the marker file {@value #MARKER} when it creates (or adopts an empty) folder, and refuses a folder
 * that exists, is not empty and has no marker. It never deletes the file-system root, the user's home, the
 * current directory or one of its parents, or a folder holding a {@code .git} entry (a repository), marker or
 * not.
 */
public final class WorkFolder {
    /** Name of the marker file telling that newsflow created the folder. */
    public static final String MARKER = ".newsflow-work-dir";

    private WorkFolder() {
    }

    /**
     * Prepares {@code dir}: created (with the marker) when missing; emptied when it holds the marker and
     * {@code resume} is false; kept as is when {@code resume} is true and it holds the marker or is empty.
     *
     * @param dir    the folder (relative to the current directory, or absolute)
     * @param resume keep the previous state instead of starting afresh
     * @return the absolute, normalised folder, existing and marked
     * @throws WorkFolderException when the folder is one newsflow must not use or clear (message: one line
     *                             naming the folder)
     * @throws IOException         when it cannot be created or emptied
     */
    public static Path prepare(Path dir, boolean resume) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        String homeProp = System.getProperty("user.home");
        Path home = homeProp == null || homeProp.isBlank() ? null : Path.of(homeProp).toAbsolutePath().normalize();
        refuseProtected(abs, cwd, home);
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
                throw new WorkFolderException("work folder " + abs + " exists and is not a folder");
            }
            boolean marked = Files.isRegularFile(abs.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
            if (!marked && !isEmpty(abs)) {
                throw new WorkFolderException("work folder " + abs + " exists, is not empty and was not created by"
                        + " newsflow (no " + MARKER + " file): choose another --work-dir or remove it yourself");
            }
            if (marked && !resume) {
                clear(abs);
            }
        }
        Files.createDirectories(abs);
        Path marker = abs.resolve(MARKER);
        if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
            Files.writeString(marker, "created by newsflow; demo/run delete this folder's contents when they start"
                    + " afresh (without --resume)\n", java.nio.charset.StandardCharsets.UTF_8);
        }
        return abs;
    }

    /**
     * @throws WorkFolderException when {@code dir} is the root, the home folder, the current directory or a
     *                             parent of it, or holds a {@code .git} entry
     */
    static void refuseProtected(Path dir, Path cwd, Path home) {
        if (dir.getParent() == null) {
            throw new WorkFolderException("work folder " + dir + " is a file-system root: refused");
        }
        if (cwd.startsWith(dir)) {
            throw new WorkFolderException("work folder " + dir + " is the current directory or a parent of it: refused");
        }
        if (home != null && home.startsWith(dir)) {
            throw new WorkFolderException("work folder " + dir + " is the home folder or a parent of it: refused");
        }
        if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            throw new WorkFolderException("work folder " + dir + " holds a .git entry (a repository): refused");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Deletes everything under {@code dir} (symbolic links themselves, never what they point to), keeping it. */
    private static void clear(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** A work folder newsflow refuses to use or clear; its message is one line naming the folder. */
    public static final class WorkFolderException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** @param message one line naming the folder and the reason */
        public WorkFolderException(String message) {
            super(message);
        }
    }
}
