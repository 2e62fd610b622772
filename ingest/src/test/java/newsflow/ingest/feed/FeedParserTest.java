package newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static ParsedFeed parse(String xml) throws FeedParseException {
        return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml", "https://news.example/feed",
                null);
    }

    @Test
    void c09HtmlEntitiesAndStrayAmpersandsAreRepairedAndMarked() throws Exception {
        ParsedFeed f = parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\"><channel><title>Example News</title>\n"
                + "<item><title>Fuel up 5&euro; &amp; rising</title>\n"
                + "<link>https://news.example/a?id=1&ref=rss</link>\n"
                + "<description>Minister&rsquo;s plan &nbsp;explained & debated</description></item>\n"
                + "</channel></rss>");
        assertThat(f.format()).isEqualTo(FeedFormat.RSS2);
        assertThat(f.repaired()).isTrue();
        assertThat(f.entries()).hasSize(1);
        FeedEntry e = f.entries().get(0);
        assertThat(e.title()).isEqualTo("Fuel up 5\u20ac & rising");
        assertThat(e.link()).isEqualTo("https://news.example/a?id=1&ref=rss");
        assertThat(e.summary()).isEqualTo("Minister\u2019s plan \u00a0explained & debated");
        assertThat(e.toFeedItem(f.repaired()).feedRepaired()).isTrue();
    }

    @Test
    void wellFormedFeedIsNotMarkedRepairedAndCdataIsUntouched() throws Exception {
        ParsedFeed f = parse("<rss version=\"2.0\"><channel><title>T</title><item><title>A &amp; B</title>"
                + "<link>https://news.example/a</link><description><![CDATA[<p>x &euro; y</p>]]></description>"
                + "<pubDate>Tue, 05 Mar 2024 09:15:00 +0100</pubDate></item></channel></rss>");
        assertThat(f.repaired()).isFalse();
        FeedEntry e = f.entries().get(0);
        assertThat(e.title()).isEqualTo("A & B");
        assertThat(e.summary()).isEqualTo("<p>x &euro; y</p>");
        assertThat(e.published()).isEqualTo("2024-03-05T09:15:00+01:00");
        assertThat(e.rawPubDate()).isEqualTo("Tue, 05 Mar 2024 09:15:00 +0100");
    }

    @Test
    void c10UnparseableDateKeepsRawTextAndNullDate() throws Exception {
        ParsedFeed f = parse("<rss version=\"2.0\"><channel>"
                + "<item><title>A</title><link>https://n.example/a</link>"
                + "<pubDate><![CDATA[Tue, Jan 23 2018 02:54:55 MST]]></pubDate></item>"
                + "<item><title>B</title><link>https://n.example/b</link><pubDate>WED,23 MAY 2012 02:23:01</pubDate></item>"
                + "<item><title>C</title><link>https://n.example/c</link><pubDate>yesterday</pubDate></item>"
                + "</channel></rss>");
        assertThat(f.entries()).extracting(FeedEntry::published)
                .containsExactly("2018-01-23T02:54:55-07:00", "2012-05-23T02:23:01", null);
        assertThat(f.entries().get(2).rawPubDate()).isEqualTo("yesterday");
    }

    @Test
    void c11RdfItemsAreDatedByDcDate() throws Exception {
        ParsedFeed f = parse("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
                + "         xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + " <channel rdf:about=\"https://news.example/\"><title>Ex</title><link>https://news.example/</link></channel>\n"
                + " <item rdf:about=\"https://news.example/a1\"><title>A1</title>\n"
                + "  <link>https://news.example/a1</link><dc:date>2024-03-05T09:15:00+01:00</dc:date></item>\n"
                + "</rdf:RDF>");
        assertThat(f.format().wireName()).isEqualTo("rss1.0");
        assertThat(f.title()).isEqualTo("Ex");
        assertThat(f.entries()).hasSize(1);
        FeedEntry e = f.entries().get(0);
        assertThat(e.link()).isEqualTo("https://news.example/a1");
        assertThat(OffsetDateTime.parse(e.published()).toInstant().toString()).isEqualTo("2024-03-05T08:15:00Z");
    }

    @Test
    void rdfPrefersDcDateOverPubDateAndRss2PrefersPubDate() throws Exception {
        String item = "<title>x</title><link>https://n.example/x</link>"
                + "<dc:date>2024-01-01T00:00:00Z</dc:date><pubDate>Mon, 01 Jan 2024 12:00:00 GMT</pubDate>";
        ParsedFeed rdf = parse("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><item>" + item
                + "</item></rdf:RDF>");
        ParsedFeed rss = parse("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><item>"
                + item + "</item></channel></rss>");
        assertThat(rdf.entries().get(0).published()).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(rss.entries().get(0).published()).isEqualTo("2024-01-01T12:00:00Z");
    }

    @Test
    void atomEntriesUseAlternateLinkAndPublishedThenUpdated() throws Exception {
        ParsedFeed f = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom News</title>"
                + "<entry><title>One</title><link rel=\"self\" href=\"/self/1\"/><link href=\"/a/1\"/>"
                + "<published>2024-03-05T10:00:00Z</published><updated>2024-03-06T10:00:00Z</updated></entry>"
                + "<entry><title>Two</title><link rel=\"alternate\" href=\"https://news.example/a/2\"/>"
                + "<updated>2024-03-06T11:00:00+02:00</updated></entry></feed>");
        assertThat(f.format()).isEqualTo(FeedFormat.ATOM);
        assertThat(f.entries()).extracting(FeedEntry::link)
                .containsExactly("https://news.example/a/1", "https://news.example/a/2");
        assertThat(f.entries()).extracting(FeedEntry::published)
                .containsExactly("2024-03-05T10:00:00Z", "2024-03-06T11:00:00+02:00");
    }

    @Test
    void c12NestedXmlBaseResolvesEntryLinksAtEveryLevel() throws Exception {
        ParsedFeed f = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://blog.example/\">"
                + "<entry xml:base=\"2024/03/05/\"><id>tag:blog.example,2024:a</id><title>A</title>"
                + "<updated>2024-03-05T10:00:00Z</updated><link rel=\"alternate\" href=\"story-a\"/></entry>"
                + "<entry><title>B</title><link href=\"b/story-b\" xml:base=\"/2024/03/06/\"/></entry>"
                + "<entry xml:base=\"::not a uri::\"><title>C</title><link href=\"story-c\"/></entry></feed>");
        assertThat(f.entries()).extracting(FeedEntry::link).containsExactly(
                "https://blog.example/2024/03/05/story-a",
                "https://blog.example/2024/03/06/b/story-b",
                "https://blog.example/story-c");
    }

    @Test
    void rssItemLinksHonourXmlBaseToo() throws Exception {
        ParsedFeed f = parse("<rss version=\"2.0\" xml:base=\"https://radio.example/news/\"><channel>"
                + "<item><title>One</title><link>2024/one.html</link></item></channel></rss>");
        assertThat(f.entries()).extracting(FeedEntry::link).containsExactly("https://radio.example/news/2024/one.html");
    }

    @Test
    void jsonFeedItems() throws Exception {
        ParsedFeed f = FeedParser.parse(("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"J\","
                + "\"items\":[{\"id\":\"1\",\"url\":\"https://news.example/j/1\",\"title\":\"First\","
                + "\"date_published\":\"2024-03-05T10:00:00-05:00\"},{\"id\":\"2\",\"external_url\":\"/j/2\"}]}")
                .getBytes(StandardCharsets.UTF_8), "application/feed+json", "https://news.example/feed.json", null);
        assertThat(f.format()).isEqualTo(FeedFormat.JSON);
        assertThat(f.entries()).extracting(FeedEntry::link)
                .containsExactly("https://news.example/j/1", "https://news.example/j/2");
        assertThat(f.entries().get(0).published()).isEqualTo("2024-03-05T10:00:00-05:00");
        assertThat(f.entries().get(1).published()).isNull();
    }

    @Test
    void xmlDeclarationEncodingIsHonouredWithoutHeaderCharset() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss version=\"2.0\"><channel><item>"
                + "<title>\u0645\u0631\u062d\u0628\u0627</title><link>https://n.example/ar</link></item></channel></rss>";
        ParsedFeed f = FeedParser.parse(xml.getBytes(Charset.forName("windows-1256")), "text/xml",
                "https://n.example/feed", ZoneId.of("Asia/Qatar"));
        assertThat(f.entries().get(0).title()).isEqualTo("\u0645\u0631\u062d\u0628\u0627");
    }

    @Test
    void externalEntitiesAreNotExpanded() throws Exception {
        ParsedFeed f = parse("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><item><title>a&xxe;b</title><link>https://n.example/x</link>"
                + "</item></channel></rss>");
        // the pre-pass escapes the unknown reference, so the parser never resolves the external entity
        assertThat(f.entries().get(0).title()).isEqualTo("a&xxe;b");
    }

    @Test
    void notAFeedFailsWithTheUrl() {
        assertThatThrownBy(() -> parse("<catalog><book>hello</book></catalog>"))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("https://news.example/feed");
        assertThatThrownBy(() -> parse("just words"))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("neither XML nor JSON");
    }

    @Test
    void strayAmpersandInAnAtomAttributeIsRepaired() throws Exception {
        ParsedFeed f = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Q&A</title>"
                + "<link href=\"https://news.example/show?id=7&lang=en\"/></entry></feed>");
        assertThat(f.repaired()).isTrue();
        assertThat(f.entries().get(0).link()).isEqualTo("https://news.example/show?id=7&lang=en");
        assertThat(f.entries().get(0).title()).isEqualTo("Q&A");
    }
}
