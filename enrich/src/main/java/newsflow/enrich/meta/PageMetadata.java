package newsflow.enrich.meta;

import java.util.List;

/**
 * Page-level metadata other than title, body and dates.
 *
 * @param authors      people credited, in page order (no "Staff", no "3 Minute Read")
 * @param siteName     publisher name, or null
 * @param canonicalUrl rel=canonical when same-site and sane, else null
 * @param htmlLang     declared language ({@code <html lang>}, content-language, og:locale, JSON-LD inLanguage), or null
 * @param leadImage    lead image URL, or null
 * @param section      publisher section, or null
 * @param keywords     publisher keywords
 */
public record PageMetadata(List<String> authors, String siteName, String canonicalUrl, String htmlLang,
                           String leadImage, String section, List<String> keywords) {
}
