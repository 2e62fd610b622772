package newsflow.enrich.pipeline;

import newsflow.common.model.FeedItem;
import newsflow.enrich.extract.TitleText;

/**
 * The title of a page without a headline of its own: the announcing feed item's title (RSS {@code <title>},
 * Atom {@code <title>}, a news sitemap's {@code news:title}), unescaped like page titles ({@link TitleText}). The
 * page's own headline always wins; a blank feed title is no title.
 */
final class FeedTitles {

    private FeedTitles() {
    }

    /**
     * @param pageTitle the extracted title, or null
     * @param item      the announcing feed item, or null
     * @return the page title when it has one, else the feed item's title, else null
     */
    static String title(String pageTitle, FeedItem item) {
        if (pageTitle != null && !pageTitle.isBlank()) {
            return pageTitle;
        }
        if (item == null || item.title() == null || item.title().isBlank()) {
            return pageTitle;
        }
        return TitleText.clean(item.title());
    }
}
