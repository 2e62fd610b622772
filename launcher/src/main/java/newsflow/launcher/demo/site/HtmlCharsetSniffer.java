package newsflow.launcher.demo.site;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset a saved HTML page declares, from its first bytes: a byte-order mark first, then the first
 * known {@code <meta charset=…>} or {@code <meta http-equiv="Content-Type" content="…; charset=…">}. Simplified from the
 * WHATWG HTML "prescan a byte stream to determine its encoding" algorithm: a regular expression over a larger prefix
 * ({@link #PREFIX_BYTES}) because saved pages may put the meta after long inline scripts and styles; UTF-16 labels in a meta
 * mean UTF-8 (the bytes were readable as ASCII), as WHATWG prescribes.
 */
final class HtmlCharsetSniffer {
    /** How many leading bytes to examine. */
    static final int PREFIX_BYTES = 128 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private HtmlCharsetSniffer() {
    }

    /**
     * @param prefix the first bytes of the page (any length; only {@link #PREFIX_BYTES} are looked at)
     * @return the declared charset when it is known to this JVM, else empty
     */
    static Optional<Charset> sniff(byte[] prefix) {
        if (startsWith(prefix, UTF8_BOM)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (prefix.length >= 2 && (prefix[0] & 0xFF) == 0xFE && (prefix[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (prefix.length >= 2 && (prefix[0] & 0xFF) == 0xFF && (prefix[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        String head = new String(prefix, 0, Math.min(prefix.length, PREFIX_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        while (meta.find()) { // a label naming no known charset ("iso-8") is skipped for the next one (C14)
            String label = meta.group(1).toLowerCase(Locale.ROOT);
            if (label.startsWith("utf-16")) {
                return Optional.of(StandardCharsets.UTF_8);
            }
            try {
                if (Charset.isSupported(label)) {
                    return Optional.of(Charset.forName(label));
                }
            } catch (IllegalCharsetNameException e) {
                // try the next declaration
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] start) {
        if (bytes.length < start.length) {
            return false;
        }
        for (int i = 0; i < start.length; i++) {
            if (bytes[i] != start[i]) {
                return false;
            }
        }
        return true;
    }
}
