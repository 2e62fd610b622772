package newsflow.ingest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Redirect variants of the "bad web" for the consent and loop tests (issue 12 item 5), each a different shape a
 * quick fix would not expect: a two-page loop, a consent wall on another host that carries the article's address,
 * an over-long chain, and a cookie gate that loops on the first visit and lets the second one in.
 */
public final class RedirectWalls {
    private RedirectWalls() {
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to, boolean cookie)
            throws java.io.IOException {
        ex.getResponseHeaders().set("Location", to);
        if (cookie) {
            ex.getResponseHeaders().add("Set-Cookie", "euconsent=pending; Path=/");
        }
        TestSite.respond(ex, 302, null, new byte[0]);
    }

    /** {@code a} → {@code b} → {@code a}, for ever. */
    public static void loop(TestSite site, String a, String b) {
        site.on(a, ex -> redirect(ex, b, false)).on(b, ex -> redirect(ex, site.base() + a, false));
    }

    /**
     * {@code path} → {@code <wall>/consent/ml?continue=<the article's URL, encoded>&hl=fr}, which answers 200 with
     * a "before you continue" page in French.
     */
    public static void consentHost(TestSite site, TestSite wall, String path) {
        String to = wall.base() + "/consent/ml?continue=" + URLEncoder.encode(site.base() + path,
                StandardCharsets.UTF_8) + "&hl=fr";
        site.on(path, ex -> redirect(ex, to, false));
        wall.page("/consent/ml", "text/html; charset=utf-8",
                "<html><body><h1>Avant de continuer</h1><button>Tout accepter</button></body></html>");
    }

    /** {@code <prefix>0} → {@code <prefix>1} → … → {@code <prefix><hops>}, which answers 200. */
    public static void chain(TestSite site, String prefix, int hops) {
        for (int i = 0; i < hops; i++) {
            String next = prefix + (i + 1);
            site.on(prefix + i, ex -> redirect(ex, next, false));
        }
        site.page(prefix + hops, "text/html", "<html><body><p>the end of the chain</p></body></html>");
    }

    /**
     * {@code path} → {@code <path>-gate} (sets a cookie) → {@code path} on the first visit; every later visit of
     * {@code path} answers the article.
     *
     * @return how many times {@code path} was asked for
     */
    public static AtomicInteger loopOnce(TestSite site, String path) {
        AtomicInteger visits = new AtomicInteger();
        site.on(path, ex -> {
            if (visits.incrementAndGet() == 1) {
                redirect(ex, path + "-gate", false);
            } else {
                TestSite.respond(ex, 200, "text/html", "<html><body><p>the article at last</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
            }
        });
        site.on(path + "-gate", ex -> redirect(ex, site.base() + path, true));
        return visits;
    }
}
