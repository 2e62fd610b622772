package newsflow.launcher.demo.site;

import java.time.OffsetDateTime;

/**
 * One announced page in a generated feed or sitemap.
 *
 * @param url       the absolute page URL
 * @param title     item title
 * @param summary   item description, or null
 * @param author    author name, or null
 * @param published publication (or last-modification) date-time with its offset, or null when unknown (the
 *                  item then carries no date rather than a misleading one)
 */
record FeedEntry(String url, String title, String summary, String author, OffsetDateTime published) {
}
