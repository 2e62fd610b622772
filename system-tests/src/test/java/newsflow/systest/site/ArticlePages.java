package newsflow.systest.site;

import java.time.LocalDate;
import java.util.List;

/**
 * The generated content of the loopback site: small English news articles (a headline, a byline, six
 * paragraphs, Open Graph and JSON-LD NewsArticle metadata, a canonical link to themselves), an RSS 2.0 feed and a
 * sitemap per host listing every article of that host. Deterministic: page {@code n} of host {@code h} is the
 * same text in every run, and no two pages share their text.
 */
final class ArticlePages {
    private static final List<String> SUBJECTS = List.of("The city council", "The harbour authority",
            "A regional hospital", "The national railway", "A local university", "The water board",
            "The transport ministry", "A farmers' cooperative", "The energy regulator", "A museum trust");
    private static final List<String> ACTIONS = List.of("approved a new budget for", "delayed the opening of",
            "published a report on", "announced fresh funding for", "opened a public consultation on",
            "completed the first phase of", "warned of rising costs at", "signed an agreement to expand");
    private static final List<String> OBJECTS = List.of("the northern bridge", "three primary schools",
            "the coastal flood defences", "a new cycling network", "the central library", "the old grain market",
            "the airport rail link", "a community health centre", "the river ferry service", "the wind farm");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);

    private ArticlePages() {
    }

    static String path(int n) {
        LocalDate day = FIRST_DAY.plusDays(n % 20);
        return String.format(java.util.Locale.ROOT, "/news/%s/story-%03d.html", day.toString().replace('-', '/'), n);
    }

    static String title(int host, int n) {
        return SUBJECTS.get((n + host) % SUBJECTS.size()) + " " + ACTIONS.get((n * 3 + host) % ACTIONS.size()) + " "
                + OBJECTS.get((n * 7 + host) % OBJECTS.size()) + " (report " + host + "-" + n + ")";
    }

    static String published(int n) {
        return FIRST_DAY.plusDays(n % 20) + "T09:30:00Z";
    }

    static String article(String base, int host, int n) {
        String url = base + path(n);
        String title = title(host, n);
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 6; p++) {
            body.append("<p>").append(paragraph(host, n, p)).append("</p>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                + "<title>" + title + " | Loopback Ledger</title>\n"
                + "<link rel=\"canonical\" href=\"" + url + "\">\n"
                + "<meta property=\"og:type\" content=\"article\">\n"
                + "<meta property=\"og:title\" content=\"" + title + "\">\n"
                + "<meta property=\"og:url\" content=\"" + url + "\">\n"
                + "<meta property=\"article:published_time\" content=\"" + published(n) + "\">\n"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"" + title + "\",\"datePublished\":\"" + published(n) + "\",\"inLanguage\":\"en\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Alex Morgan\"},\"mainEntityOfPage\":\"" + url + "\"}</script>\n"
                + "</head><body class=\"article-page\">\n<header class=\"masthead\"><a href=\"/\">Loopback Ledger</a></header>\n"
                + "<main><article><h1>" + title + "</h1>\n<p class=\"byline\">By Alex Morgan, "
                + published(n).substring(0, 10) + "</p>\n<div class=\"article-body\">\n" + body
                + "</div></article></main>\n<footer class=\"site-footer\"><p>© 2026 Loopback Ledger</p></footer>\n</body></html>\n";
    }

    private static String paragraph(int host, int n, int p) {
        String subject = SUBJECTS.get((n + p + host) % SUBJECTS.size());
        String action = ACTIONS.get((n + 2 * p) % ACTIONS.size());
        String object = OBJECTS.get((n + 3 * p + host) % OBJECTS.size());
        int amount = 3 + (n * 13 + p * 7 + host * 29) % 90;
        return subject + " " + action + " " + object + " on Tuesday, saying the work would cost about " + amount
                + " million pounds and take until the end of next year. Officials told residents at a meeting in the town"
                + " hall that the plans for case " + host + "-" + n + "-" + p + " had been changed after comments from"
                + " local businesses, and that a second meeting would be held before the summer so that everyone could"
                + " read the final proposal and ask questions about the timetable.";
    }

    static String rss(String base, int host, int pages) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n"
                + "<title>Loopback Ledger " + host + "</title><link>" + base + "/</link><description>News</description>\n");
        for (int n = 0; n < pages; n++) {
            b.append("<item><title>").append(title(host, n)).append("</title><link>").append(base).append(path(n))
                    .append("</link><guid>").append(base).append(path(n)).append("</guid><pubDate>")
                    .append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            java.time.OffsetDateTime.parse(published(n))))
                    .append("</pubDate></item>\n");
        }
        return b.append("</channel></rss>\n").toString();
    }

    static String sitemap(String base, int pages) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int n = 0; n < pages; n++) {
            b.append("<url><loc>").append(base).append(path(n)).append("</loc><lastmod>")
                    .append(published(n), 0, 10).append("</lastmod></url>\n");
        }
        return b.append("</urlset>\n").toString();
    }
}
