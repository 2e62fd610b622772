package newsflow.ingest.url;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an http(s) URL into the dedup key of a page (case C31). Steps, in this order:
 * <ol>
 *   <li>parse (spaces are percent-encoded first); only {@code http} and {@code https} are accepted;</li>
 *   <li>scheme and host lower-cased, an internationalised host converted to ASCII (IDNA, {@link IDN#toASCII});</li>
 *   <li>the default port (80 for http, 443 for https) dropped;</li>
 *   <li>mobile and AMP host prefixes ({@link #MOBILE_HOST_PREFIXES}: {@code m.}, {@code mobile.}, {@code amp.})
 *       removed when at least two labels remain, so {@code m.news.example} becomes {@code news.example};</li>
 *   <li>AMP path forms mapped to the article path: a leading {@code /amp/} segment and a trailing {@code /amp}
 *       segment or {@code .amp} suffix are removed; {@code ;jsessionid=} path parameters removed; dot segments
 *       resolved; an empty path becomes {@code /};</li>
 *   <li>the fragment dropped; non-ASCII characters percent-encoded as UTF-8, escapes in upper-case hex;</li>
 *   <li>tracking parameters ({@link TrackingParameters}) dropped; the other parameters kept, sorted by name then
 *       value (stable), an empty query removed.</li>
 * </ol>
 * The {@code rel=canonical} link of the page itself is honoured later, in enrich; a cross-site canonical is not
 * used to merge. The mapping of {@code m.} / {@code amp.} hosts assumes those hosts serve the same articles as
 * the bare host, which holds for the news sites that use them.
 */
public final class UrlCanonicalizer {
    /** Host prefixes of mobile and AMP mirrors, removed from the host. */
    public static final List<String> MOBILE_HOST_PREFIXES = List.of("m.", "mobile.", "amp.");
    private static final Pattern JSESSIONID = Pattern.compile(";jsessionid=[^/?#]*", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SCHEMES = Set.of("http", "https");

    private UrlCanonicalizer() {
    }

    /**
     * @param url an absolute http(s) URL as a feed, sitemap or link gave it
     * @return the canonical form, e.g. {@code https://news.example/a/123}
     * @throws IllegalArgumentException when the URL is malformed, relative, or not http(s)
     */
    public static String canonicalize(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("empty URL");
        }
        URI uri;
        try {
            uri = new URI(url.trim().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed URL " + url + ": " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || !SCHEMES.contains(scheme)) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        String host = uri.getHost();
        if (host == null) {
            host = hostFromAuthority(uri.getRawAuthority());
        }
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("URL without host: " + url);
        }
        host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        host = stripMobilePrefix(host);
        int port = uri.getPort();
        if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
            port = -1;
        }
        String path = canonicalPath(uri.getRawPath());
        String query = canonicalQuery(uri.getRawQuery());
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        if (port != -1) {
            out.append(':').append(port);
        }
        out.append(asciiEscapes(path));
        if (!query.isEmpty()) {
            out.append('?').append(asciiEscapes(query));
        }
        return out.toString();
    }

    private static String hostFromAuthority(String authority) {
        if (authority == null) {
            return null;
        }
        String a = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = a.lastIndexOf(':');
        return colon > 0 && !a.endsWith("]") ? a.substring(0, colon) : a;
    }

    static String stripMobilePrefix(String host) {
        for (String prefix : MOBILE_HOST_PREFIXES) {
            if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                return host.substring(prefix.length());
            }
        }
        return host;
    }

    static String canonicalPath(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        path = JSESSIONID.matcher(path).replaceAll("");
        path = URI.create("http://h" + path.replace(" ", "%20")).normalize().getRawPath();
        if (path.startsWith("/amp/")) {
            path = path.substring(4);
        } else if (path.equals("/amp")) {
            path = "/";
        }
        if (path.endsWith("/amp") || path.endsWith("/amp/")) {
            path = path.substring(0, path.lastIndexOf("/amp"));
        } else if (path.endsWith(".amp")) {
            path = path.substring(0, path.length() - 4);
        }
        return path.isEmpty() ? "/" : path;
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> kept = new ArrayList<>();
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? null : part.substring(eq + 1);
            if (!TrackingParameters.isTracking(decode(name), value == null ? null : decode(value))) {
                kept.add(new String[] {name, part});
            }
        }
        kept.sort(Comparator.comparing((String[] p) -> p[0]).thenComparing(p -> p[1]));
        StringBuilder q = new StringBuilder();
        for (String[] p : kept) {
            if (q.length() > 0) {
                q.append('&');
            }
            q.append(p[1]);
        }
        return q.toString();
    }

    /** Percent-encodes non-ASCII characters as UTF-8 and upper-cases the hex digits of existing escapes. */
    static String asciiEscapes(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                out.append('%').append(Character.toUpperCase(s.charAt(i + 1)))
                        .append(Character.toUpperCase(s.charAt(i + 2)));
                i += 2;
            } else if (c < 0x80) {
                out.append(c);
            } else {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp) - 1;
                for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
                }
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /**
     * @param url an absolute URL
     * @return the lower-cased host of {@code url} (IDNA ASCII form), used to group politeness and robots rules
     * @throws IllegalArgumentException when the URL has no host
     */
    public static String hostOf(String url) {
        URI uri = URI.create(url);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("URL without host: " + url);
        }
        return IDN.toASCII(uri.getHost(), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    }
}
