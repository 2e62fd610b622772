package newsflow.systest.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a process's log file, for the report of a failing test. */
public final class LogTail {
    private LogTail() {
    }

    /**
     * @param file  a log file (may be missing)
     * @param lines how many lines from the end
     * @return those lines, each prefixed with the file's name, or a note that the file is missing
     */
    public static String of(Path file, int lines) {
        if (!Files.exists(file)) {
            return "(no log at " + file + ")\n";
        }
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            StringBuilder b = new StringBuilder("---- last lines of " + file + " ----\n");
            for (String line : all.subList(Math.max(0, all.size() - lines), all.size())) {
                b.append(file.getFileName()).append(" | ").append(line).append('\n');
            }
            return b.toString();
        } catch (IOException | RuntimeException e) {
            return "(cannot read " + file + ": " + e + ")\n";
        }
    }
}
