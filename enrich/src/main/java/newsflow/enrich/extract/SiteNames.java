package newsflow.enrich.extract;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names a page's site goes by, used to recognise a site-name part of a title ("… | MDR.DE"): the declared
 * site name (og:site_name, JSON-LD publisher, application-name), the page host without {@code www.}
 * ("mdr.de"), and the host's labels other than {@code www} and the top-level domain when at least
 * {@link #MIN_LABEL_CHARS} long ("mdr", "hessenschau"). Compared case-insensitively with spaces and dots ignored,
 * so "MDR.DE", "mdr.de" and "MDR" all name {@code www.mdr.de}. Immutable.
 */
final class SiteNames {

    /** Shortest host label taken for a site name ("co", "de" and the like are not). */
    static final int MIN_LABEL_CHARS = 3;
    /** Second-level labels that are registry parts, never a site ("co.uk", "com.au"). */
    private static final Set<String> REGISTRY_LABELS = Set.of("com", "net", "org", "gov", "edu", "ac", "co");

    private final Set<String> names = new LinkedHashSet<>();

    private SiteNames() {
    }

    /**
     * @param siteName the declared site name, or null
     * @param url      the page URL, or null/empty
     * @return the names
     */
    static SiteNames of(String siteName, String url) {
        SiteNames s = new SiteNames();
        if (siteName != null && !siteName.isBlank()) {
            s.names.add(key(siteName));
        }
        String host = host(url);
        if (host != null) {
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            s.names.add(key(host));
            String[] labels = host.split("\\.");
            for (int i = 0; i < labels.length - 1; i++) {
                String l = labels[i];
                if (l.length() >= MIN_LABEL_CHARS && !REGISTRY_LABELS.contains(l)) {
                    s.names.add(key(l));
                }
            }
        }
        s.names.remove("");
        return s;
    }

    /**
     * @param text a title part
     * @return whether it names this site
     */
    boolean isSite(String text) {
        return text != null && !names.isEmpty() && names.contains(key(text));
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace(".", "").replace("\u00A0", "");
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
