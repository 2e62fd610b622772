package newsflow.launcher.demo.site;

import com.sun.net.httpserver.Headers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Evaluates the conditional request headers of a GET or HEAD (RFC 9110 §13.2.2): {@code If-None-Match} first
 * (weak comparison, {@code *} matches any current representation); only when it is absent,
 * {@code If-Modified-Since}. A true result means the server answers 304 Not Modified.
 */
final class ConditionalGet {

    private ConditionalGet() {
    }

    /**
     * @param request      the request headers
     * @param etag         the current entity tag, quoted (may carry a {@code W/} prefix)
     * @param lastModified the current Last-Modified moment, or null when unknown
     * @return true when the client's cached copy is still current
     */
    static boolean notModified(Headers request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            return matchesAny(ifNoneMatch, etag);
        }
        if (lastModified == null) {
            return false;
        }
        Optional<Instant> since = HttpDates.parse(request.getFirst("If-Modified-Since"));
        return since.isPresent() && !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since.get());
    }

    private static boolean matchesAny(String ifNoneMatch, String etag) {
        String current = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || opaque(tag).equals(current)) {
                return true;
            }
        }
        return false;
    }

    /** Weak comparison: the opaque tags match whatever their {@code W/} prefixes (RFC 9110 §8.8.3.2). */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
