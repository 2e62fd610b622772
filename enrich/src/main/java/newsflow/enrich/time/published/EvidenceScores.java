package newsflow.enrich.time.published;

/**
 * The strength of each kind of date evidence, highest first. Structured metadata written for machines beats
 * visible text, visible text next to the headline beats the URL, and the URL beats the first date of the body.
 * The order follows htmldate's (metadata, then {@code time} elements and date-classed elements, then the URL, then
 * the whole text) with JSON-LD on top, as news sites fill it for search engines.
 */
final class EvidenceScores {

    /** JSON-LD datePublished/dateModified of an Article (or subtype). */
    static final int JSON_LD_ARTICLE = 100;
    /** Open Graph article:published_time and its exact equivalents. */
    static final int META_ARTICLE = 96;
    /** itemprop=datePublished on a meta or visible element. */
    static final int ITEMPROP = 92;
    /** Named publisher meta tags: parsely-pub-date, sailthru.date, publish-date, dc.date.issued … */
    static final int META_NAMED = 90;
    /** JSON-LD on a WebPage object. */
    static final int JSON_LD_PAGE = 85;
    /** A {@code time} element marked pubdate or inside the article header. */
    static final int TIME_ARTICLE = 80;
    /** JSON-LD dateCreated, or dates on other types. */
    static final int JSON_LD_OTHER = 75;
    /** Generic meta tags: date, dc.date, pubdate. */
    static final int META_GENERIC = 63;
    /** Penalty of a candidate without a day (a year or a month): any dated candidate of fair strength beats it. */
    static final int NO_DAY_PENALTY = 50;
    /** Visible text labelled "Published"/"Updated" near the headline. */
    static final int BYLINE_LABELLED = 84;
    /** A date-classed element in the headline zone ({@code <span class="date">} under the title). */
    static final int HEADLINE_DATE_CLASS = 70;
    /** The first date in the headline zone (just under or above the title). */
    static final int HEADLINE_ZONE = 66;
    /** A meta tag outside the known table whose name says publish, created or date. */
    static final int META_UNKNOWN = 62;
    /** A date further down the headline zone (past the byline, possibly in the story). */
    static final int HEADLINE_ZONE_FAR = 52;
    /** A {@code /YYYY/MM/DD/} URL path. */
    static final int URL_DAY = 60;
    /** A short element whose class or id says date, time, byline or meta. */
    static final int DATE_CLASS = 55;
    /** Any other {@code time} element outside boilerplate. */
    static final int TIME_OTHER = 45;
    /** A microformat or RDFa date attribute ({@code class=published title=…}, {@code property=dc:date}). */
    static final int MARKUP_ATTRIBUTE = 78;
    /** A date in the document title. */
    static final int DOCUMENT_TITLE = 35;
    /** A {@code /YYYY/MM/} URL path (month precision). */
    static final int URL_MONTH = 30;
    /** The first date in the page text outside boilerplate. */
    static final int BODY_TEXT = 20;

    private EvidenceScores() {
    }
}
