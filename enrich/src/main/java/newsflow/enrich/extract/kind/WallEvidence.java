package newsflow.enrich.extract.kind;

import java.util.List;

/**
 * What the page-kind decision reads, gathered by the extractor.
 *
 * @param status       the HTTP status of the fetch, or 0 when unknown
 * @param title        the page title ({@code <title>} or extracted), or null
 * @param headline     the first {@code <h1>} text, or null
 * @param errorMarkup  true when the page's root markup names an error page ({@link ErrorPageSignals})
 * @param metaRefresh  true when the page redirects with {@code <meta http-equiv=refresh>}
 * @param overlays     overlays detached from the page ({@link OverlayFinder})
 * @param pageTexts    the texts of every walked block of the cleaned page
 * @param articleChars characters of main text left once wall and prompt blocks are taken out
 * @param sentences    blocks of that text that are not headings and have at least
 *                     {@link PageKindRules#MIN_SENTENCE_CHARS} characters
 */
public record WallEvidence(int status, String title, String headline, boolean errorMarkup, boolean metaRefresh,
                           List<Overlay> overlays, List<String> pageTexts, int articleChars,
                           int sentences) {
}
