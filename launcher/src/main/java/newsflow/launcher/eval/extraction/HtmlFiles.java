package newsflow.launcher.eval.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads evaluation pages ({@code .html} or {@code .html.gz}) and decodes them: a byte-order mark, else the
 * {@code <meta charset>} / {@code http-equiv} declaration in the first {@link #SNIFF_BYTES} bytes (the HTML
 * standard's prescan, simplified), else UTF-8.
 */
public final class HtmlFiles {

    /** Bytes searched for a charset declaration. */
    static final int SNIFF_BYTES = 4096;

    private HtmlFiles() {
    }

    /**
     * @param file a page file; gzip when the name ends in {@code .gz}
     * @return the decoded HTML
     * @throws IOException when the file cannot be read
     */
    public static String read(Path file) throws IOException {
        byte[] bytes;
        if (file.getFileName().toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                bytes = in.readAllBytes();
            }
        } else {
            bytes = Files.readAllBytes(file);
        }
        return decode(bytes);
    }

    /**
     * @param bytes raw page bytes
     * @return the decoded text
     */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        Charset cs = StandardCharsets.UTF_8;
        int i = head.indexOf("charset=");
        if (i >= 0) {
            int s = i + "charset=".length();
            while (s < head.length() && (head.charAt(s) == '"' || head.charAt(s) == '\'' || head.charAt(s) == ' ')) {
                s++;
            }
            int e = s;
            while (e < head.length() && (Character.isLetterOrDigit(head.charAt(e)) || head.charAt(e) == '-'
                    || head.charAt(e) == '_' || head.charAt(e) == ':')) {
                e++;
            }
            try {
                Charset found = Charset.forName(head.substring(s, e));
                // A page claiming a 16-bit encoding in an ASCII-compatible prescan is really UTF-8 (HTML standard).
                cs = found.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : found;
            } catch (RuntimeException unknown) {
                cs = StandardCharsets.UTF_8;
            }
        }
        return new String(bytes, cs);
    }
}
