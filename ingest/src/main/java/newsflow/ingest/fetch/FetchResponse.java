package newsflow.ingest.fetch;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The final response of a fetch, after the redirects the fetcher followed itself.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl     the URL of the final response
 * @param status       HTTP status code of the final response
 * @param headers      response headers (names lower-case, {@link java.util.Locale#ROOT})
 * @param body         the body bytes with the content coding undone ({@link ContentDecoder}): at most the cap;
 *                     empty for 304
 * @param redirects    how many redirects were followed
 * @param truncated    true when the decoded body went past the cap and {@code body} holds its first cap bytes
 * @param coding       the content codings undone, e.g. {@code identity}, {@code gzip}, {@code gzip (sniffed)}
 * @param chain        every response of the fetch, the first request first and the final response last (one
 *                     hop when there was no redirect), for {@link RedirectClassifier}
 */
public record FetchResponse(String requestedUrl, String finalUrl, int status, Map<String, List<String>> headers,
                            byte[] body, int redirects, boolean truncated, String coding,
                            List<RedirectHop> chain) {
    /** Copies the chain. */
    public FetchResponse {
        chain = List.copyOf(chain);
    }

    /**
     * A complete response whose body was sent as it is.
     *
     * @param requestedUrl the URL asked for
     * @param finalUrl     the URL of the final response
     * @param status       HTTP status code
     * @param headers      response headers
     * @param body         the body bytes
     * @param redirects    how many redirects were followed
     */
    public FetchResponse(String requestedUrl, String finalUrl, int status, Map<String, List<String>> headers,
                         byte[] body, int redirects) {
        this(requestedUrl, finalUrl, status, headers, body, redirects, false, "identity",
                List.of(new RedirectHop(finalUrl, status, null, false)));
    }

    /**
     * Whether the body is text, so that its beginning is worth keeping when it is cut at the cap: no Content-Type,
     * or one of {@code text/*} or naming html, xml or json ({@code application/xhtml+xml},
     * {@code application/rss+xml}, {@code application/ld+json}…), and a body that starts with a UTF-16 byte order
     * mark or whose first 1,024 bytes hold none of the bytes that mark binary data (WHATWG MIME Sniffing §7.2:
     * 0x00-0x08, 0x0B, 0x0E-0x1A, 0x1C-0x1F), whatever the Content-Type claims.
     *
     * @return true for a text body
     */
    public boolean isText() {
        Optional<String> type = header("content-type");
        if (type.isPresent() && !type.get().isBlank()) {
            String t = type.get().toLowerCase(java.util.Locale.ROOT);
            if (!t.startsWith("text/") && !t.contains("html") && !t.contains("xml") && !t.contains("json")) {
                return false;
            }
        }
        if (body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
                || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE)) {
            return true;
        }
        for (int i = 0; i < Math.min(body.length, 1024); i++) {
            int b = body[i] & 0xFF;
            if (b <= 0x08 || b == 0x0B || b >= 0x0E && b <= 0x1A || b >= 0x1C && b <= 0x1F) {
                return false;
            }
        }
        return true;
    }

    /**
     * The Content-Type of the body as decoded: the header, except that a gzip or octet-stream type (a
     * {@code .xml.gz} sitemap or gzipped feed, which the fetcher unpacked) names what the body now is:
     * {@code application/xml} when it starts with {@code <}, {@code application/json} with <code>{</code> or
     * {@code [}, else {@code text/plain} (a text sitemap).
     *
     * @return the type to parse the body as, or null when the response had none
     */
    public String decodedContentType() {
        String type = header("content-type").orElse(null);
        String t = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
        if (!t.contains("gzip") && !t.contains("octet-stream")) {
            return type;
        }
        int i = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        int first = i < body.length ? body[i] : -1;
        return first == '<' ? "application/xml" : first == '{' || first == '[' ? "application/json" : "text/plain";
    }

    /**
     * @param name header name, any case
     * @return the first value of the header
     */
    public Optional<String> header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return Optional.of(e.getValue().get(0));
            }
        }
        return Optional.empty();
    }
}
