package newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON Feed read with the streaming parser: the items complete before a cut or a bad item count. */
class JsonFeedStreamTest {
    private static final String URL = "https://news.example/feed.json";

    private static String feed(int n, String titleFirst) {
        StringBuilder b = new StringBuilder("{\"version\":\"https://jsonfeed.org/version/1.1\",");
        if (titleFirst != null) {
            b.append("\"title\":\"").append(titleFirst).append("\",");
        }
        b.append("\"items\":[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"url\":\"/a/").append(i)
                    .append("\",\"title\":\"T\u00e9 ").append(i).append("\",\"date_published\":\"2024-03-0")
                    .append(1 + i % 9).append("T10:00:00Z\",\"authors\":[{\"name\":\"x\"}]}");
        }
        b.append("]");
        if (titleFirst == null) {
            b.append(",\"title\":\"Late title\"");
        }
        return b.append("}").toString();
    }

    private static ParsedFeed parse(String json) throws FeedParseException {
        return FeedParser.parse(json.getBytes(StandardCharsets.UTF_8), "application/feed+json", URL, null);
    }

    @ParameterizedTest(name = "cut every {0} bytes")
    @ValueSource(ints = {13, 41, 97})
    void aCutFeedKeepsTheItemsCompleteBeforeTheCut(int step) throws Exception {
        byte[] whole = feed(8, "J").getBytes(StandardCharsets.UTF_8);
        String text = new String(whole, StandardCharsets.UTF_8);
        for (int cut = text.indexOf("[{") + 1; cut < whole.length - 1; cut += step) {
            String prefix = new String(Arrays.copyOf(whole, cut), StandardCharsets.UTF_8);
            int complete = prefix.split("\"name\":\"x\"}]}", -1).length - 1;
            ParsedFeed f = FeedParser.parse(Arrays.copyOf(whole, cut), "application/json", URL, null);
            assertThat(f.entries()).as("cut at %d", cut).hasSize(complete);
            assertThat(f.truncated()).isTrue();
        }
    }

    @ParameterizedTest(name = "item {0} is {1}")
    @CsvSource(delimiter = '|', value = {"0|\"just a string\"", "1|42", "2|[\"an\",\"array\"]"})
    void anItemThatIsNotAnObjectIsSkippedAlone(int at, String bad) throws Exception {
        String json = feed(3, "J");
        String[] parts = json.split("\\{\"id\"");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(i - 1 == at ? bad + "," : "").append("{\"id\"").append(parts[i]);
        }
        ParsedFeed f = parse(b.toString());
        assertThat(f.entries()).extracting(FeedEntry::link).containsExactly("https://news.example/a/0",
                "https://news.example/a/1", "https://news.example/a/2");
        assertThat(f.skipped()).containsEntry(ParsedFeed.MALFORMED, 1);
    }

    @ParameterizedTest(name = "title {0}")
    @CsvSource(value = {"J", "NULL"}, nullValues = "NULL")
    void theTitleIsReadBeforeOrAfterTheItems(String title) throws Exception {
        ParsedFeed f = parse(feed(2, title));
        assertThat(f.title()).isEqualTo(title == null ? "Late title" : title);
        assertThat(f.entries()).hasSize(2);
        assertThat(f.entries().get(1).published()).isEqualTo("2024-03-02T10:00:00Z");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"version\":\"1\",\"title\":\"no items\"}", "{\"items\":{\"a\":1}}", "{ nope"})
    void aDocumentWithoutAnItemsArrayIsRefused(String json) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(FeedParseException.class).hasMessageContaining(URL);
    }
}
