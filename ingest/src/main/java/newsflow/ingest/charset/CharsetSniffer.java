package newsflow.ingest.charset;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides the character encoding of a fetched body and decodes it, as browsers do (the WHATWG HTML
 * encoding-sniffing algorithm, HTML Living Standard §13.2.3.2): a byte-order mark (UTF-8, UTF-16LE/BE) wins
 * because it cannot be wrong; then the {@code charset} parameter of the Content-Type header; then a
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="...; charset=...">} anywhere in the
 * {@code <head>} ({@link HeadPrescan}, not only its first 1,024 bytes); then, for {@link #sniff}, the bytes
 * themselves ({@link StatisticalDetector}, ICU4J); otherwise UTF-8. Labels are mapped by the WHATWG table
 * ({@link EncodingLabels}: {@code iso-8859-1}, {@code latin1} and {@code ascii} decode as windows-1252,
 * {@code tis-620} as windows-874…). Malformed bytes are replaced with U+FFFD, never thrown.
 *
 * <p>Two departures from the standard, both only when the bytes contradict a declaration: a body that is valid
 * UTF-8 holding multi-byte sequences is UTF-8 whatever legacy charset is declared (pages re-saved as UTF-8 keep
 * their old {@code iso-8859-1} or {@code GB2312} tag; legacy text practically never forms valid multi-byte
 * UTF-8); and in {@link #sniff}, a declaration whose charset turns a fifth or more of the text into U+FFFD
 * ({@link Legibility#doubtful()}) is passed over for the next step (the meta after the header, then the
 * detector) when that decodes the text with fewer than half the replacement characters. A page still
 * {@link Decoded#undecodable() undecodable} afterwards is the caller's to refuse.
 */
public final class CharsetSniffer {
    /** How many leading bytes the WHATWG prescan reads; kept for callers, the prescan now reads the whole head. */
    public static final int PRESCAN_BYTES = 1024;

    /**
     * @param text       the decoded body
     * @param charset    the canonical (JDK) name of the charset used, or {@code replacement}
     * @param via        where it came from, in detail: {@code bom}, {@code header}, {@code meta}, {@code default},
     *                   {@code utf8-over-header}, {@code utf8-over-meta} (valid UTF-8 beat a declared legacy
     *                   charset), {@code detector}
     * @param source     how the charset was decided ({@code charset_source} on raw-pages)
     * @param uncertain  true when it is a statistical guess ({@code encoding_uncertain})
     * @param declared   the label a header or meta declared but the bytes contradicted, or null
     * @param legibility how legible the decoded text is
     */
    public record Decoded(String text, String charset, String via, CharsetSource source, boolean uncertain,
                          String declared, Legibility legibility) {
        /** @return true when the decoded text is mostly U+FFFD or control characters: not to be stored */
        public boolean undecodable() {
            return legibility.undecodable();
        }

        /**
         * @param body the bytes decoded
         * @return what a dead letter says of an undecodable page: the charset and how it was decided, the label
         *         the bytes contradicted, the counts, the size and the first bytes in hex
         */
        public String undecodableDetail(byte[] body) {
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < Math.min(32, body.length); i++) {
                hex.append(String.format(Locale.ROOT, "%02x", body[i] & 0xFF));
            }
            return String.format(Locale.ROOT, "decoded as %s (charset_source %s%s), %.0f%% of the text is U+FFFD "
                            + "or control characters (%d U+FFFD, %d control, %d letters or digits); %d bytes, "
                            + "first bytes %s", charset, source.wireName(), declared == null ? ""
                            : ", declared " + declared, legibility.badShare() * 100, legibility.replacements(),
                    legibility.controls(), legibility.letters(), body.length, hex);
        }
    }

    private CharsetSniffer() {
    }

    /**
     * BOM, header, head prescan, UTF-8; no statistical detection: for XML documents, whose own declaration
     * (the XML prolog) the caller reads when this answers {@code default} or {@code meta}.
     *
     * @param body        the raw body bytes
     * @param contentType the Content-Type header value, or null
     * @return the decoded text with the charset used and its origin
     */
    public static Decoded decode(byte[] body, String contentType) {
        return run(body, contentType, false);
    }

    /**
     * The whole algorithm for an HTML page: BOM, header, head prescan, then the statistical detector.
     *
     * @param body        the raw body bytes
     * @param contentType the Content-Type header value, or null
     * @return the decoded text, the charset, how it was decided and whether it is a guess
     */
    public static Decoded sniff(byte[] body, String contentType) {
        return run(body, contentType, true);
    }

    private static Decoded run(byte[] body, String contentType, boolean detect) {
        Decoded bom = bom(body);
        if (bom != null) {
            return bom;
        }
        String headerLabel = MetaContent.charsetLabel(contentType);
        String headerEncoding = EncodingLabels.encodingName(headerLabel);
        if (EncodingLabels.REPLACEMENT.equals(headerEncoding)) {
            return new Decoded("\uFFFD", EncodingLabels.REPLACEMENT, "header", CharsetSource.HEADER, false, null,
                    Legibility.REPLACED);
        }
        Charset header = EncodingLabels.forLabel(headerLabel);
        Decoded declared = null;
        if (header != null) {
            declared = declared(body, header, CharsetSource.HEADER);
            if (!detect || !declared.legibility().doubtful()) {
                return declared;
            }
        }
        HeadPrescan.Declaration meta = HeadPrescan.scan(body);
        if (meta != null && (header == null || !meta.charset().equals(header))) {
            Decoded fromMeta = declared(body, meta.charset(), CharsetSource.META);
            if (declared == null || clearlyBetter(fromMeta, declared)) {
                fromMeta = declared == null ? fromMeta : withDeclared(fromMeta, headerLabel);
                if (!detect || !fromMeta.legibility().doubtful()) {
                    return fromMeta;
                }
                declared = fromMeta;
            }
        }
        if (declared != null) {
            Decoded detected = detected(body, declared.charset(), headerLabel != null && header != null
                    ? headerLabel : meta == null ? null : meta.label());
            return detected != null && clearlyBetter(detected, declared) ? detected : declared;
        }
        if (detect) {
            Decoded detected = detected(body, null, null);
            if (detected != null) {
                return detected;
            }
        }
        return decoded(body, 0, StandardCharsets.UTF_8, "default", CharsetSource.DEFAULT, false, null);
    }

    private static Decoded bom(byte[] body) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return decoded(body, 3, StandardCharsets.UTF_8, "bom", CharsetSource.BOM, false, null);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return decoded(body, 2, StandardCharsets.UTF_16BE, "bom", CharsetSource.BOM, false, null);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return decoded(body, 2, StandardCharsets.UTF_16LE, "bom", CharsetSource.BOM, false, null);
        }
        return null;
    }

    /** A declared charset, unless the bytes are valid multi-byte UTF-8 and it is another. */
    private static Decoded declared(byte[] body, Charset cs, CharsetSource source) {
        if (!cs.equals(StandardCharsets.UTF_8) && isMultiByteUtf8(body)) {
            return decoded(body, 0, StandardCharsets.UTF_8, "utf8-over-" + source.wireName(),
                    CharsetSource.DETECTOR, false, cs.name());
        }
        return decoded(body, 0, cs, source.wireName(), source, false, null);
    }

    /**
     * @param body     the bytes
     * @param declared the charset declared (and doubtful), or null when none was
     * @param label    the label declared, or null
     * @return valid multi-byte UTF-8 as UTF-8 (certain), else ICU's guess (uncertain), else null
     */
    private static Decoded detected(byte[] body, String declared, String label) {
        if (isMultiByteUtf8(body)) {
            return decoded(body, 0, StandardCharsets.UTF_8, "detector", CharsetSource.DETECTOR, false, label);
        }
        if (isAscii(body)) {
            return null;
        }
        StatisticalDetector.Guess g = StatisticalDetector.guess(body);
        if (g == null || g.charset().name().equals(declared)) {
            return null;
        }
        return decoded(body, 0, g.charset(), "detector", CharsetSource.DETECTOR, true, label);
    }

    /** @return true when {@code a} has fewer than half the bad characters of {@code b} */
    private static boolean clearlyBetter(Decoded a, Decoded b) {
        return a.legibility().bad() * 2 < b.legibility().bad();
    }

    private static Decoded withDeclared(Decoded d, String label) {
        return new Decoded(d.text(), d.charset(), d.via(), d.source(), d.uncertain(), label, d.legibility());
    }

    private static Decoded decoded(byte[] body, int offset, Charset cs, String via, CharsetSource source,
                                   boolean uncertain, String declared) {
        String text = decodeWith(body, offset, cs);
        return new Decoded(text, cs.name(), via, source, uncertain, declared, Legibility.of(text));
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

    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param label a charset label as found in a header, meta tag or XML declaration
     * @return the charset of its WHATWG encoding ({@link EncodingLabels}), or null when it names none
     */
    public static Charset forLabel(String label) {
        return EncodingLabels.forLabel(label);
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
