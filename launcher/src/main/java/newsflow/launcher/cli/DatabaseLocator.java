package newsflow.launcher.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which database {@code query} reads. An explicit {@code --jdbc-url} or {@code --db} wins; otherwise the most
 * recently written of the SQLite files {@code demo} and {@code run} leave in their default work folders
 * ({@code ./newsflow-demo/newsflow.db}, {@code ./newsflow-run/newsflow.db}). A SQLite file must exist: the
 * driver would otherwise create an empty database and the query would fail with "no such table".
 */
final class DatabaseLocator {
    /** The SQLite files of the default work folders, relative to the current directory. */
    static final List<Path> DEFAULT_FILES = List.of(Path.of("newsflow-demo", "newsflow.db"), Path.of("newsflow-run", "newsflow.db"));
    private static final String SQLITE = "jdbc:sqlite:";

    private DatabaseLocator() {
    }

    /**
     * @param jdbcUrl an explicit JDBC URL, or null
     * @param db      an explicit SQLite file, or null
     * @param base    the folder the default files are relative to (the current directory)
     * @return the JDBC URL to open
     * @throws IllegalArgumentException naming the absolute path of a SQLite file that does not exist
     */
    static String resolve(String jdbcUrl, Path db, Path base) {
        if (jdbcUrl != null && db != null) {
            throw new IllegalArgumentException("give --jdbc-url or --db, not both");
        }
        if (db != null) {
            return SQLITE + existing(db.toAbsolutePath().normalize());
        }
        if (jdbcUrl != null) {
            sqliteFile(jdbcUrl).ifPresent(DatabaseLocator::existing);
            return jdbcUrl;
        }
        List<Path> found = new ArrayList<>();
        for (Path p : DEFAULT_FILES) {
            Path abs = base.resolve(p).toAbsolutePath().normalize();
            if (Files.isRegularFile(abs)) {
                found.add(abs);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no database: neither " + base.resolve(DEFAULT_FILES.get(0)).toAbsolutePath().normalize()
                    + " nor " + base.resolve(DEFAULT_FILES.get(1)).toAbsolutePath().normalize()
                    + " exists; run ./newsflow demo (or run) here first, or give --db FILE or --jdbc-url URL");
        }
        found.sort((a, b) -> modified(b).compareTo(modified(a)));
        return SQLITE + found.get(0);
    }

    /** @return the file of a {@code jdbc:sqlite:} URL (query parameters dropped), empty for other URLs and memory */
    static Optional<Path> sqliteFile(String jdbcUrl) {
        if (!jdbcUrl.startsWith(SQLITE)) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring(SQLITE.length());
        int q = rest.indexOf('?');
        rest = q < 0 ? rest : rest.substring(0, q);
        if (rest.isEmpty() || rest.startsWith(":memory:") || rest.startsWith("file:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(rest).toAbsolutePath().normalize());
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("SQLite database " + file + " does not exist");
        }
        return file;
    }

    private static FileTime modified(Path p) {
        try {
            FileTime t = Files.getLastModifiedTime(p);
            Path wal = p.resolveSibling(p.getFileName() + "-wal");
            if (Files.exists(wal)) {
                FileTime w = Files.getLastModifiedTime(wal);
                return w.compareTo(t) > 0 ? w : t;
            }
            return t;
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
