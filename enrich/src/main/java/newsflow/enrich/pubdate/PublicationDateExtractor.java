package newsflow.enrich.pubdate;

import java.time.Instant;
import newsflow.common.model.DateValue;
import newsflow.common.model.SourceHints;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's publication and modification dates. Thread-safe.
 * (First version: article:published_time / article:modified_time only; ranking of all evidence comes with issue 3.)
 */
public final class PublicationDateExtractor {

    /**
     * @param doc       the parsed page
     * @param url       the page URL, or null
     * @param fetchedAt the fetch time (no candidate later than it plus one day), or null
     * @param hints     source hints; never null
     * @return the dates found
     */
    public PublicationDates extract(Document doc, String url, Instant fetchedAt, SourceHints hints) {
        return new PublicationDates(meta(doc, "article:published_time"), meta(doc, "article:modified_time"));
    }

    private static DateValue meta(Document doc, String property) {
        Element e = doc.selectFirst("meta[property=" + property + "]");
        return e == null ? null : new DateValue(e.attr("content"), "second", "meta:" + property);
    }
}
