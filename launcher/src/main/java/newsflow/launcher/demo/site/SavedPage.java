package newsflow.launcher.demo.site;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One saved page found in a folder: where it lives and under which URL path it is served. Only metadata; the
 * content is streamed from disk per request.
 *
 * @param urlPath      the decoded URL path, e.g. {@code /pages/de/Spiegel_2024_05_01.html}
 * @param file         the absolute file path
 * @param gzip         true for a {@code .gz} file (served decompressed)
 * @param size         the file size in bytes (compressed size for gzip files)
 * @param lastModified the file's modification time
 */
record SavedPage(String urlPath, Path file, boolean gzip, long size, Instant lastModified) {

    /** @return a validator that changes whenever the file's size or modification time changes */
    String etag() {
        return "\"" + Long.toHexString(size) + "-" + Long.toHexString(lastModified.toEpochMilli()) + "\"";
    }
}
