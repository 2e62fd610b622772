package newsflow.ingest.fetch;

/**
 * One response of a fetch's redirect chain, as the fetcher saw it: the URL requested, the status it answered
 * and the {@code Location} it named (resolved against the URL, fragment dropped), or null for the final
 * response. The chain is the input of {@link RedirectClassifier}, so the classification does not depend on the
 * HTTP client that follows the redirects.
 *
 * @param url        the absolute URL requested
 * @param status     the HTTP status answered
 * @param location   the absolute redirect target, or null when the response is not a redirect
 * @param setsCookie true when the response has a {@code Set-Cookie} header (a consent wall remembering a choice)
 */
public record RedirectHop(String url, int status, String location, boolean setsCookie) {
    /** @return {@code url -status-> location}, or {@code url (status)} for a final response */
    @Override
    public String toString() {
        return location == null ? url + " (" + status + ")" : url + " -" + status + "-> " + location;
    }
}
