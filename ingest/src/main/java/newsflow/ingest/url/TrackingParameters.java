package newsflow.ingest.url;

import java.util.Locale;
import java.util.Set;

/**
 * The named list of query parameters that identify a campaign, a click or a session rather than a document, so
 * they are dropped from canonical URLs (case C31). Sources of the names: Google Analytics campaign parameters
 * ({@code utm_*}), the click identifiers of Facebook, Google, Microsoft, Yandex, Instagram and Mailchimp, and
 * common servlet/PHP session parameters. Parameters such as {@code id} or {@code p} that identify articles are
 * deliberately absent.
 */
public final class TrackingParameters {
    /** Prefixes: every parameter whose lower-cased name starts with one of these is dropped. */
    public static final Set<String> PREFIXES = Set.of("utm_", "pk_", "mtm_");
    /** Exact (lower-cased) names always dropped, whatever their value. */
    public static final Set<String> NAMES = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "twclid",
            "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "ocid", "cmpid", "icid",
            "sessionid", "session_id", "jsessionid", "phpsessid", "amp");
    /** {@code name=value} pairs dropped only with that value: {@code from=rss} says how, not what. */
    public static final Set<String> NAME_VALUE_PAIRS = Set.of(
            "from=rss", "ref=rss", "from=feed", "ref=feed", "source=rss", "ref=twitter", "ref=facebook",
            "ref_src=twsrc", "from=twitter", "outputtype=amp");

    private TrackingParameters() {
    }

    /**
     * @param name  the decoded parameter name
     * @param value the decoded value, or null when the parameter has no {@code =}
     * @return true when the parameter is tracking and must be dropped
     */
    public static boolean isTracking(String name, String value) {
        String n = name.toLowerCase(Locale.ROOT);
        if (NAMES.contains(n)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (n.startsWith(prefix)) {
                return true;
            }
        }
        if (n.equals("ref_src")) {
            return true;
        }
        return value != null && NAME_VALUE_PAIRS.contains(n + "=" + value.toLowerCase(Locale.ROOT));
    }
}
