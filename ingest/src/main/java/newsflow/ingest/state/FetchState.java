package newsflow.ingest.state;

import java.time.Instant;

/**
 * The value of the fetch-state topic (compacted, key = canonical URL for pages, the feed or sitemap URL for
 * feeds). For pages it records a final outcome so a restart never fetches the URL again; for feeds and
 * sitemaps it keeps the validators for conditional GET.
 *
 * @param kind         {@code page}, {@code feed} or {@code sitemap}
 * @param outcome      {@code fetched}, {@code dead-lettered} (pages) or {@code polled} (feeds)
 * @param status       HTTP status of the last response, or 0 when there was none
 * @param at           when the outcome was recorded
 * @param attempts     fetch attempts made
 * @param etag         the ETag of the last 200 response (feeds), or null
 * @param lastModified the Last-Modified of the last 200 response (feeds), or null
 */
public record FetchState(String kind, String outcome, int status, Instant at, int attempts, String etag,
                         String lastModified) {
    /** @return true when this is a page with a final outcome (fetched or dead-lettered) */
    public boolean isFinalPage() {
        return "page".equals(kind) && ("fetched".equals(outcome) || "dead-lettered".equals(outcome));
    }
}
