package newsflow.enrich.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a tab-separated classpath resource line by line (UTF-8), skipping blank lines and {@code #} comments:
 * the shape of the IPTC vocabulary, the team's topic vocabularies and the page-kind vocabularies
 * ({@code newsflow.enrich.extract.kind.KindVocabulary}).
 */
public final class TsvResource {

    /** Receives one line's fields and its 1-based line number. */
    @FunctionalInterface
    public interface Row {
        /**
         * @param line   the line number, from 1
         * @param fields the tab-separated fields (trailing empty fields kept)
         */
        void accept(int line, String[] fields);
    }

    private TsvResource() {
    }

    /**
     * @param resource classpath location
     * @param row      called for each line that is neither blank nor a comment, in order
     * @throws IllegalStateException when the resource is missing (and whatever {@code row} throws)
     * @throws UncheckedIOException  when it cannot be read
     */
    public static void read(String resource, Row row) {
        InputStream in = TsvResource.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("not on the classpath: " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(n, line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
