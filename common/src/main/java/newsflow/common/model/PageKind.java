package newsflow.common.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a fetched page is. Only {@link #ARTICLE} pages yield editions. */
public enum PageKind {
    /** A news article: one or more editions. */
    ARTICLE,
    /** A section, index or tag page of teasers; its article links go back to ingest. */
    LISTING,
    /** A consent wall, error or redirect page standing in for the article. */
    INTERSTITIAL,
    /** An application shell whose text needs a JavaScript renderer (no DOM text, no JSON-LD body). */
    NEEDS_RENDER,
    /**
     * A later page of a multi-page article fetched on its own (rel=prev and a canonical URL naming another page):
     * its text belongs to the record of the article's first page, which joins it (case C24).
     */
    CONTINUATION;

    /**
     * @return the wire name: {@code article}, {@code listing}, {@code interstitial}, {@code needs_render},
     *         {@code continuation}
     */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
