package newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesFileReaderTest {
    @Test
    void readsSourcesWithHintsAndDefaults() throws Exception {
        List<SourceDefinition> s = SourcesFileReader.parse("{\"sources\":[{\"name\":\"qna\","
                + "\"feeds\":[\"https://qna.example/rss\"],\"poll_interval\":\"PT10M\",\"language\":\"AR\","
                + "\"time_zone\":\"Asia/Qatar\",\"date_order\":\"dmy\"},"
                + "{\"name\":\"maps\",\"sitemaps\":[\"https://m.example/sitemap.xml\"]}]}", "test");
        assertThat(s).hasSize(2);
        assertThat(s.get(0).pollInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.get(0).hints().language()).isEqualTo("ar");
        assertThat(s.get(0).hints().timeZone()).isEqualTo("Asia/Qatar");
        assertThat(s.get(0).hints().dateOrder()).isEqualTo("DMY");
        assertThat(s.get(1).pollInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.get(1).sitemaps()).containsExactly("https://m.example/sitemap.xml");
    }

    @Test
    void errorsNameTheSourceAndTheField() {
        assertThatThrownBy(() -> SourcesFileReader.parse("{\"sources\":[{\"name\":\"qna\","
                + "\"feeds\":[\"ftp://x\"],\"poll_interval\":\"5 minutes\",\"time_zone\":\"Mars/Base\","
                + "\"date_order\":\"DDY\",\"language\":\"arabic\"},{\"feeds\":[\"https://a.example/\"]}]}", "f.json"))
                .isInstanceOfSatisfying(SourcesValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        "source \"qna\": field \"feeds\" has an invalid http(s) URL: \"ftp://x\"",
                        "source \"qna\": fields \"feeds\" and \"sitemaps\" are both empty; give at least one URL",
                        "source \"qna\": field \"poll_interval\" is not an ISO-8601 duration such as PT5M: 5 minutes",
                        "source \"qna\": field \"language\" must be a two-letter ISO 639-1 code: arabic",
                        "source \"qna\": field \"time_zone\" is not an IANA zone id: Mars/Base",
                        "source \"qna\": field \"date_order\" must be DMY, MDY or YMD: DDY",
                        "source #1: field \"name\" is required"));
    }

    @Test
    void watcherRereadsAChangedFileAndKeepsTheLastGoodListOnAnInvalidEdit(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sources.json");
        Files.writeString(f, "{\"sources\":[{\"name\":\"a\",\"feeds\":[\"https://a.example/rss\"]}]}",
                StandardCharsets.UTF_8);
        SourcesWatcher w = new SourcesWatcher(f);
        assertThat(w.current()).extracting(SourceDefinition::name).containsExactly("a");
        Files.writeString(f, "{\"sources\":[{\"name\":\"a\",\"feeds\":[\"https://a.example/rss\"]},"
                + "{\"name\":\"b\",\"feeds\":[\"https://b.example/rss\"]}]}", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(w.current()).extracting(SourceDefinition::name).containsExactly("a", "b");
        Files.writeString(f, "{\"sources\":[{\"name\":\"broken\"}]}", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(10)));
        assertThat(w.current()).extracting(SourceDefinition::name).containsExactly("a", "b");
    }

    private static final String FEED = "\"feeds\":[\"https://a.example/rss\"]";

    /** A misspelt field at each depth (top level, first source, a later source) is named with the one meant. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{'sources':[{'name':'a',FEED,'poll_intervall':'PT1M'}]}|source \"a\": unknown field \"poll_intervall\" (did you mean \"poll_interval\"?)",
            "{'sources':[{'name':'a',FEED},{'name':'b',FEED,'langauge':'en'}]}|source \"b\": unknown field \"langauge\" (did you mean \"language\"?)",
            "{'sources':[{'name':'a',FEED,'sitemap':['https://a.example/s.xml']}]}|source \"a\": unknown field \"sitemap\" (did you mean \"sitemaps\"?)",
            "{'sources':[{FEED,'Name':'a'}]}|source #0: unknown field \"Name\" (did you mean \"name\"?)",
            "{'sources':[{'name':'a',FEED,'timezone':'UTC'}]}|source \"a\": unknown field \"timezone\" (did you mean \"time_zone\"?)",
            "{'sources':[{'name':'a',FEED}],'sourcse':[]}|top level: unknown field \"sourcse\" (did you mean \"sources\"?)",
            "{'source':[{'name':'a',FEED}]}|top level: unknown field \"source\" (did you mean \"sources\"?)",
            "{'sources':[{'name':'a',FEED,'owner':'x'}]}|source \"a\": unknown field \"owner\"; known fields: name, feeds"})
    void anUnknownFieldIsNamedWithTheFileAndTheFieldMeant(String json, String error) {
        String text = json.replace("FEED", FEED).replace('\'', '"');
        assertThatThrownBy(() -> SourcesFileReader.parse(text, "/etc/newsflow/sources.json"))
                .isInstanceOfSatisfying(SourcesValidationException.class, e -> {
                    assertThat(e.getMessage()).startsWith("/etc/newsflow/sources.json: ").contains(error);
                    assertThat(e.errors()).anySatisfy(m -> assertThat(m).startsWith(error));
                });
    }

    @Test
    void everyKnownFieldIsAccepted() throws Exception {
        assertThat(SourcesFileReader.parse("{\"sources\":[{\"name\":\"a\"," + FEED + ",\"sitemaps\":[],"
                + "\"poll_interval\":\"PT1M\",\"language\":\"en\",\"time_zone\":\"UTC\",\"date_order\":\"DMY\"}]}",
                "f")).hasSize(1);
    }

    @Test
    void aSourceThatIsNotAnObjectIsAnError() {
        assertThatThrownBy(() -> SourcesFileReader.parse("{\"sources\":[\"https://a.example/rss\"]}", "f.json"))
                .hasMessageContaining("source #0: must be an object with fields name, feeds");
    }

    /** Syntax errors at different positions name the file, the line and the column. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // a missing comma between two fields, on line 3
            "{\\n 'sources': [\\n  {'name': 'a' 'feeds': []}\\n ]\\n}|line 3, column 16",
            // a trailing comma before the closing bracket, on line 2
            "{'sources': [\\n {'name': 'a', 'feeds': ['https://a.example/rss']},\\n]}|line 3, column 1",
            // an unterminated string at the end of the file
            "{'sources': [{'name': 'a|line 1, column 25",
            // a second document after the first
            "{'sources': []}\\n{'sources': []}|line 2, column 1",
            // a field given twice
            "{'sources': [{'name': 'a',\\n  'name': 'b', 'feeds': []}]}|line 2, column 9",
            // a comment (JSON has none)
            "// my feeds\\n{'sources': []}|line 1, column 1"})
    void aSyntaxErrorNamesTheFileLineAndColumn(String json, String where) {
        String text = json.replace("\\n", "\n").replace('\'', '"');
        assertThatThrownBy(() -> SourcesFileReader.parse(text, "/srv/sources.json"))
                .isInstanceOf(SourcesValidationException.class)
                .hasMessageStartingWith("/srv/sources.json: not valid JSON at " + where + ": ");
    }

    @Test
    void readNamesTheFileOfASyntaxError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("feeds.json");
        Files.writeString(f, "{\"sources\": [\n}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SourcesFileReader.read(f))
                .hasMessageStartingWith(f + ": not valid JSON at line 2, column 1");
    }
}
