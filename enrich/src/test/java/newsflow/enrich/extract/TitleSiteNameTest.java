package newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import newsflow.common.model.SourceHints;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Titles without their site-name part, and the article h1 against a short site-name {@code <title>} (issue 3). */
class TitleSiteNameTest {

    private final TitleExtractor titles = new TitleExtractor();

    private String title(String head, String body, String url, String headline, String siteName) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", url);
        return titles.extract(doc, headline, siteName);
    }

    @Test
    void shortTitleYieldsToTheArticleH1AndTheH1IsNotAParagraph() {
        String html = "<html><head><title>Gazette</title></head><body><article><h1>Harbour wall rebuilt after storm</h1>"
                + "<p>Builders finished the new harbour wall on Friday after three months of work on the quay.</p>"
                + "<p>The old wall had stood for a century before the winter storm broke it in two places.</p>"
                + "</article></body></html>";
        Extraction e = new ArticleExtractor().extract(new PageInput("https://gazette.example/harbour", html,
                Instant.parse("2024-05-01T00:00:00Z"), SourceHints.NONE));
        assertThat(e.title()).isEqualTo("Harbour wall rebuilt after storm");
        assertThat(e.blocks()).extracting(Block::text).doesNotContain("Harbour wall rebuilt after storm");
        assertThat(e.blocks().get(0).text()).startsWith("Builders finished");
    }

    @Test
    void aLongTitleIsNotReplacedByAnUnrelatedH1() {
        assertThat(title("<title>Harbour wall rebuilt after storm</title>",
                "<main><h1>Local news</h1><p>Text</p></main>", "https://gazette.example/a", null, null))
                .isEqualTo("Harbour wall rebuilt after storm");
    }

    @Test
    void metaTitleTailNamingTheHostIsStripped() {
        assertThat(title("<meta property=\"og:title\" content=\"Tram lines tested in the heat | GAZETTE.DE\">",
                "", "https://www.gazette.de/news/tram-100.html", null, null)).isEqualTo("Tram lines tested in the heat");
        assertThat(title("<meta property=\"og:title\" content=\"Tram lines tested in the heat - Gazette\">",
                "", "https://www.gazette.co.uk/news/tram", null, null)).isEqualTo("Tram lines tested in the heat");
    }

    @Test
    void gluedSeparatorBeforeTheSiteNameIsStripped() {
        assertThat(title("<meta property=\"og:title\" content=\"시내 전차 운행 재개ㅣ가제트일보\">", "",
                "https://www.gazette.example/1", null, "가제트일보")).isEqualTo("시내 전차 운행 재개");
    }

    @Test
    void metaTitleThatIsTheJsonLdHeadlinePlusATailGivesTheHeadline() {
        assertThat(title("<meta property=\"og:title\" content=\"Tram lines tested in the heat - Riverside News\">", "",
                "https://gazette.example/1", "Tram lines tested in the heat", "Gazette"))
                .isEqualTo("Tram lines tested in the heat");
    }

    @Test
    void longerMetaTitleTailBeyondTheHeadlineIsKept() {
        assertThat(title("<meta property=\"og:title\" content=\"Derby day - Liverpool lose at Everton\">", "",
                "https://sportpages.example/derby", "Derby day", "Sport Pages"))
                .isEqualTo("Derby day - Liverpool lose at Everton");
    }

    @Test
    void tailSharedByMetaTitleAndDocumentTitleIsStripped() {
        assertThat(title("<meta property=\"og:title\" content=\"Tram lines tested in the heat | City Herald\">"
                        + "<title>Trams tested in heat | City Herald</title>", "", "https://herald.example/1", null,
                null)).isEqualTo("Tram lines tested in the heat");
    }

    @Test
    void headlineTailThatNamesNoSiteIsKept() {
        assertThat(title("<meta property=\"og:title\" content=\"Derby day - Liverpool lose at Everton\">"
                        + "<title>Derby day - Liverpool lose at Everton | Sport Pages</title>", "",
                "https://sportpages.example/derby", null, "Sport Pages"))
                .isEqualTo("Derby day - Liverpool lose at Everton");
    }
}
