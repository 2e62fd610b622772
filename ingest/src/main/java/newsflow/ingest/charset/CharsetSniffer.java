package newsflow.ingest.charset;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the character encoding of a fetched body and decodes it. Order (the WHATWG HTML encoding-sniffing
 * algorithm, simplified): a byte-order mark (UTF-8, UTF-16LE/BE) wins because it cannot be wrong; then the
 * {@code charset} parameter of the Content-Type header; then a {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type" content="...; charset=...">} in the first {@value #PRESCAN_BYTES}
 * bytes; otherwise UTF-8. Labels are mapped as WHATWG does for the common aliases ({@code iso-8859-1},
 * {@code latin1} and {@code us-ascii} decode as windows-1252; {@code windows-1256} stays itself). Malformed
 * bytes are replaced with U+FFFD, never thrown.
 */
public final class CharsetSniffer {
    /** How many leading bytes are searched for a meta charset (WHATWG prescan: 1024). */
    public static final int PRESCAN_BYTES = 1024;
    private static final Pattern HEADER_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> WHATWG_ALIASES = Map.of(
            "iso-8859-1", "windows-1252", "latin1", "windows-1252", "us-ascii", "windows-1252",
            "ascii", "windows-1252", "iso8859-1", "windows-1252", "cp1256", "windows-1256",
            "x-sjis", "Shift_JIS", "gb2312", "GBK");

    /**
     * @param text    the decoded body
     * @param charset the canonical charset name used
     * @param via     where it came from: {@code bom}, {@code header}, {@code meta} or {@code default}
     */
    public record Decoded(String text, String charset, String via) {
    }

    private CharsetSniffer() {
    }

    /**
     * @param body        the raw body bytes
     * @param contentType the Content-Type header value, or null
     * @return the decoded text with the charset used and its origin
     */
    public static Decoded decode(byte[] body, String contentType) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(decodeWith(body, 3, StandardCharsets.UTF_8), "UTF-8", "bom");
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return new Decoded(decodeWith(body, 2, StandardCharsets.UTF_16BE), "UTF-16BE", "bom");
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return new Decoded(decodeWith(body, 2, StandardCharsets.UTF_16LE), "UTF-16LE", "bom");
        }
        Charset fromHeader = contentType == null ? null : lookup(HEADER_CHARSET.matcher(contentType));
        if (fromHeader != null && !fromHeader.equals(StandardCharsets.UTF_8) && isMultiByteUtf8(body)) {
            return new Decoded(decodeWith(body, 0, StandardCharsets.UTF_8), "UTF-8", "utf8-over-header");
        }
        if (fromHeader != null) {
            return new Decoded(decodeWith(body, 0, fromHeader), fromHeader.name(), "header");
        }
        String head = new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Charset fromMeta = lookup(META_CHARSET.matcher(head));
        if (fromMeta != null) {
            // a UTF-16 meta label in an ASCII-compatible prescan is a lie (WHATWG): decode as UTF-8
            Charset cs = fromMeta.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : fromMeta;
            if (!cs.equals(StandardCharsets.UTF_8) && isMultiByteUtf8(body)) {
                return new Decoded(decodeWith(body, 0, StandardCharsets.UTF_8), "UTF-8", "utf8-over-meta");
            }
            return new Decoded(decodeWith(body, 0, cs), cs.name(), "meta");
        }
        return new Decoded(decodeWith(body, 0, StandardCharsets.UTF_8), "UTF-8", "default");
    }

    /**
     * Whether the body is valid UTF-8 holding at least one multi-byte sequence. Such a body is UTF-8 whatever a
     * legacy label says: text in a single-byte or legacy CJK charset almost never forms valid multi-byte UTF-8
     * (pages saved as UTF-8 keep their old {@code iso-8859-1} or {@code GB2312} meta tag).
     *
     * @param body the raw bytes
     * @return true when the bytes are valid UTF-8 and not plain ASCII
     */
    static boolean isMultiByteUtf8(byte[] body) {
        boolean multiByte = false;
        int i = 0;
        while (i < body.length) {
            int b = body[i] & 0xFF;
            int extra;
            if (b < 0x80) {
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
            } else {
                return false;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= body.length || (body[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            multiByte = true;
            i += extra + 1;
        }
        return multiByte;
    }

    /**
     * @param label a charset label as found in a header or meta tag
     * @return the charset, after the WHATWG alias mapping, or null when unknown
     */
    public static Charset forLabel(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        String mapped = WHATWG_ALIASES.getOrDefault(l, l);
        try {
            return Charset.forName(mapped);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** @return the first match whose label names a known charset (an unknown label such as "iso-8" is skipped) */
    private static Charset lookup(Matcher m) {
        while (m.find()) {
            Charset cs = forLabel(m.group(1));
            if (cs != null) {
                return cs;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String decodeWith(byte[] body, int offset, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return new String(body, offset, body.length - offset, cs);
        }
    }
}
