package newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, item 3: a broken item or a cut tail loses only what is broken, in every XML format, wherever the break
 * is, whatever breaks it.
 */
class FeedItemRecoveryTest {
    private static final String URL = "https://news.example/feeds/all";

    static ParsedFeed parse(String text, String contentType) throws FeedParseException {
        return FeedParser.parse(text.getBytes(StandardCharsets.UTF_8), contentType, URL, null);
    }

    /** An RSS 2.0, Atom or RSS 1.0 document of {@code n} items, item {@code i} as {@code item.apply(i)}. */
    static String feed(String format, int n, IntFunction<String> item) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        switch (format) {
            case "rss" -> b.append("<rss version=\"2.0\"><channel><title>Archive</title>\n");
            case "atom" -> b.append("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Archive</title>\n");
            default -> b.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                    + "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                    + "<channel><title>Archive</title></channel>\n");
        }
        for (int i = 0; i < n; i++) {
            b.append(item.apply(i)).append('\n');
        }
        b.append(switch (format) {
            case "rss" -> "</channel></rss>";
            case "atom" -> "</feed>";
            default -> "</rdf:RDF>";
        });
        return b.toString();
    }

    /** One well-formed item of the format, link {@code /a/<i>}, with {@code description} as its text. */
    static String item(String format, int i, String description) {
        String link = "https://news.example/a/" + i;
        return switch (format) {
            case "rss" -> "<item><title>Item " + i + "</title><link>" + link + "</link><description>" + description
                    + "</description><pubDate>Tue, 05 Mar 2024 09:" + String.format(java.util.Locale.ROOT, "%02d",
                    i % 60) + ":00 GMT</pubDate></item>";
            case "atom" -> "<entry><title>Item " + i + "</title><link href=\"" + link + "\"/><summary>" + description
                    + "</summary><updated>2024-03-05T09:00:00Z</updated></entry>";
            default -> "<item rdf:about=\"" + link + "\"><title>Item " + i + "</title><link>" + link
                    + "</link><description>" + description + "</description><dc:date>2024-03-05</dc:date></item>";
        };
    }

    private static List<String> links(ParsedFeed f) {
        return f.entries().stream().map(FeedEntry::link).toList();
    }

    private static List<String> expected(int n, int... missing) {
        List<String> out = new ArrayList<>();
        outer:
        for (int i = 0; i < n; i++) {
            for (int m : missing) {
                if (m == i) {
                    continue outer;
                }
            }
            out.add("https://news.example/a/" + i);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}: broken item {1} of 5 by {2}")
    @CsvSource(delimiter = '|', value = {
        "rss|0|Hello <b>world",
        "rss|2|a < b, said the minister",
        "rss|4|<p>closed by the wrong tag</div>",
        "atom|0|<p>closed by the wrong tag</div>",
        "atom|2|Hello <b>world",
        "atom|4|a < b, said the minister",
        "rdf|0|a < b, said the minister",
        "rdf|2|<p>closed by the wrong tag</div>",
        "rdf|4|Hello <b>world"})
    void aBrokenItemLosesOnlyItself(String format, int broken, String markup) throws Exception {
        ParsedFeed f = parse(feed(format, 5, i -> item(format, i, i == broken ? markup : "fine")),
                "application/xml");
        assertThat(links(f)).containsExactlyElementsOf(expected(5, broken));
        assertThat(f.skipped()).containsEntry(ParsedFeed.MALFORMED, 1);
        assertThat(f.truncated()).isFalse();
        assertThat(f.title()).isEqualTo("Archive");
    }

    @ParameterizedTest(name = "{0}: item {1} repaired, not skipped: {2}")
    @CsvSource(delimiter = '|', value = {
        "rss|0|Fuel &euro; &amp; more",
        "atom|2|Tom & Jerry",
        "rdf|4|&bogus; entity and &#xZZ; reference"})
    void entityFaultsAreRepairedAndTheItemKept(String format, int odd, String text) throws Exception {
        ParsedFeed f = parse(feed(format, 5, i -> item(format, i, i == odd ? text : "fine")), "text/xml");
        assertThat(links(f)).containsExactlyElementsOf(expected(5));
        assertThat(f.skipped()).isEmpty();
        assertThat(f.repaired()).isTrue();
        assertThat(f.entries().get(odd).summary()).doesNotContain("&amp;");
    }

    @Test
    void anItemNeverClosedIsCutAtTheNextItemAndTheNextItemsSurvive() throws Exception {
        String rss = feed("rss", 4, i -> i == 1 ? "<item><title>lost</title><link>https://news.example/a/1</link>"
                : item("rss", i, "fine"));
        ParsedFeed f = parse(rss, null);
        assertThat(links(f)).containsExactlyElementsOf(expected(4, 1));
        assertThat(f.skipped()).containsEntry(ParsedFeed.MALFORMED, 1);
    }

    @Test
    void anUnclosedCdataSectionLosesItsItemOnly() throws Exception {
        String atom = feed("atom", 4, i -> i == 2 ? "<entry><title>x</title><link href=\"https://news.example/a/2\"/>"
                + "<summary><![CDATA[never ended</summary></entry>" : item("atom", i, "fine"));
        ParsedFeed f = parse(atom, null);
        assertThat(links(f)).containsExactlyElementsOf(expected(4, 2));
    }

    @ParameterizedTest(name = "{0} cut every {1} bytes")
    @CsvSource({"rss,37", "atom,53", "rdf,101"})
    void aFeedCutAnywhereKeepsEveryItemCompleteBeforeTheCut(String format, int step) throws Exception {
        String whole = feed(format, 12, i -> item(format, i, "text of item " + i + " \u00e9\u0639"));
        byte[] bytes = whole.getBytes(StandardCharsets.UTF_8);
        int firstItem = whole.indexOf(format.equals("atom") ? "<entry" : "<item");
        for (int cut = firstItem; cut < bytes.length; cut += step) {
            String prefix = new String(bytes, 0, cut, StandardCharsets.UTF_8);
            ParsedFeed f = FeedParser.parse(java.util.Arrays.copyOf(bytes, cut), "application/xml", URL, null);
            int complete = 0;
            String endTag = format.equals("atom") ? "</entry>" : "</item>";
            for (int at = prefix.indexOf(endTag); at >= 0; at = prefix.indexOf(endTag, at + 1)) {
                complete++;
            }
            assertThat(f.entries()).as("cut at byte %d", cut).hasSize(complete);
            assertThat(links(f)).containsExactlyElementsOf(expected(complete));
            assertThat(f.truncated()).isTrue();
            assertThat(f.skipped().getOrDefault(ParsedFeed.TRUNCATED, 0)).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void twentyThousandItemsAreReadOneByOne() throws Exception {
        String archive = feed("rss", 20_000, i -> item("rss", i, "archived story " + i));
        ParsedFeed f = parse(archive, "application/rss+xml");
        assertThat(f.entries()).hasSize(20_000);
        assertThat(f.entries().get(19_999).link()).isEqualTo("https://news.example/a/19999");
        assertThat(f.skipped()).isEmpty();
    }
}
