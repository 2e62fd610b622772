package newsflow.launcher.demo.site;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One page of the bundled demo site, as listed in {@code demo-site/catalog.json}.
 *
 * @param path       URL path on the site, starting with {@code /} (e.g. {@code /world/})
 * @param file       resource file name under {@code demo-site/pages/}
 * @param charset    the charset the file is stored and served in (IANA name, e.g. {@code utf-8},
 *                   {@code windows-1256})
 * @param kind       {@code article}, {@code listing}, or {@code continuation} (page 2 of a multi-page article,
 *                   joined into its first page's record, case C24)
 * @param lang       the page language as ISO 639-1, or {@code en+ar} for the mixed pages
 * @param subject    the subject area (politics, economy, sport, …) for the README and tests
 * @param title      the headline (without the site name)
 * @param summary    the teaser text used as feed description
 * @param author     the byline, or null
 * @param published  publication date-time with the page's own offset (ISO 8601)
 * @param feeds      where the page is announced: any of {@code rss}, {@code atom}, {@code sitemap}
 * @param disallowed true when robots.txt disallows the page (it must never be fetched)
 */
public record DemoPage(String path, String file, String charset, String kind, String lang, String subject,
                       String title, String summary, String author, String published, List<String> feeds,
                       boolean disallowed) {

    /** Where a page is announced: the RSS 2.0 feed. */
    public static final String RSS = "rss";
    /** Where a page is announced: the Atom feed. */
    public static final String ATOM = "atom";
    /** Where a page is announced: the sitemap. */
    public static final String SITEMAP = "sitemap";

    /** Normalises a missing feed list to an empty one. */
    public DemoPage {
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
    }

    /** @return true for a later page of a multi-page article */
    public boolean isContinuation() {
        return "continuation".equals(kind);
    }

    /** @return true for an article page (as opposed to a listing/section page or a later page of an article) */
    public boolean isArticle() {
        return "article".equals(kind);
    }

    /**
     * @param feed one of {@link #RSS}, {@link #ATOM}, {@link #SITEMAP}
     * @return true when the page is announced there
     */
    public boolean announcedIn(String feed) {
        return feeds.contains(feed);
    }

    /** @return {@link #published} parsed; throws {@link java.time.format.DateTimeParseException} if malformed */
    public OffsetDateTime publishedAt() {
        return OffsetDateTime.parse(published);
    }
}
