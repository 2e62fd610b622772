package newsflow.ingest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Refresh variants of the consent and loop walls (issue 12 item 5), each answering 200 and moving the visitor on
 * with a refresh rather than a 3xx, in a different spelling: a meta tag in the head to a consent host carrying the
 * article's address, an upper-case quoted tag answered by a {@code Refresh} header (a loop), a tag inside
 * {@code <noscript>} in the body that lets the second visit through, and pages that are no redirect at all.
 */
public final class RefreshWalls {
    private RefreshWalls() {
    }

    private static void answer(com.sun.net.httpserver.HttpExchange ex, String html, String refreshHeader,
                               boolean cookie) throws java.io.IOException {
        if (refreshHeader != null) {
            ex.getResponseHeaders().set("Refresh", refreshHeader);
        }
        if (cookie) {
            ex.getResponseHeaders().add("Set-Cookie", "euconsent=pending; Path=/");
        }
        TestSite.respond(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code path} answers 200, sets a cookie and refreshes at once (meta in the head) to
     * {@code <wall>/consent/ml?continue=<the article's URL, encoded>}, which answers a consent page.
     */
    public static void metaConsent(TestSite site, TestSite wall, String path) {
        String to = wall.base() + "/consent/ml?continue=" + URLEncoder.encode(site.base() + path,
                StandardCharsets.UTF_8) + "&amp;hl=fr";
        site.on(path, ex -> answer(ex, "<!doctype html><html><head><title>Un instant</title>"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + to + "\"></head><body></body></html>", null,
                true));
        wall.page("/consent/ml", "text/html; charset=utf-8",
                "<html><body><h1>Avant de continuer</h1><button>Tout accepter</button></body></html>");
    }

    /**
     * {@code a} → {@code b} by an upper-case, single-quoted, relative meta refresh with a fraction of a second;
     * {@code b} → {@code a} by a {@code Refresh} header with a one-second delay; for ever.
     */
    public static void loop(TestSite site, String a, String b) {
        site.on(a, ex -> answer(ex, "<HTML><HEAD><META HTTP-EQUIV=Refresh CONTENT=\"0.5;URL='" + b + "'\">"
                + "</HEAD><BODY>Redirecting</BODY></HTML>", null, false));
        site.on(b, ex -> answer(ex, "<html><body>checking your browser</body></html>", "1, url=" + site.base() + a,
                false));
    }

    /**
     * On the first visit {@code path} answers a page whose body starts with a {@code <noscript>} meta refresh to
     * {@code <path>-gate}, which sets a cookie and refreshes (header) back to {@code path}; every later visit of
     * {@code path} answers the article.
     *
     * @return how many times {@code path} was asked for
     */
    public static AtomicInteger noscriptGateOnce(TestSite site, String path) {
        AtomicInteger visits = new AtomicInteger();
        site.on(path, ex -> {
            if (visits.incrementAndGet() == 1) {
                answer(ex, "<html><head><script>location.href='" + path + "-gate'</script></head><body>"
                        + "<noscript><meta http-equiv='refresh' content='0;url=" + path + "-gate'></noscript>"
                        + "</body></html>", null, false);
            } else {
                answer(ex, "<html><body><p>the article at last</p></body></html>", null, false);
            }
        });
        site.on(path + "-gate", ex -> answer(ex, "<html><body>ok</body></html>", "0;url=" + path, true));
        return visits;
    }

    /**
     * Three pages that are no redirect: {@code <prefix>reload} refreshes itself every 300 s,
     * {@code <prefix>later} sends the reader to another page after 60 s, {@code <prefix>article} is an article
     * about refreshing that quotes the tag in a comment, a script and its text.
     */
    public static void notRedirects(TestSite site, String prefix) {
        site.page(prefix + "reload", "text/html", "<html><head><meta http-equiv=\"refresh\" content=\"300\">"
                + "<meta http-equiv=\"refresh\" content=\"300; url=" + site.base() + prefix + "reload\"></head>"
                + "<body><p>live blog</p></body></html>");
        site.page(prefix + "later", "text/html", "<html><head><meta http-equiv=\"refresh\" "
                + "content=\"60; url=/elsewhere\"></head><body><p>this page has moved</p></body></html>");
        site.page(prefix + "article", "text/html", "<html><head><title>How to refresh; url=/x</title>"
                + "<!-- <meta http-equiv=\"refresh\" content=\"0;url=/old\"> -->"
                + "<script>var t = '<meta http-equiv=\"refresh\" content=\"0;url=/js\">';</script>"
                + "<meta name=\"description\" content=\"0; url=/desc\"></head><body><p>Press refresh; url=/y. "
                + "&lt;meta http-equiv=\"refresh\" content=\"0;url=/z\"&gt;</p>"
                + "<meta http-equiv=\"refresh\" content=\"0;url=/in-body\"></body></html>");
    }
}
