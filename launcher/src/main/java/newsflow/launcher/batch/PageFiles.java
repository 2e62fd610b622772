package newsflow.launcher.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads saved pages ({@code .html} or {@code .html.gz}) and decodes them: the charset comes from a byte-order
 * mark, else from the page's {@code <meta charset>} or {@code http-equiv} declaration in its first 4 KiB
 * (HTML Living Standard, "prescan a byte stream"), else UTF-8.
 */
public final class PageFiles {
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private PageFiles() {
    }

    /**
     * @param path the file; gzip when its name ends in {@code .gz}
     * @return the decoded page
     * @throws IOException when it cannot be read
     */
    public static String read(Path path) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                    ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        }
        return decode(bytes);
    }

    /**
     * @param bytes the raw page
     * @return the page decoded with its declared charset
     */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset cs = StandardCharsets.UTF_8;
        if (m.find()) {
            try {
                cs = Charset.forName(m.group(1).trim());
                if (cs.equals(StandardCharsets.UTF_16) || cs.equals(StandardCharsets.UTF_16BE)
                        || cs.equals(StandardCharsets.UTF_16LE)) {
                    cs = StandardCharsets.UTF_8;
                }
            } catch (IllegalArgumentException e) {
                cs = StandardCharsets.UTF_8;
            }
        }
        return new String(bytes, cs);
    }
}
