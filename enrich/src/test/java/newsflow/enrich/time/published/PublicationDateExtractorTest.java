package newsflow.enrich.time.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import newsflow.common.model.DateValue;
import newsflow.common.model.SourceHints;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Publication and modification dates on small hand-written pages (cases C01, C02, C03, C08 of shared/cases). */
class PublicationDateExtractorTest {

    private static final Instant FETCHED = Instant.parse("2024-03-06T12:00:00Z");
    private final PublicationDateExtractor extractor = new PublicationDateExtractor();

    private PublicationDates run(String html, String url, Instant fetched, SourceHints hints) {
        return extractor.extract(Jsoup.parse(html, url == null ? "" : url), url, fetched, hints);
    }

    private PublicationDates run(String html) {
        return run(html, null, FETCHED, SourceHints.NONE);
    }

    @Test
    void c01ScriptLiteralsAndFutureDatesAreNotCandidates() {
        String html = "<html><head><script>var cfg = {\"consentExpires\":\"2031-01-31\",\"build\":\"2019-11-02\"};"
                + "</script></head><body><article><h1>Harbour reopens after storm</h1>"
                + "<time datetime=\"2024-03-05T10:00:00Z\">5 March 2024</time>"
                + "<p>The harbour reopened on Tuesday...</p></article></body></html>";
        DateValue published = run(html).published();
        assertThat(published.value()).isEqualTo("2024-03-05T10:00:00Z");
        assertThat(published.source()).isEqualTo("time@datetime");
        assertThat(published.precision()).isEqualTo("second");
    }

    @Test
    void c01CandidateAfterFetchPlusOneDayIsDropped() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2031-01-31T00:00:00Z\">"
                + "</head><body><article><h1>Harbour reopens</h1><p class=\"byline\">Published 5 March 2024</p>"
                + "<p>Text.</p></article></body></html>";
        DateValue published = run(html).published();
        assertThat(published.value()).isEqualTo("2024-03-05");
        assertThat(published.precision()).isEqualTo("day");
        assertThat(published.source()).isEqualTo("byline");
    }

    @Test
    void c02UpdatedTextIsEvidenceForModifiedOnly() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2023-06-01T08:00:00Z\">"
                + "<meta property=\"article:modified_time\" content=\"2024-01-02T12:00:00Z\"></head><body>"
                + "<article><h1>Title of the story</h1><p class=\"byline\">Updated: 2 Jan 2024</p><p>Body.</p>"
                + "</article></body></html>";
        PublicationDates d = run(html, null, Instant.parse("2024-02-01T00:00:00Z"), SourceHints.NONE);
        assertThat(d.published().value()).isEqualTo("2023-06-01T08:00:00Z");
        assertThat(d.modified().value()).isEqualTo("2024-01-02T12:00:00Z");
    }

    @Test
    void c02OnlyAnUpdateDateLeavesPublishedEmpty() {
        String html = "<html><body><article><h1>Title of the story</h1><p class=\"byline\">Updated: 2 Jan 2024</p>"
                + "<p>Body.</p></article></body></html>";
        PublicationDates d = run(html);
        assertThat(d.published()).isNull();
        assertThat(d.modified().value()).isEqualTo("2024-01-02");
    }

    @Test
    void c03MetadataOutranksUrlAndKeepsItsOffset() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2021-04-25T07:30:00+07:00\">"
                + "</head><body><h1>News</h1></body></html>";
        DateValue published = run(html, "https://news.example/journal/2021/04/92713", FETCHED, SourceHints.NONE)
                .published();
        assertThat(published.value()).isEqualTo("2021-04-25T07:30:00+07:00");
        assertThat(published.source()).isEqualTo("meta:article:published_time");
    }

    @Test
    void c03MonthOnlyUrlGivesMonthPrecisionAndNoInventedDay() {
        DateValue published = run("<html><body><h1>News</h1></body></html>",
                "https://news.example/journal/2021/04/92713", FETCHED, SourceHints.NONE).published();
        assertThat(published).isEqualTo(new DateValue("2021-04", "month", "url"));
    }

    @Test
    void urlWithYearMonthDayGivesADay() {
        DateValue published = run("<html><body><h1>News</h1></body></html>",
                "https://news.example/world/2018/09/06/some-story", FETCHED, SourceHints.NONE).published();
        assertThat(published).isEqualTo(new DateValue("2018-09-06", "day", "url"));
    }

    @Test
    void c08ExplicitOffsetKeptAndOffsetlessJsonLdOnlyCorroborates() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2024-03-05T01:30:00+03:00\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-05 01:30\"}"
                + "</script></head><body><h1>News</h1></body></html>";
        DateValue published = run(html).published();
        assertThat(published.value()).isEqualTo("2024-03-05T01:30:00+03:00");
        assertThat(published.precision()).isEqualTo("second");
    }

    @Test
    void c08DateOnlyValueStaysADate() {
        String html = "<html><head><meta name=\"date\" content=\"2024-03-05\"></head><body><h1>News</h1></body></html>";
        assertThat(run(html).published()).isEqualTo(new DateValue("2024-03-05", "day", "meta:date"));
    }

    @Test
    void timeWithoutZoneStaysLocalUnlessTheSourceHasAZone() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2012-05-23T02:23:01\"}</script></head><body><h1>News</h1></body></html>";
        assertThat(run(html, null, FETCHED, SourceHints.NONE).published().value()).isEqualTo("2012-05-23T02:23:01");
        assertThat(run(html, null, FETCHED, new SourceHints(null, "Asia/Qatar", null)).published().value())
                .isEqualTo("2012-05-23T02:23:01+03:00");
    }

    @Test
    void jsonLdGraphArticleWinsOverWebPage() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2020-01-01T00:00:00Z\"},"
                + "{\"@type\":[\"NewsArticle\"],\"datePublished\":\"2020-02-03T04:05:06-05:00\","
                + "\"dateModified\":\"2020-02-04T00:00:00-05:00\"}]}</script></head><body><h1>T</h1></body></html>";
        PublicationDates d = run(html);
        assertThat(d.published()).isEqualTo(new DateValue("2020-02-03T04:05:06-05:00", "second",
                "json-ld:datePublished"));
        assertThat(d.modified().value()).isEqualTo("2020-02-04T00:00:00-05:00");
    }

    @Test
    void jsonLdInsideCdataIsRead() {
        String html = "<html><head><script type=\"application/ld+json\">\n<![CDATA[\n{\"@type\":\"Article\","
                + "\"datePublished\":\"2003-02-28T21:51:08Z\"}\n]]>\n</script></head><body><h1>T</h1></body></html>";
        assertThat(run(html).published().value()).isEqualTo("2003-02-28T21:51:08Z");
    }

    @Test
    void copyrightYearAndCommentDatesAreNotThePublicationDate() {
        String html = "<html lang=\"ar\" dir=\"rtl\"><body><article><h1>عنوان الخبر هنا</h1>"
                + "<span class=\"post-date\">2017-03-04</span><p>نص الخبر.</p></article>"
                + "<section class=\"comments\"><span class=\"comment-date\">23/7/2017</span></section>"
                + "<footer><p>© 2024 موقع الأخبار</p></footer></body></html>";
        assertThat(run(html, null, Instant.parse("2024-06-01T00:00:00Z"), SourceHints.NONE).published().value())
                .isEqualTo("2017-03-04");
    }

    @Test
    void arabicBylineWithLevantineMonthAndUpdateLine() {
        String html = "<html lang=\"ar\"><body><article><h1>عنوان الخبر هنا</h1>"
                + "<div class=\"meta\">نُشر في 3 تشرين 1 2023</div><div class=\"meta\">آخر تحديث: 14 كانون الثاني 2024</div>"
                + "<p>نص الخبر.</p></article></body></html>";
        PublicationDates d = run(html);
        assertThat(d.published().value()).isEqualTo("2023-10-03");
        assertThat(d.modified().value()).isEqualTo("2024-01-14");
    }

    @Test
    void arabicIndicDigitsMaghrebMonthAndBidiMarks() {
        String html = "<html lang=\"ar\"><body><article><h1>عنوان الخبر هنا</h1>"
                + "<span class=\"date\">\u200F الأربعاء ٢٠ جانفي ٢٠١٦</span><p>نص.</p></article></body></html>";
        assertThat(run(html).published().value()).isEqualTo("2016-01-20");
    }

    @Test
    void bylineTimeRecoversThePageOffsetOfAUtcValue() {
        String html = "<html lang=\"en-US\"><head><meta property=\"article:published_time\" "
                + "content=\"2020-02-25T02:25:54Z\"></head><body><article><h1>Story headline</h1>"
                + "<div class=\"byline\">February 24, 2020 | 9:25pm</div><p>Text.</p></article></body></html>";
        DateValue published = run(html).published();
        assertThat(published.value()).isEqualTo("2020-02-24T21:25:54-05:00");
        assertThat(Instant.parse("2020-02-25T02:25:54Z"))
                .isEqualTo(java.time.OffsetDateTime.parse(published.value()).toInstant());
    }
}
