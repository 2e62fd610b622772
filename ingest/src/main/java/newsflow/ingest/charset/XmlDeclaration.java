package newsflow.ingest.charset;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code encoding} pseudo-attribute of an XML declaration at the very start of a body
 * ({@code <?xml version="1.0" encoding="ISO-8859-7"?>}, XML 1.0 section 2.8 and 4.3.3), as ASCII bytes: the
 * declaration itself is ASCII in every ASCII-compatible encoding (UTF-16 bodies carry a BOM and never get here).
 * Leading whitespace is tolerated (feeds in the wild often start with a newline). The one reading of it for pages
 * ({@link CharsetSniffer}), feeds ({@code FeedParser}) and {@code newsflow probe}.
 */
public final class XmlDeclaration {
    /** The declaration must end within this many bytes. */
    private static final int MAX_BYTES = 1024;
    private static final Pattern ENCODING =
            Pattern.compile("^\\s*<\\?xml\\s[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._:-]*)[\"'][^>]*\\?>");

    private XmlDeclaration() {
    }

    /**
     * @param body the raw bytes
     * @return the declared encoding label, or null when the body starts with no XML declaration naming one
     */
    public static String encodingLabel(byte[] body) {
        int n = Math.min(body.length, MAX_BYTES);
        String head = new String(body, 0, n, StandardCharsets.ISO_8859_1);
        Matcher m = ENCODING.matcher(head);
        return m.find() ? m.group(1) : null;
    }
}
