package newsflow.launcher.eval.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads evaluation pages ({@code .html} or {@code .html.gz}) and decodes them: bytes that are valid UTF-8 are
 * UTF-8 (stored pages are often re-encoded while keeping a stale {@code <meta charset>}; legacy-encoded
 * non-ASCII text is almost never valid UTF-8), else the {@code charset=} declaration in the first
 * {@link #SNIFF_BYTES} bytes (the HTML standard's prescan, simplified), else windows-1252.
 */
public final class HtmlFiles {

    /** Bytes searched for a charset declaration. */
    static final int SNIFF_BYTES = 16384;

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
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            // fall through to the declared charset
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        Charset cs = Charset.forName("windows-1252");
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
                cs = Charset.forName("windows-1252");
            }
        }
        return new String(bytes, cs);
    }
}
