package newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The refresh instruction as the HTML standard reads it, and which refreshes are redirects (issue 12 item 5). */
class MetaRefreshTest {
    private static final String PAGE = "https://news.example/world/story.html";

    private static String target(String html) {
        return MetaRefresh.target(PAGE, Map.of(), html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0; url=https://consent.example/?continue=x|0|https://consent.example/?continue=x",
        "0;URL='/b'|0|/b",
        "  3 , Url = \"/c d\" |3|/c d",
        "0.5;url=/half|0|/half",
        ".5 /bare|0|/bare",
        "1 URL=/spaced|1|/spaced",
        "0;url='/quoted'trailing|0|/quoted"})
    void readsTheSpellingsBrowsersAccept(String content, long delay, String url) {
        assertThat(MetaRefresh.parse(content)).isEqualTo(new MetaRefresh.Refresh(delay, url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "url=/x", "soon; url=/x", "0x; url=/x"})
    void aValueWithoutADelayIsNoRefresh(String content) {
        assertThat(MetaRefresh.parse(content)).isNull();
    }

    @Test
    void aDelayAloneReloadsThePage() {
        assertThat(MetaRefresh.parse("300")).isEqualTo(new MetaRefresh.Refresh(300, null));
        assertThat(MetaRefresh.parse("300; ")).isEqualTo(new MetaRefresh.Refresh(300, null));
    }

    @Test
    void aConsentWallInTheHeadIsARedirectWithItsEntitiesDecoded() {
        assertThat(target("<html><head><meta charset=utf-8><meta http-equiv=\"refresh\" content=\"0; "
                + "url=https://consent.example/?continue=https%3A%2F%2Fnews.example%2Fa&amp;hl=de\"></head>"))
                .isEqualTo("https://consent.example/?continue=https%3A%2F%2Fnews.example%2Fa&hl=de");
        assertThat(target("<HTML><HEAD><META CONTENT='2;URL=/cmp/wall#top' HTTP-EQUIV=REFRESH></HEAD>"))
                .isEqualTo("https://news.example/cmp/wall");
        assertThat(target("<head><meta http-equiv = 'Refresh' content = \"0 , url = ../gdpr\" /></head>"))
                .isEqualTo("https://news.example/gdpr");
    }

    @Test
    void aRefreshInsideNoscriptCountsEvenInTheBody() {
        assertThat(target("<html><head><script>location='/wall'</script></head><body><div>"
                + "<NoScript><meta http-equiv=refresh content=\"0;url=/wall?return=%2Fworld%2Fstory.html\">"
                + "</NoScript></div><p>text</p></body></html>"))
                .isEqualTo("https://news.example/wall?return=%2Fworld%2Fstory.html");
    }

    @Test
    void theRefreshHeaderIsARedirectAndComesFirst() {
        String next = MetaRefresh.target(PAGE, Map.of("refresh", List.of("0;url=https://cmp.example/a")),
                "<head><meta http-equiv=refresh content=\"0;url=/meta\"></head>".getBytes(StandardCharsets.UTF_8),
                "text/html");
        assertThat(next).isEqualTo("https://cmp.example/a");
        assertThat(MetaRefresh.target(PAGE, Map.of("refresh", List.of("1")), new byte[0], null)).isNull();
    }

    @Test
    void aReloadOfThePageItselfOrALongDelayIsNoRedirect() {
        assertThat(target("<head><meta http-equiv=refresh content=300></head>")).isNull();
        assertThat(target("<head><meta http-equiv=refresh content=\"0; url=HTTPS://News.Example:443/world/"
                + "story.html#live\"></head>")).isNull();
        assertThat(target("<head><meta http-equiv=refresh content=\"60; url=/elsewhere\"></head>")).isNull();
        assertThat(target("<head><meta http-equiv=refresh content=\"6;url=/six\"></head>")).isNull();
        assertThat(target("<head><meta http-equiv=refresh content=\"5;url=/five\"></head>"))
                .isEqualTo("https://news.example/five");
    }

    @Test
    void anArticleAboutRefreshingIsNoRedirect() {
        assertThat(target("<html><head><title>Refresh; url=/t</title>"
                + "<!-- <meta http-equiv=\"refresh\" content=\"0;url=/old\"> -->"
                + "<script>var t = '<meta http-equiv=\"refresh\" content=\"0;url=/js\">';</script>"
                + "<meta name=\"description\" content=\"0; url=/desc\"><meta property=refresh content=0;url=/p>"
                + "</head><body><p>Press refresh; url=/y.</p>"
                + "<meta http-equiv=\"refresh\" content=\"0;url=/in-body\"></body></html>")).isNull();
        assertThat(target("<head><meta http-equiv=refresh content=\"0;url=javascript:alert(1)\"></head>")).isNull();
    }

    @Test
    void onlyHtmlBodiesAreRead() {
        byte[] body = "<head><meta http-equiv=refresh content=\"0;url=/x\"></head>".getBytes(StandardCharsets.UTF_8);
        assertThat(MetaRefresh.target(PAGE, Map.of(), body, "application/rss+xml")).isNull();
        assertThat(MetaRefresh.target(PAGE, Map.of(), body, null)).isEqualTo("https://news.example/x");
    }

    @Test
    void theTagIsFoundInALegacyCharsetAndOnlyInThePrefix() {
        byte[] latin = ("<head><meta charset=iso-8859-1><title>Caf\u00e9</title><meta http-equiv=refresh "
                + "content=\"0;url=/caf\u00e9\"></head>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(MetaRefresh.target(PAGE, Map.of(), latin, "text/html")).isEqualTo("https://news.example/caf\u00e9");
        String late = "<html><!-- " + "x".repeat(MetaRefresh.PREFIX_BYTES) + " --><head><meta http-equiv=refresh "
                + "content=\"0;url=/late\"></head>";
        assertThat(target(late)).isNull();
    }
}
