package newsflow.ingest.fetch;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Tells a consent or interstitial wall, a redirect loop and an over-long chain apart from an ordinary redirect,
 * from the chain of (URL, status, Location) alone, so that it holds whatever HTTP client follows the redirects
 * (issue 12 item 5). All three are retried later with backoff like a 429 and dead-lettered with the chain only
 * after the attempt limit: a wall that sets a cookie and sends the visitor round often lets the next visit
 * through.
 * <p>The decision is by structure first:
 * <ul>
 *   <li><b>loop</b>: a Location names a URL already requested in this fetch (A→B→A, A→A; scheme and host case,
 *       default port and fragment ignored, RFC 3986 §6.2.2–6.2.3);</li>
 *   <li><b>return address</b>: a Location whose query carries a URL of the chain as a parameter value
 *       ({@code consent.example/?continue=https%3A%2F%2Fnews.example%2Fa}, {@code ?redirect=/a}) — the shape of a
 *       consent, cookie-wall or login interstitial that sends the visitor back afterwards;</li>
 *   <li><b>cookie and back</b>: a response that sets a cookie and sends the visitor back to a URL it already
 *       requested;</li>
 * </ul>
 * and by vocabulary second: a Location whose host has a consent word ({@code consent}, {@code cookie},
 * {@code gdpr}, {@code privacy}, {@code datenschutz}, {@code consentement}, {@code privacidad}, {@code toestemming},
 * {@code zgoda}, Arabic {@code موافقة} / {@code الخصوصية}…) when the host it leaves has none, or whose path has
 * one when the path it leaves has none and the response sets a cookie or the Location has a query (an article
 * slug about privacy reached through a short link is no wall). A loop or an
 * over-long chain with either signal is reported as {@link Kind#CONSENT}. Pure functions, no state.
 */
public final class RedirectClassifier {
    /** What a redirect chain is. */
    public enum Kind {
        /** An ordinary chain (or none): the final response is the page. */
        NONE("none"),
        /** A Location revisits a URL of the chain. */
        LOOP("redirect-loop"),
        /** The chain goes through a consent or interstitial page. */
        CONSENT("consent-redirect"),
        /** More redirects than allowed, no loop, no consent signal. */
        TOO_LONG("too-many-redirects");

        private final String reason;

        Kind(String reason) {
            this.reason = reason;
        }

        /** @return the retry and dead-letter reason code, e.g. {@code consent-redirect} */
        public String reason() {
            return reason;
        }
    }

    /** Stems of consent and privacy vocabulary, lower case, several languages; matched inside URL tokens. */
    private static final List<String> VOCABULARY = List.of("consent", "cookie", "gdpr", "dsgvo", "rgpd", "privacy",
            "privacid", "privatsph", "datenschutz", "einwilligung", "zustimmung", "consentement", "confidentialit",
            "consentimento", "consenso", "toestemming", "samtyck", "samtykke", "suostumus", "zgod", "souhlas",
            "informativa", "interstitial", "cmp", "\u0645\u0648\u0627\u0641\u0642", "\u0627\u0644\u062e\u0635\u0648\u0635\u064a",
            "\u0643\u0648\u0643\u064a\u0632");

    private RedirectClassifier() {
    }

    /**
     * @param chain the responses so far
     * @param next  the Location about to be requested
     * @return true when {@code next} was already requested in this chain
     */
    public static boolean revisits(List<RedirectHop> chain, String next) {
        String n = normal(next);
        return chain.stream().anyMatch(h -> normal(h.url()).equals(n));
    }

    /**
     * Classifies a chain that was abandoned: its last hop is a redirect that either revisits the chain or
     * exceeds the redirect limit.
     *
     * @param chain every response of the fetch, the last one a redirect
     * @return {@link Kind#CONSENT} when a consent signal is present, else {@link Kind#LOOP} or
     *         {@link Kind#TOO_LONG}
     */
    public static Kind abandoned(List<RedirectHop> chain) {
        if (consentSignal(chain)) {
            return Kind.CONSENT;
        }
        RedirectHop last = chain.get(chain.size() - 1);
        return last.location() != null && revisits(chain, last.location()) ? Kind.LOOP : Kind.TOO_LONG;
    }

    /**
     * Classifies a chain that ended in a final (non-redirect) response.
     *
     * @param chain every response of the fetch, the final one last; a single hop is no redirect at all
     * @return {@link Kind#CONSENT} when a redirect of the chain led into a consent or interstitial page, else
     *         {@link Kind#NONE}
     */
    public static Kind completed(List<RedirectHop> chain) {
        return chain.size() > 1 && consentSignal(chain) ? Kind.CONSENT : Kind.NONE;
    }

    private static boolean consentSignal(List<RedirectHop> chain) {
        for (int i = 0; i < chain.size(); i++) {
            RedirectHop hop = chain.get(i);
            if (hop.location() == null) {
                continue;
            }
            for (int j = 0; j <= i; j++) {
                if (carriesReturnAddress(hop.location(), chain.get(j).url())) {
                    return true;
                }
            }
            if (enters(hop) || hop.setsCookie() && revisits(chain.subList(0, i + 1), hop.location())) {
                return true;
            }
        }
        return false;
    }

    /** @return true when a query parameter of {@code target} names {@code earlier} (absolute, or its path) */
    static boolean carriesReturnAddress(String target, String earlier) {
        URI t = parse(target);
        URI e = parse(earlier);
        if (t == null || e == null || t.getRawQuery() == null) {
            return false;
        }
        String absolute = normal(earlier);
        String path = e.getRawPath() == null ? "" : e.getRawPath() + (e.getRawQuery() == null ? ""
                : "?" + e.getRawQuery());
        for (String pair : t.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            for (int round = 0; round < 3 && !value.isEmpty(); round++) { // encoded once, twice, or not at all
                if (normal(value).equals(absolute) || path.length() > 1 && value.equals(path)) {
                    return true;
                }
                String decoded = decode(value);
                if (decoded.equals(value)) {
                    break;
                }
                value = decoded;
            }
        }
        return false;
    }

    /**
     * The second signal: a redirect into a consent host ({@code consent.example}, {@code cmp.example}), or into a
     * consent path when the response sets a cookie or the target has a query. A plain redirect to an article whose
     * slug mentions privacy or cookies ({@code /s/x1 -> /tech/gdpr-fine-for-meta}) is not a wall.
     */
    private static boolean enters(RedirectHop hop) {
        URI from = parse(hop.url());
        URI to = parse(hop.location());
        if (from == null || to == null) {
            return false;
        }
        if (vocabulary(to.getHost()) && !vocabulary(from.getHost())) {
            return true;
        }
        String fromPath = from.getRawPath() == null ? "" : decode(from.getRawPath());
        String toPath = to.getRawPath() == null ? "" : decode(to.getRawPath());
        return (hop.setsCookie() || to.getRawQuery() != null) && vocabulary(toPath) && !vocabulary(fromPath);
    }

    /** @return true when the text (a host or a decoded path) has a consent or privacy word */
    static boolean vocabulary(String text) {
        if (text == null) {
            return false;
        }
        String where = text.toLowerCase(Locale.ROOT);
        for (String token : where.split("[^\\p{L}\\p{N}]+")) {
            for (String stem : VOCABULARY) {
                if (token.contains(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower-case scheme and host, default port and fragment dropped (RFC 3986 §6.2.2–6.2.3). */
    private static String normal(String url) {
        URI u = parse(url);
        if (u == null || u.getScheme() == null || u.getHost() == null) {
            return url;
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https")
                && port == 443;
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    private static URI parse(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
