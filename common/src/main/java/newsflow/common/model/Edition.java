package newsflow.common.model;

import java.time.Instant;
import java.util.List;

/**
 * One language edition of a document: the value of the editions topics, keyed by {@link #key()}.
 *
 * @param documentId        hex SHA-256 prefix of the canonical URL; shared by every edition of the document
 * @param lang              ISO 639-1 code, or {@code und} when undecided
 * @param url               canonical URL of the document
 * @param source            source name from the sources file
 * @param title             the edition's title (the heading in its language when the page has one), or null
 * @param direction         {@code ltr} or {@code rtl}
 * @param share             share of the document's letters in this language, in [0, 1]
 * @param paragraphs        main-text blocks of this language, in document order
 * @param topics            IPTC Media Topics tags, best first
 * @param dates             temporal expressions in the text, offsets into paragraphs joined by "\n\n"
 * @param published         publication date as the page gives it, or null
 * @param modified          last modification date, or null; never replaces {@code published}
 * @param authors           people credited, in page order
 * @param siteName          publisher name, or null
 * @param fetchedAt         when the page was fetched
 * @param enrichmentVersion version of the enrichment code that produced this edition; a higher one wins
 * @param contentHash       hex SHA-256 of the page content that was enriched
 * @param editionCount      how many editions the document has
 * @param textTruncated     true when paragraphs were cut to keep the record under its size budget
 * @param topicNote         why this edition's top topic differs from its sibling editions', or null
 * @param fetchedUrl        the raw-pages key (canonical fetched URL) this edition was made from; differs from
 *                          {@code url} when the page names another same-site canonical URL (AMP, mobile, tracking)
 * @param pages             how many pages of a multi-page article were joined into this edition (1 or more; case C24)
 * @param paywalled         true when the page marks its text as behind a paywall: the paragraphs are the teaser
 * @param leadImage         the lead image URL (og:image, JSON-LD image), or null
 * @param section           the publisher's section (article:section, JSON-LD articleSection), or null
 * @param keywords          the publisher's keywords (meta keywords, news_keywords, JSON-LD), in page order
 * @param bodySource        where the text came from: {@code dom}, {@code jsonld} or {@code hydration} (case C26),
 *                          or null for editions written before this field existed
 * @param tableParagraphs   0-based indices into {@code paragraphs} of the paragraphs that are tables (one row a
 *                          line, cells joined by {@code " | "}), ascending; empty when none (and for editions written
 *                          before this field existed)
 */
public record Edition(
        String documentId,
        String lang,
        String url,
        String source,
        String title,
        String direction,
        double share,
        List<String> paragraphs,
        List<TopicTag> topics,
        List<DateMention> dates,
        DateValue published,
        DateValue modified,
        List<String> authors,
        String siteName,
        Instant fetchedAt,
        int enrichmentVersion,
        String contentHash,
        int editionCount,
        boolean textTruncated,
        String topicNote,
        String fetchedUrl,
        int pages,
        boolean paywalled,
        String leadImage,
        String section,
        List<String> keywords,
        String bodySource,
        List<Integer> tableParagraphs) {

    /** Normalises what older writers leave out: at least one page, keywords and table indices never null. */
    public Edition {
        pages = Math.max(1, pages);
        keywords = keywords == null ? List.of() : keywords;
        tableParagraphs = tableParagraphs == null ? List.of() : tableParagraphs;
    }

    /** An edition without tables (the record shape before {@code tableParagraphs}). */
    public Edition(String documentId, String lang, String url, String source, String title, String direction,
                   double share, List<String> paragraphs, List<TopicTag> topics, List<DateMention> dates,
                   DateValue published, DateValue modified, List<String> authors, String siteName,
                   Instant fetchedAt, int enrichmentVersion, String contentHash, int editionCount,
                   boolean textTruncated, String topicNote, String fetchedUrl, int pages, boolean paywalled,
                   String leadImage, String section, List<String> keywords, String bodySource) {
        this(documentId, lang, url, source, title, direction, share, paragraphs, topics, dates, published, modified,
                authors, siteName, fetchedAt, enrichmentVersion, contentHash, editionCount, textTruncated, topicNote,
                fetchedUrl, pages, paywalled, leadImage, section, keywords, bodySource, List.of());
    }

    /**
     * An edition of a one-page, free article without page metadata (the record shape before {@code pages}).
     *
     * @see #Edition(String, String, String, String, String, String, double, List, List, List, DateValue,
     *      DateValue, List, String, Instant, int, String, int, boolean, String, String, int, boolean, String,
     *      String, List, String)
     */
    public Edition(String documentId, String lang, String url, String source, String title, String direction,
                   double share, List<String> paragraphs, List<TopicTag> topics, List<DateMention> dates,
                   DateValue published, DateValue modified, List<String> authors, String siteName,
                   Instant fetchedAt, int enrichmentVersion, String contentHash, int editionCount,
                   boolean textTruncated, String topicNote, String fetchedUrl) {
        this(documentId, lang, url, source, title, direction, share, paragraphs, topics, dates, published, modified,
                authors, siteName, fetchedAt, enrichmentVersion, contentHash, editionCount, textTruncated, topicNote,
                fetchedUrl, 1, false, null, null, List.of(), null);
    }

    /** An edition whose fetched URL is its canonical URL. */
    public Edition(String documentId, String lang, String url, String source, String title, String direction,
                   double share, List<String> paragraphs, List<TopicTag> topics, List<DateMention> dates,
                   DateValue published, DateValue modified, List<String> authors, String siteName,
                   Instant fetchedAt, int enrichmentVersion, String contentHash, int editionCount,
                   boolean textTruncated, String topicNote) {
        this(documentId, lang, url, source, title, direction, share, paragraphs, topics, dates, published, modified,
                authors, siteName, fetchedAt, enrichmentVersion, contentHash, editionCount, textTruncated, topicNote,
                url);
    }

    /**
     * @param paragraphs   the paragraphs to keep
     * @param dates        the date mentions to keep
     * @param truncated    the new {@code textTruncated}
     * @return this edition with other paragraphs and dates (a prefix of its own, as when truncated: table indices
     *         beyond the kept paragraphs are dropped), every other field unchanged
     */
    public Edition withText(List<String> paragraphs, List<DateMention> dates, boolean truncated) {
        int kept = paragraphs == null ? 0 : paragraphs.size();
        return new Edition(documentId, lang, url, source, title, direction, share, paragraphs, topics, dates,
                published, modified, authors, siteName, fetchedAt, enrichmentVersion, contentHash, editionCount,
                truncated, topicNote, fetchedUrl, pages, paywalled, leadImage, section, keywords, bodySource,
                tableParagraphs.stream().filter(i -> i < kept).toList());
    }

    /** @return the record key of this edition: {@code <documentId>:<lang>} */
    public String key() {
        return documentId + ":" + lang;
    }
}
