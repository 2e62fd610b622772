package newsflow.enrich.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Authors are people: publisher credits, dateline places and CMS accounts are not (issue 3). */
class AuthorCreditsTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    private PageMetadata run(String html, String url) {
        return extractor.extract(Jsoup.parse(html, url), url);
    }

    private static final String BODY = "<p>The council voted on Tuesday evening to rebuild the harbour wall before the "
            + "winter storms.</p><p>Work will start in spring and last until the end of the year, the harbour officials said.</p>"
            + "<p>Fishermen welcomed the decision after two winters of damage to boats and nets in the harbour.</p>";

    @Test
    void publisherCreditWithItsSeatIsNoAuthor() {
        String html = "<html><head><meta name=\"author\" content=\"riverside.de, Mainz, Germany\"></head>"
                + "<body><article><h1>T</h1>" + BODY + "</article></body></html>";
        assertThat(run(html, "https://www.riverside.de/a/1").authors()).isEmpty();
        assertThat(AuthorNames.isPublisherCredit("Riverside Post, Mainz", "riverside post")).isTrue();
        assertThat(AuthorNames.isPublisherCredit("Jane Doe, Mainz", "riverside post")).isFalse();
    }

    @Test
    void datelinePlaceAfterANameIsNoAuthor() {
        String html = "<html><body><article><h1>T</h1><span class=\"article__author\">Von Jana Beispiel, Lille</span>"
                + BODY + "</article></body></html>";
        assertThat(run(html, "https://x.example/a/1").authors()).containsExactly("Jana Beispiel");
        assertThat(AuthorNames.withoutPlace("Jane Doe, John Roe")).containsExactly("Jane Doe", "John Roe");
        assertThat(AuthorNames.withoutPlace("Jane Doe und Max")).containsExactly("Jane Doe", "Max");
    }

    @Test
    void dateAfterTheNameInABylineIsCutOff() {
        String html = "<html><body><article><h1>T</h1><cite class=\"byline\"><span>By </span><span>JANE ROE</span>\n"
                + "<abbr>March 11, 2015 3:46 PM</abbr></cite>" + BODY + "</article></body></html>";
        assertThat(run(html, "https://x.example/a/1").authors()).containsExactly("JANE ROE");
        String german = "<html><body><article><h1>T</h1><div class=\"byline\">Von Max Muster 05.08.2024, 20:59 Uhr"
                + "</div>" + BODY + "</article></body></html>";
        assertThat(run(german, "https://x.example/a/1").authors()).containsExactly("Max Muster");
    }

    @Test
    void twitterWrittenByPairNamesTheAuthor() {
        String html = "<html><head><meta name=\"author\" content=\"j.doe@paper.example\">"
                + "<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Jane Doe\">"
                + "<meta name=\"twitter:label2\" content=\"Est. reading time\"><meta name=\"twitter:data2\" "
                + "content=\"4 minutes\"></head><body></body></html>";
        assertThat(run(html, "https://paper.example/a/1").authors()).containsExactly("Jane Doe");
    }

    @Test
    void authorNameClassIsAByline() {
        String html = "<html><body><div class=\"lineinfo\">Do 25.04.24 | Von <span class=\"authorname\">Eva Muster-Frau"
                + " </span></div>" + BODY + "</body></html>";
        assertThat(run(html, "https://x.example/a/1").authors()).containsExactly("Eva Muster-Frau");
    }

    @Test
    void boldSignatureLineAtTheEdgeOfTheArticleIsTheAuthor() {
        String lead = "<html><body><div class=\"entry\"><p>&nbsp;</p><p><strong>Thabo Mokoena/Lerato Dlamini</strong>"
                + "</p>" + BODY + "</div></body></html>";
        assertThat(run(lead, "https://x.example/a/1").authors()).containsExactly("Thabo Mokoena", "Lerato Dlamini");
        String tail = "<html><body><div class=\"entry\">" + BODY + "<p style=\"text-align:right\"><b>Lê Phương</b>"
                + "</p></div></body></html>";
        assertThat(run(tail, "https://x.example/a/1").authors()).containsExactly("Lê Phương");
    }

    @Test
    void boldLineInsideTheArticleOrWithoutABodyIsNoSignature() {
        String middle = "<html><body><div>" + BODY + "<p><strong>Harbour Plans</strong></p>" + BODY
                + "</div></body></html>";
        assertThat(run(middle, "https://x.example/a/1").authors()).isEmpty();
        String alone = "<html><body><div><p><strong>Jane Doe</strong></p><p>Short.</p></div></body></html>";
        assertThat(run(alone, "https://x.example/a/1").authors()).isEmpty();
    }

    @Test
    void wordPressAdminAccountIsNoAuthor() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                + "{\"@type\":\"Person\",\"name\":\"Paper D\",\"url\":\"https://paper.example/author/admin/\"}}"
                + "</script></head><body></body></html>";
        assertThat(run(html, "https://paper.example/a/1").authors()).isEmpty();
    }
}
