package newsflow.enrich.extract;

import java.util.List;
import newsflow.common.model.DateValue;
import newsflow.common.model.PageKind;

/**
 * The result of extracting one page.
 *
 * @param kind         article, listing, interstitial or needs_render
 * @param title        the article title without the site-name suffix, or null
 * @param blocks       main-text blocks in document order (empty unless {@code kind} is article)
 * @param published    publication date, or null
 * @param modified     last modification date, or null
 * @param authors      people credited (no "Staff", no "3 Minute Read")
 * @param siteName     publisher name, or null
 * @param canonicalUrl the page's rel=canonical when same-site and sane, else null
 * @param htmlLang     the {@code <html lang>} (or content-language) value, or null
 * @param bodySource   where the text came from: {@code dom}, {@code jsonld} or {@code hydration} (a script state blob)
 * @param links        on listing pages, the absolute article links found; else empty
 * @param paywalled    true when the page marks its text as behind a paywall (the teaser is kept)
 * @param leadImage    lead image URL, or null
 * @param section      publisher section, or null
 * @param keywords     publisher keywords
 * @param nextPageUrl  rel=next of a multi-page article (same host), or null
 */
public record Extraction(
        PageKind kind,
        String title,
        List<Block> blocks,
        DateValue published,
        DateValue modified,
        List<String> authors,
        String siteName,
        String canonicalUrl,
        String htmlLang,
        String bodySource,
        List<String> links,
        boolean paywalled,
        String leadImage,
        String section,
        List<String> keywords,
        String nextPageUrl) {
    /** Text fields hold no NUL and no unpaired surrogate ({@link TextSanitizer}). */
    public Extraction {
        title = TextSanitizer.clean(title);
        authors = TextSanitizer.clean(authors);
        siteName = TextSanitizer.clean(siteName);
        section = TextSanitizer.clean(section);
        keywords = TextSanitizer.clean(keywords);
    }

    /** @return this extraction with kind {@link PageKind#ARTICLE} (a continuation page read on its own) */
    public Extraction asArticle() {
        return new Extraction(PageKind.ARTICLE, title, blocks, published, modified, authors, siteName, canonicalUrl,
                htmlLang, bodySource, links, paywalled, leadImage, section, keywords, nextPageUrl);
    }
}
