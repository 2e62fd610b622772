package newsflow.enrich.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Heuristic 11 (pagination, case C24): is this page a later page of a multi-page article, fetched on its own?
 * Such a page must not become an article of its own: its canonical URL is the first page's, so its editions
 * would replace the joined record with one part of the text. A page is a continuation when its declared
 * canonical URL (already accepted as same-site) names another page than itself, and either
 * <ol>
 *   <li>it links back with {@code <link rel=prev>} / {@code <a rel=prev>} (the pagination markup of the HTML
 *       link types, WHATWG HTML §4.6.7), or</li>
 *   <li>its URL is the canonical URL plus a page marker: a query parameter {@link #PAGE_PARAMETERS} with a
 *       number of 2 or more, or a trailing {@code /page/N} path segment pair.</li>
 * </ol>
 * An AMP or mobile copy (canonical elsewhere, no rel=prev, no page marker) stays an article: it is the same
 * document, keyed on the same canonical URL.
 */
final class ContinuationPage {

    /** Query parameters that number the pages of one article. */
    static final Set<String> PAGE_PARAMETERS = Set.of("page", "p", "pg", "paged", "pagina", "seite", "pagenum");

    private static final Pattern PATH_PAGE = Pattern.compile("/page/([0-9]{1,4})/?$");

    /**
     * @param doc       the parsed page, before cleaning
     * @param url       the page URL, or null (then nothing is a continuation; nor is a page without a host, such as
     *                  a saved file, whose place among its siblings is unknown)
     * @param canonical the page's accepted canonical URL, or null (then nothing is a continuation)
     * @return true when the page continues another page's article
     */
    boolean isContinuation(Document doc, String url, String canonical) {
        if (url == null || canonical == null || !hasHost(url) || sameUrl(url, canonical)) {
            return false;
        }
        if (doc.selectFirst("link[rel~=(?i)^prev(ious)?$], a[rel~=(?i)^prev(ious)?$]") != null) {
            return true;
        }
        String first = withoutPageMarker(url);
        return first != null && sameUrl(first, canonical);
    }

    /** @return the URL without its page marker, or null when it has none numbered 2 or more */
    static String withoutPageMarker(String url) {
        URI u;
        try {
            u = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        String query = u.getRawQuery();
        var m = PATH_PAGE.matcher(path);
        if (m.find() && Integer.parseInt(m.group(1)) >= 2) {
            return rebuild(u, path.substring(0, m.start()), query);
        }
        if (query == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        boolean found = false;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (!found && PAGE_PARAMETERS.contains(name) && value.matches("[0-9]{1,4}")
                    && Integer.parseInt(value) >= 2) {
                found = true;
                continue;
            }
            if (kept.length() > 0) {
                kept.append('&');
            }
            kept.append(pair);
        }
        return found ? rebuild(u, path, kept.length() == 0 ? null : kept.toString()) : null;
    }

    private static String rebuild(URI u, String path, String query) {
        StringBuilder sb = new StringBuilder();
        sb.append(u.getScheme()).append("://").append(u.getRawAuthority()).append(path);
        if (query != null) {
            sb.append('?').append(query);
        }
        return sb.toString();
    }

    private static boolean hasHost(String url) {
        try {
            return URI.create(url.strip()).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Two URLs name the same page: scheme and host case, a trailing slash and the fragment set aside. */
    static boolean sameUrl(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String url) {
        String s = url.strip();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        try {
            URI u = URI.create(s);
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            return host + (u.getPort() < 0 ? "" : ":" + u.getPort()) + path
                    + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
