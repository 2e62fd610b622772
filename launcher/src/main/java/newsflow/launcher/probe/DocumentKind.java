package newsflow.launcher.probe;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import newsflow.ingest.charset.CharsetSniffer;

/**
 * What kind of document a body is, by its content rather than its Content-Type (servers get that wrong): the
 * first element after the XML declaration, comments and doctype — {@code rss}, {@code RDF}, {@code feed} make a
 * feed, {@code urlset}, {@code sitemapindex} a sitemap, {@code html} a page — or a JSON object (JSON Feed), or a
 * text/html Content-Type for markup without an {@code <html>} element. A gzip body (magic bytes 1f 8b) is
 * unpacked first, up to a cap.
 */
enum DocumentKind {
    /** RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed. */
    FEED,
    /** A sitemap or sitemap index (XML). */
    SITEMAP,
    /** An HTML page. */
    PAGE,
    /** None of these. */
    UNKNOWN;

    /** @return the lower-case name of the report */
    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param body        the body (unpacked)
     * @param contentType the Content-Type header, or null
     * @return the kind
     */
    static DocumentKind of(byte[] body, String contentType) {
        String text = CharsetSniffer.decode(java.util.Arrays.copyOf(body, Math.min(body.length, 16_384)),
                contentType).text().stripLeading();
        if (text.startsWith("{")) {
            return FEED;
        }
        String root = rootElement(text);
        if (root != null) {
            switch (root) {
                case "rss": case "rdf": case "feed":
                    return FEED;
                case "urlset": case "sitemapindex":
                    return SITEMAP;
                case "html":
                    return PAGE;
                default:
                    break;
            }
        }
        boolean html = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
        return html || (contentType == null && text.startsWith("<")) ? PAGE : UNKNOWN;
    }

    /** @return the local name of the first element, lower case, or null */
    static String rootElement(String text) {
        int i = 0;
        while (i < text.length()) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt + 1 >= text.length()) {
                return null;
            }
            char c = text.charAt(lt + 1);
            if (c == '?' || c == '!') {
                int end = text.startsWith("<!--", lt) ? text.indexOf("-->", lt) : text.indexOf('>', lt);
                if (end < 0) {
                    return null;
                }
                i = end + 1;
                continue;
            }
            int j = lt + 1;
            while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '>'
                    && text.charAt(j) != '/') {
                j++;
            }
            String name = text.substring(lt + 1, j);
            int colon = name.indexOf(':');
            return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /**
     * @param body     bytes as received
     * @param maxBytes the most to unpack
     * @return the unpacked bytes when the body is gzip (magic bytes 1f 8b), else null
     * @throws IOException when the gzip stream is corrupt or over the cap
     */
    static byte[] gunzip(byte[] body, long maxBytes) throws IOException {
        if (body.length < 2 || (body[0] & 0xFF) != 0x1F || (body[1] & 0xFF) != 0x8B) {
            return null;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (out.length > maxBytes) {
                throw new IOException("the gzip body unpacks to more than " + maxBytes + " bytes");
            }
            return out;
        }
    }
}
