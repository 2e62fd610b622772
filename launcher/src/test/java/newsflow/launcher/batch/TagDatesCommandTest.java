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

    private static String run(Path in, String... extra) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            String[] args = new String[extra.length + 2];
            args[0] = "--input";
            args[1] = in.toString();
            System.arraycopy(extra, 0, args, 2, extra.length);
            int code = new CommandLine(new TagDatesCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
            assertThat(code).isZero();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownDateOrderFailsNamingTheOptionAndTheValidValues(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"text\":\"1/2/2020\",\"reference_date\":\"2020-03-01\"}\n", StandardCharsets.UTF_8);
        java.io.StringWriter err = new java.io.StringWriter();
        int code = new CommandLine(new TagDatesCommand()).setErr(new java.io.PrintWriter(err))
                .execute("--input", in.toString(), "--date-order", "XYZ");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--date-order").contains("DMY").contains("MDY").contains("YMD").contains("XYZ");
    }

    /** Case C04: numeric dates of a British page, one text, lang en-GB: every one day first. */
    @Test
    void aRegionalLanguageTagSetsTheDateOrderAsInThePipeline(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, """
                {"id": "gb", "lang": "en-GB", "reference_date": "2019-05-10", "text": "The council met on 15/4/2019, again on 24/4/2019 and voted on 2/5/2019."}
                {"id": "us", "lang": "en-US", "reference_date": "2019-05-10", "text": "The council voted on 2/5/2019."}
                """, StandardCharsets.UTF_8);
        String[] lines = run(in).trim().split("\n");
        JsonNode gb = Json.mapper().readTree(lines[0]).get("dates");
        assertThat(gb).hasSize(3);
        assertThat(gb.get(0).get("value").asText()).isEqualTo("2019-04-15");
        assertThat(gb.get(1).get("value").asText()).isEqualTo("2019-04-24");
        assertThat(gb.get(2).get("value").asText()).isEqualTo("2019-05-02");
        JsonNode us = Json.mapper().readTree(lines[1]).get("dates");
        assertThat(us.get(0).get("value").asText()).isEqualTo("2019-02-05");
        String forced = run(in, "--date-order", "dmy").trim().split("\n")[1];
        assertThat(Json.mapper().readTree(forced).get("dates").get(0).get("value").asText()).isEqualTo("2019-05-02");
    }

    @Test
    void withoutLangTheTextsLanguageIsIdentified(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"fr\",\"reference_date\":\"2024-03-10\",\"text\":\"Le conseil municipal s'est réuni le 5 mars 2024 pour voter le budget de la ville.\"}\n",
                StandardCharsets.UTF_8);
        JsonNode dates = Json.mapper().readTree(run(in).trim()).get("dates");
        assertThat(dates).isNotEmpty();
        assertThat(dates.get(0).get("value").asText()).isEqualTo("2024-03-05");
        assertThat(dates.get(0).get("text").asText()).contains("5 mars 2024");
    }
}
