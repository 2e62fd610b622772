package newsflow.enrich.meta;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Accepts a page's declared canonical URL only when it is sane and same-site: an absolute http(s) URL with a
 * host, not the site's home page, on the same registrable domain as the page URL once the {@code www.},
 * {@code m.}, {@code mobile.} and {@code amp.} prefixes are set aside. The registrable domain is approximated as
 * the last two host labels, or three under a second-level suffix such as {@code co.uk}, {@code com.au}
 * (no public-suffix list is shipped).
 */
final class CanonicalUrls {

    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "edu", "or",
            "ne", "go", "gob", "gouv", "nic", "mil", "ltd", "plc", "sch", "nom");
    private static final Set<String> HOST_PREFIXES = Set.of("www", "m", "mobile", "amp", "www2");

    private CanonicalUrls() {
    }

    /**
     * @param canonical the absolute canonical URL, or null
     * @param pageUrl   the page URL, or null (then only sanity is checked)
     * @return the canonical URL when acceptable, else null
     */
    static String accept(String canonical, String pageUrl) {
        if (canonical == null || canonical.isBlank()) {
            return null;
        }
        String c = canonical.strip();
        URI uri;
        try {
            uri = URI.create(c);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return null;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if ((path.isEmpty() || path.equals("/")) && uri.getRawQuery() == null) {
            return null;
        }
        if (pageUrl != null && !pageUrl.isBlank()) {
            String pageHost = host(pageUrl);
            if (pageHost != null && !registrable(pageHost).equals(registrable(uri.getHost()))) {
                return null;
            }
        }
        return c;
    }

    private static String host(String url) {
        try {
            return URI.create(url.strip().replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** @return the approximate registrable domain of a host, lower-case, without www./m./amp. */
    static String registrable(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int start = 0;
        while (start < labels.length - 2 && HOST_PREFIXES.contains(labels[start])) {
            start++;
        }
        int n = labels.length;
        int keep = n >= 3 && labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]) ? 3 : 2;
        int from = Math.max(start, n - keep);
        return String.join(".", java.util.Arrays.copyOfRange(labels, from, n));
    }
}
