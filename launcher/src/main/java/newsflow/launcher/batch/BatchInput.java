package newsflow.launcher.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a batch command's input as UTF-8 text, leniently: a byte that is not UTF-8 becomes U+FFFD on its line
 * instead of failing the whole run (strict readers throw MalformedInputException and lose every row).
 */
public final class BatchInput {
    private BatchInput() {
    }

    /**
     * @param file the input file
     * @return a reader replacing malformed input
     * @throws IOException when the file cannot be opened
     */
    public static BufferedReader open(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
    }
}
