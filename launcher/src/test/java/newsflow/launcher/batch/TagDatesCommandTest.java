package newsflow.launcher.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import newsflow.common.serde.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TagDatesCommandTest {

    @Test
    void referenceDayIsTheValuesOwnCalendarDay() {
        assertThat(TagDatesCommand.referenceDay("2018-09-06")).isEqualTo(LocalDate.of(2018, 9, 6));
        // 01:52 in Doha is still the previous evening in UTC: the page's own day counts
        assertThat(TagDatesCommand.referenceDay("2018-09-06T01:52:00+03:00")).isEqualTo(LocalDate.of(2018, 9, 6));
        assertThat(TagDatesCommand.referenceDay("2018-09-05T23:30:00Z")).isEqualTo(LocalDate.of(2018, 9, 5));
        assertThat(TagDatesCommand.referenceDay("2012-05-23T02:23:01")).isEqualTo(LocalDate.of(2012, 5, 23));
    }

    @Test
    void writesOneRowPerInputRowWithTheContractFields(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, """
                {"id": "a", "text": "The dialogue took place on Wednesday.", "lang": "en", "reference_date": "2018-09-06T01:52:00+03:00"}
                {"id": "b", "text": "وقعت المذكرة بتاريخ 11/7/2017م", "reference_date": "2018-09-06"}
                """, StandardCharsets.UTF_8);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new TagDatesCommand()).execute("--input", in.toString());
            assertThat(code).isZero();
        } finally {
            System.setOut(old);
        }
        String[] lines = buf.toString(StandardCharsets.UTF_8).trim().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode a = Json.mapper().readTree(lines[0]);
        assertThat(a.get("id").asText()).isEqualTo("a");
        JsonNode d = a.get("dates").get(0);
        assertThat(d.get("text").asText()).isEqualTo("Wednesday");
        assertThat(d.get("value").asText()).isEqualTo("2018-09-05");
        assertThat(d.get("type").asText()).isEqualTo("DATE");
        assertThat(d.get("start").asInt()).isEqualTo(27);
        assertThat(d.get("end").asInt()).isEqualTo(36);
        assertThat(d.has("ambiguous")).isFalse();
        JsonNode b = Json.mapper().readTree(lines[1]);
        assertThat(b.get("dates").get(0).get("value").asText()).isEqualTo("2017-07-11");
    }
}
