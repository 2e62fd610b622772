package newsflow.common.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a fetched page is. Only {@link #ARTICLE} pages yield editions. */
public enum PageKind {
    /** A news article: one or more editions. */
    ARTICLE,
    /** A section, index or tag page of teasers; its article links go back to ingest. */
    LISTING,
    /**
     * A bot check, redirect or other wall standing in for the article (consent walls and error pages have kinds
     * of their own).
     */
    INTERSTITIAL,
    /** An error page ("page not found") served in place of the article, whatever its HTTP status (issue 13). */
    SOFT_404,
    /** A cookie or consent wall covering the page, with no article text outside it (issue 13). */
    CONSENT_WALL,
    /** An application shell whose text needs a JavaScript renderer (no DOM text, no JSON-LD body). */
    NEEDS_RENDER,
    /**
     * A later page of a multi-page article fetched on its own (rel=prev and a canonical URL naming another page):
     * its text belongs to the record of the article's first page, which joins it (case C24).
     */
    CONTINUATION;

    /**
     * @return the wire name: {@code article}, {@code listing}, {@code interstitial}, {@code soft_404},
     *         {@code consent_wall}, {@code needs_render}, {@code continuation}
     */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
