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
}
