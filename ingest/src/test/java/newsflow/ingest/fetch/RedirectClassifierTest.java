package newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newsflow.ingest.fetch.RedirectClassifier.Kind;
import org.junit.jupiter.api.Test;

/** Redirect chains told apart by structure first, vocabulary second (issue 12 item 5). */
class RedirectClassifierTest {
    private static final String A = "https://news.example/world/2024/story-1.html";

    private static RedirectHop hop(String url, String to) {
        return new RedirectHop(url, 302, to, false);
    }

    private static RedirectHop end(String url) {
        return new RedirectHop(url, 200, null, false);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void loopsAreFoundWhateverTheirLength() {
        assertThat(RedirectClassifier.revisits(List.of(hop(A, "https://news.example/b")), A)).isTrue();
        // scheme and host case, default port and fragment do not make a new URL
        assertThat(RedirectClassifier.revisits(List.of(hop(A, "x")), "HTTPS://News.Example:443/world/2024/story-1.html"))
                .isTrue();
        assertThat(RedirectClassifier.abandoned(List.of(hop(A, "https://news.example/b"),
                hop("https://news.example/b", A)))).isEqualTo(Kind.LOOP);
        assertThat(RedirectClassifier.abandoned(List.of(hop(A, "https://www.news.example/c"),
                hop("https://www.news.example/c", "https://news.example/d"), hop("https://news.example/d", A))))
                .isEqualTo(Kind.LOOP);
    }

    @Test
    void aConsentHostCarryingTheReturnAddressIsAConsentWall() {
        // the Google-style consent host: the article's URL in a continue= parameter
        List<RedirectHop> google = List.of(hop(A, "https://consent.news.example/ml?continue=" + enc(A) + "&gl=FR"),
                end("https://consent.news.example/ml?continue=" + enc(A) + "&gl=FR"));
        assertThat(RedirectClassifier.completed(google)).isEqualTo(Kind.CONSENT);
        // no vocabulary at all, a relative return address under another parameter name
        List<RedirectHop> relative = List.of(hop(A, "https://gate.example/check?redirect_to=/world/2024/story-1.html"),
                end("https://gate.example/check?redirect_to=/world/2024/story-1.html"));
        assertThat(RedirectClassifier.completed(relative)).isEqualTo(Kind.CONSENT);
        // encoded twice
        String twice = "https://sso.example/wall?back=" + enc(enc(A));
        assertThat(RedirectClassifier.completed(List.of(hop(A, twice), end(twice)))).isEqualTo(Kind.CONSENT);
    }

    @Test
    void aCookieSetOnTheWayBackIsAConsentLoop() {
        RedirectHop setsCookie = new RedirectHop("https://news.example/gate", 302, A, true);
        assertThat(RedirectClassifier.abandoned(List.of(hop(A, "https://news.example/gate"), setsCookie)))
                .isEqualTo(Kind.CONSENT);
        assertThat(RedirectClassifier.abandoned(List.of(new RedirectHop(A, 307, A, true)))).isEqualTo(Kind.CONSENT);
    }

    @Test
    void consentVocabularyInSeveralLanguagesIsASecondSignal() {
        // in a path, with a query (the wall's own state) or a cookie set on the way
        for (String wall : List.of("https://news.example/fr/consentement?src=art", "https://news.example/datenschutz-hinweis?x=1",
                "https://news.example/es/politica-de-privacidad?origen=2", "https://news.example/nl/toestemming?t=9",
                "https://news.example/ar/%D9%85%D9%88%D8%A7%D9%81%D9%82%D8%A9?r=1")) {
            assertThat(RedirectClassifier.completed(List.of(hop(A, wall), end(wall)))).as(wall)
                    .isEqualTo(Kind.CONSENT);
        }
        String cookieWall = "https://news.example/cookiewall";
        assertThat(RedirectClassifier.completed(List.of(new RedirectHop(A, 302, cookieWall, true), end(cookieWall))))
                .isEqualTo(Kind.CONSENT);
        // in a host, whatever the path
        for (String wall : List.of("https://cmp.news.example/", "https://myprivacy.example/v2/index.html")) {
            assertThat(RedirectClassifier.completed(List.of(hop(A, wall), end(wall)))).as(wall)
                    .isEqualTo(Kind.CONSENT);
        }
    }

    @Test
    void anArticleAboutPrivacyReachedByARedirectIsNoWall() {
        for (String[] r : new String[][] {{"https://news.example/s/x1", "https://news.example/tech/gdpr-fine-for-meta"},
                {"https://sho.rt/Ab3", "https://news.example/food/best-cookie-recipes.html"},
                {"http://news.example/2024/datenschutz-urteil", "https://news.example/2024/datenschutz-urteil"}}) {
            assertThat(RedirectClassifier.completed(List.of(hop(r[0], r[1]), end(r[1])))).as(r[1])
                    .isEqualTo(Kind.NONE);
        }
    }

    @Test
    void ordinaryRedirectsAreNotWalls() {
        assertThat(RedirectClassifier.completed(List.of(end(A)))).isEqualTo(Kind.NONE);
        String https = "https://news.example/a";
        assertThat(RedirectClassifier.completed(List.of(hop("http://news.example/a", https), end(https))))
                .isEqualTo(Kind.NONE);
        assertThat(RedirectClassifier.completed(List.of(hop(A, "https://news.example/new/1"),
                hop("https://news.example/new/1", "https://www.news.example/new/1"),
                end("https://www.news.example/new/1")))).isEqualTo(Kind.NONE);
        // a privacy page moved within the privacy pages: the vocabulary is not new
        assertThat(RedirectClassifier.completed(List.of(hop("https://news.example/privacy", "https://news.example/privacy-2024"),
                end("https://news.example/privacy-2024")))).isEqualTo(Kind.NONE);
        // a short return path ("/") is not an address
        assertThat(RedirectClassifier.completed(List.of(hop("https://news.example/", "https://news.example/home?from=/"),
                end("https://news.example/home?from=/")))).isEqualTo(Kind.NONE);
    }

    @Test
    void aLongChainIsTooLongUnlessItPassesAWall() {
        List<RedirectHop> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(hop("https://news.example/hop/" + i, "https://news.example/hop/" + (i + 1)));
        }
        assertThat(RedirectClassifier.abandoned(ten)).isEqualTo(Kind.TOO_LONG);
        ten.set(4, hop("https://news.example/hop/4", "https://consent.example/hop/5?continue=" + enc(
                "https://news.example/hop/0")));
        assertThat(RedirectClassifier.abandoned(ten)).isEqualTo(Kind.CONSENT);
    }

    @Test
    void reasonsAndChainText() {
        assertThat(Kind.CONSENT.reason()).isEqualTo("consent-redirect");
        assertThat(Kind.LOOP.reason()).isEqualTo("redirect-loop");
        assertThat(Kind.TOO_LONG.reason()).isEqualTo("too-many-redirects");
        assertThat(RedirectChainException.describe(List.of(hop(A, "https://news.example/b"), end("https://news.example/b"))))
                .isEqualTo(A + " -302-> https://news.example/b; https://news.example/b (200)");
    }
}
