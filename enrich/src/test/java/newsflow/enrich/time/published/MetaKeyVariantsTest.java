package newsflow.enrich.time.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import newsflow.common.model.DateValue;
import newsflow.common.model.SourceHints;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Spelling variants of the publication meta tags, and a visible time against a machine time of the same day. */
class MetaKeyVariantsTest {

    private static final Instant FETCHED = Instant.parse("2024-10-24T12:00:00Z");

    private DateValue published(String head, String body) {
        String html = "<html><head>" + head + "</head><body><article><h1>Bank results beat forecasts</h1>" + body
                + "<p>The bank reported higher profits for the third quarter on Wednesday.</p></article></body></html>";
        return new PublicationDateExtractor().extract(Jsoup.parse(html, "https://paper.example/a"),
                "https://paper.example/a", FETCHED, SourceHints.NONE).published();
    }

    @Test
    void keyWordsSeparatedByColonsOrDotsAreTheKnownTag() {
        assertThat(MetaTagDates.words("Article:Published:Time")).isEqualTo("article_published_time");
        for (String key : new String[] {"article:published:time", "article.published_time", "og:article:published-time"}) {
            DateValue v = published("<meta property=\"" + key + "\" content=\"2024-10-23T15:48:15+00:00\">", "");
            assertThat(v.value()).as(key).isEqualTo("2024-10-23T15:48:15Z");
            assertThat(v.source()).as(key).isEqualTo("meta:" + key);
        }
    }

    @Test
    void visibleBylineTimeNeverBeatsAMachineTimeOfTheSameDay() {
        String weakMeta = "<meta name=\"paper-release-date\" content=\"2024-10-23T15:48:15+02:00\">";
        DateValue v = published(weakMeta, "<div class=\"byline\">Veröffentlicht am 23.10.2024, 3:48 Uhr</div>");
        assertThat(v.value()).isEqualTo("2024-10-23T15:48:15+02:00");
    }

    @Test
    void visibleBylineOfAnotherDayIsNotReplaced() {
        String weakMeta = "<meta name=\"paper-release-date\" content=\"2024-10-20T15:48:15+02:00\">";
        DateValue v = published(weakMeta, "<div class=\"byline\">Veröffentlicht am 23.10.2024, 9:10 Uhr</div>");
        assertThat(v.value()).startsWith("2024-10-23T09:10");
    }
}
