package newsflow.launcher.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import newsflow.ingest.charset.CharsetSniffer;

/**
 * Reads saved pages ({@code .html} or {@code .html.gz}) and decodes them the way ingest decodes a fetched body
 * without a Content-Type charset ({@link CharsetSniffer#sniff}: byte-order mark, then the {@code <meta>} of the
 * head, then the bytes themselves, then UTF-8).
 */
public final class PageFiles {
    private PageFiles() {
    }

    /**
     * @param path the file; gzip when its name ends in {@code .gz}
     * @return the decoded page
     * @throws IOException when it cannot be read
     */
    public static String read(Path path) throws IOException {
        return CharsetSniffer.sniff(bytes(path), null).text();
    }

    /**
     * @param path the file; gunzipped when its name ends in {@code .gz}
     * @return its bytes
     * @throws IOException when it cannot be read
     */
    public static byte[] bytes(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                    ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        }
    }
}
