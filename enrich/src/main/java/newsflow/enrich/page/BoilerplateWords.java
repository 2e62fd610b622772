package newsflow.enrich.page;

import java.util.ArrayList;
import java.util.List;

/**
 * The one list of class/id words that name page zones holding neither the article's text nor its dates:
 * comments, related and most-read lists, share bars, newsletter and cookie prompts, breadcrumbs, sidebars and
 * widgets, ad and recommendation networks (Outbrain, Taboola), pagination, tickers, footers and navigation. Words
 * after Readability.js ({@code unlikelyCandidates}) and trafilatura's and htmldate's discard lists. Extraction
 * ({@code extract.BoilerplateVocabulary}) matches them anywhere in a class value; the publication-date reader
 * ({@code time.published.Boilerplate}) matches the words as prefixes of a class segment and the phrases (with a
 * dash) anywhere; each adds the words of its own concern. Lower case. Immutable.
 */
public final class BoilerplateWords {

    /** The shared zone words and phrases. */
    public static final List<String> ZONES = List.of(
            "comment", "disqus", "related", "recommend", "mostread", "most-read", "popular", "trending", "newsletter",
            "subscribe", "cookie", "breadcrumb", "sidebar", "widget", "outbrain", "taboola", "share", "sharing",
            "social", "pagination", "pager", "ticker", "copyright", "footer", "navbar", "navigation", "readalso",
            "read-also", "also-read", "morenews", "more-news");

    private BoilerplateWords() {
    }

    /**
     * @param more the caller's own words
     * @return {@link #ZONES} followed by {@code more}
     */
    public static List<String> zonesAnd(String... more) {
        return join(ZONES, more);
    }

    /**
     * @param more the caller's own words
     * @return the single words of {@link #ZONES} (no dash) followed by {@code more}
     */
    public static List<String> zoneWordsAnd(String... more) {
        return join(ZONES.stream().filter(w -> w.indexOf('-') < 0).toList(), more);
    }

    /**
     * @param more the caller's own phrases
     * @return the phrases of {@link #ZONES} (with a dash) followed by {@code more}
     */
    public static List<String> zonePhrasesAnd(String... more) {
        return join(ZONES.stream().filter(w -> w.indexOf('-') >= 0).toList(), more);
    }

    private static List<String> join(List<String> shared, String... more) {
        List<String> all = new ArrayList<>(shared);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }
}
