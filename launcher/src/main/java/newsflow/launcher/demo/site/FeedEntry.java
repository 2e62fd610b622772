package newsflow.launcher.demo.site;

import java.time.OffsetDateTime;

/**
 * One announced page in a generated feed or sitemap.
 *
 * @param url       the absolute page URL
 * @param title     item title
 * @param summary   item description, or null
 * @param author    author name, or null
 * @param published publication (or last-modification) date-time with its offset
 */
record FeedEntry(String url, String title, String summary, String author, OffsetDateTime published) {
}
