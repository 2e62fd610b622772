package newsflow.enrich.extract;

import java.time.Instant;
import newsflow.common.model.SourceHints;

/**
 * What the extractor reads.
 *
 * @param url       the page URL (canonical when known), used to resolve links and read URL dates; may be null
 * @param html      the decoded HTML
 * @param fetchedAt when the page was fetched: no date later than this (plus one day) is accepted; may be null
 * @param hints     source hints (language, time zone, day/month order); never null
 * @param status    the HTTP status of the fetch, or 0 when unknown (evidence of an error page)
 */
public record PageInput(String url, String html, Instant fetchedAt, SourceHints hints, int status) {

    /** A page whose HTTP status is unknown (files, tests). */
    public PageInput(String url, String html, Instant fetchedAt, SourceHints hints) {
        this(url, html, fetchedAt, hints, 0);
    }
}
