package newsflow.enrich.meta;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads authors, site name, canonical URL, declared language, lead image, section and keywords. Thread-safe.
 * (First version: html lang and og:site_name only; the rest comes with issue 3.)
 */
public final class MetadataExtractor {

    /**
     * @param doc the parsed page
     * @param url the page URL, or null
     * @return the metadata found
     */
    public PageMetadata extract(Document doc, String url) {
        Element html = doc.selectFirst("html");
        String lang = html == null || html.attr("lang").isBlank() ? null : html.attr("lang");
        Element site = doc.selectFirst("meta[property=og:site_name]");
        return new PageMetadata(List.of(), site == null ? null : site.attr("content"), null, lang, null, null,
                List.of());
    }
}
