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
 * @param headers      response headers (names lower-case as the JDK client gives them)
 * @param body         the body bytes (at most the configured cap; empty for 304)
 * @param redirects    how many redirects were followed
 * @param chain        every response of the fetch, the first request first and the final response last (one
 *                     hop when there was no redirect), for {@link RedirectClassifier}
 */
public record FetchResponse(String requestedUrl, String finalUrl, int status, Map<String, List<String>> headers,
                            byte[] body, int redirects, List<RedirectHop> chain) {
    /** A response whose chain is only its own hop (no redirect recorded). */
    public FetchResponse(String requestedUrl, String finalUrl, int status, Map<String, List<String>> headers,
                         byte[] body, int redirects) {
        this(requestedUrl, finalUrl, status, headers, body, redirects,
                List.of(new RedirectHop(finalUrl, status, null, false)));
    }

    /** Copies the chain. */
    public FetchResponse {
        chain = List.copyOf(chain);
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
