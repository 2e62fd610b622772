package newsflow.ingest.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The WHATWG HTML "prescan a byte stream to determine its encoding" (HTML Living Standard §13.2.3.2) run over the
 * whole {@code <head>} rather than its first 1,024 bytes, so that a {@code <meta charset>} after a 20 kB inline
 * script or a long style sheet is found. The scan follows the standard's steps — comments skipped, {@code <meta>}
 * attributes read with its "get an attribute" algorithm ({@code charset}, or {@code http-equiv="content-type"}
 * with a {@code content} holding {@code charset=}), other tags' attributes skipped, a label that names no
 * encoding ignored so that a later declaration counts (case C14), a UTF-16 label read as UTF-8 — with two
 * additions that a scan beyond 1 kB needs: the text of raw-text and RCDATA elements ({@code script},
 * {@code style}, {@code title}, {@code textarea}…) is skipped to its end tag as the tokenizer skips it (so a
 * {@code "<b"} or a quoted {@code ">"} in a script cannot swallow the rest of the head), and the scan ends at
 * {@code </head>} or {@code <body>} (or the end of the bytes). Input is raw bytes of an ASCII-compatible
 * encoding; never throws.
 */
public final class HeadPrescan {
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "title", "textarea", "xmp", "iframe",
            "noembed", "noframes");
    private final byte[] b;
    private int pos;

    /**
     * @param charset the charset declared, never null
     * @param label   the label as written in the page
     * @param offset  byte offset of the {@code <meta} that declared it
     */
    public record Declaration(Charset charset, String label, int offset) {
    }

    private HeadPrescan(byte[] bytes) {
        this.b = bytes;
    }

    /**
     * @param bytes the document bytes
     * @return the first valid declaration of the head, or null when the head declares none
     */
    public static Declaration scan(byte[] bytes) {
        return new HeadPrescan(bytes).run();
    }

    private Declaration run() {
        while (pos < b.length) {
            if (b[pos] != '<') {
                pos++;
            } else if (ByteScan.startsWith(b, pos, "<!--")) {
                int end = ByteScan.indexOf(b, "-->", pos + 2);
                pos = end < 0 ? b.length : end + 3;
            } else if (startsWithTag("meta")) {
                int start = pos;
                pos += 5;
                Declaration d = meta(start);
                if (d != null) {
                    return d;
                }
            } else if (startsWithTag("body") || startsWithEndTag("head")) {
                return null;
            } else if (pos + 1 < b.length && isAsciiLetter(b[pos + 1])) {
                tag(pos + 1);
            } else if (pos + 2 < b.length && b[pos + 1] == '/' && isAsciiLetter(b[pos + 2])) {
                pos += 2;
                skipToSpaceOrGt();
                while (attribute() != null) {
                    // an end tag's attributes are read and dropped, as the standard does
                }
            } else if (pos + 1 < b.length && (b[pos + 1] == '!' || b[pos + 1] == '/' || b[pos + 1] == '?')) {
                int end = ByteScan.indexOf(b, ">", pos + 1);
                pos = end < 0 ? b.length : end + 1;
            } else {
                pos++;
            }
        }
        return null;
    }

    /** A start tag other than meta: its attributes are skipped, and a raw-text element's text after them. */
    private void tag(int nameStart) {
        pos = nameStart;
        skipToSpaceOrGt();
        String name = new String(b, nameStart, pos - nameStart, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        while (attribute() != null) {
            // skipped
        }
        if (pos < b.length && b[pos] == '>') {
            pos++;
        }
        if (RAW_TEXT.contains(name)) {
            int end = indexOfEndTag(name, pos);
            pos = end < 0 ? b.length : end;
        }
    }

    private Declaration meta(int start) {
        Set<String> seen = new HashSet<>();
        boolean gotPragma = false;
        Boolean needPragma = null;
        String label = null;
        Charset charset = null;
        String[] attr;
        while ((attr = attribute()) != null) {
            if (!seen.add(attr[0])) {
                continue;
            }
            switch (attr[0]) {
                case "http-equiv":
                    gotPragma = gotPragma || attr[1].equals("content-type");
                    break;
                case "content":
                    String found = label == null ? MetaContent.charsetLabel(attr[1]) : null;
                    if (found != null && EncodingLabels.encodingName(found) != null) {
                        label = found;
                        charset = EncodingLabels.forLabel(found);
                        needPragma = true;
                    }
                    break;
                case "charset":
                    label = attr[1];
                    charset = EncodingLabels.forLabel(attr[1]);
                    needPragma = false;
                    break;
                default:
                    break;
            }
        }
        if (needPragma == null || (needPragma && !gotPragma) || charset == null) {
            return null;
        }
        return new Declaration(EncodingLabels.isUtf16(charset) ? StandardCharsets.UTF_8 : charset, label, start);
    }

    /**
     * The standard's "get an attribute": {name, value} lower-cased (the value keeps its case outside A-Z), or
     * null at the tag's end.
     */
    private String[] attribute() {
        while (pos < b.length && (isSpace(b[pos]) || b[pos] == '/')) {
            pos++;
        }
        if (pos >= b.length || b[pos] == '>') {
            return null;
        }
        StringBuilder name = new StringBuilder();
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= b.length) {
                return new String[] {name.toString(), ""};
            }
            byte c = b[pos];
            if (c == '=' && name.length() > 0) {
                pos++;
                return value(name, value);
            } else if (isSpace(c)) {
                while (pos < b.length && isSpace(b[pos])) {
                    pos++;
                }
                if (pos >= b.length || b[pos] != '=') {
                    return new String[] {name.toString(), ""};
                }
                pos++;
                return value(name, value);
            } else if (c == '/' || c == '>') {
                return new String[] {name.toString(), ""};
            }
            name.append(ByteScan.lower(c));
            pos++;
        }
    }

    private String[] value(StringBuilder name, StringBuilder value) {
        while (pos < b.length && isSpace(b[pos])) {
            pos++;
        }
        if (pos < b.length && (b[pos] == '"' || b[pos] == '\'')) {
            byte quote = b[pos++];
            while (pos < b.length && b[pos] != quote) {
                value.append(ByteScan.lower(b[pos++]));
            }
            if (pos >= b.length) {
                return null; // the bytes end inside the value: nothing declared
            }
            pos++;
            return new String[] {name.toString(), value.toString()};
        }
        while (pos < b.length && !isSpace(b[pos]) && b[pos] != '>') {
            value.append(ByteScan.lower(b[pos++]));
        }
        return new String[] {name.toString(), value.toString()};
    }

    private void skipToSpaceOrGt() {
        while (pos < b.length && !isSpace(b[pos]) && b[pos] != '>') {
            pos++;
        }
    }

    /** {@code <name} (any case) followed by whitespace, {@code /} or (for non-meta) {@code >}. */
    private boolean startsWithTag(String tag) {
        return nameAt(pos + 1, tag);
    }

    private boolean startsWithEndTag(String tag) {
        return pos + 1 < b.length && b[pos + 1] == '/' && nameAt(pos + 2, tag);
    }

    private boolean nameAt(int at, String tag) {
        if (at + tag.length() >= b.length || !ByteScan.startsWithIgnoreCase(b, at, tag)) {
            return false;
        }
        byte after = b[at + tag.length()];
        return isSpace(after) || after == '/' || (after == '>' && !tag.equals("meta"));
    }

    /** @return the offset of {@code </name} followed by whitespace, {@code /} or {@code >}, or -1 */
    private int indexOfEndTag(String name, int from) {
        for (int i = from; i + 2 + name.length() < b.length; i++) {
            if (b[i] == '<' && b[i + 1] == '/' && nameAt(i + 2, name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(byte c) {
        return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20;
    }
}
