package newsflow.launcher.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsflow.common.serde.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TagTopicsCommandTest {

    @Test
    void writesOneRowPerInputRowInOrder(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\":\"a\",\"title\":\"Cup final\",\"text\":\"The striker scored two goals and the team won the match.\"}",
                "{\"id\":\"b\",\"text\":\"صادق البرلمان على قانون الانتخابات وطالبت الأحزاب الحكومة بتحديد موعد الاقتراع.\"}",
                "not json",
                "{\"id\":\"d\",\"text\":\"\",\"lang\":\"en\"}") + "\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code = run(input, buffer);
        List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        JsonNode a = Json.mapper().readTree(lines.get(0));
        assertThat(a.get("id").asText()).isEqualTo("a");
        assertThat(a.get("topics").get(0).get("code").asText()).isEqualTo("medtop:15000000");
        assertThat(a.get("topics").get(0).get("label").asText()).isEqualTo("sport");
        assertThat(a.get("topics").get(0).get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(Json.mapper().readTree(lines.get(1)).get("topics").get(0).get("code").asText())
                .isEqualTo("medtop:11000000");
        JsonNode bad = Json.mapper().readTree(lines.get(2));
        assertThat(bad.has("error")).isTrue();
        assertThat(bad.get("topics")).isEmpty();
        assertThat(Json.mapper().readTree(lines.get(3)).get("topics")).isEmpty();
        assertThat(code).isEqualTo(1);
    }

    /** Issue 13: a language without a lexicon gets topics only from the URL path or section, and a note. */
    @Test
    void aLanguageWithoutALexiconTakesOnlyTheFilingAndSaysSo(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\":\"tr\",\"lang\":\"tr\",\"text\":\"Orman yangını ikinci gününde; bakanlık açıklama yaptı.\"}",
                "{\"id\":\"tr-url\",\"lang\":\"tr\",\"url\":\"https://haber.example/spor/derbi\",\"text\":\"Derbide iki gol.\"}",
                "{\"id\":\"pl-section\",\"lang\":\"pl\",\"section\":\"Polityka\",\"text\":\"Sejm przyjął ustawę.\"}")
                + "\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        assertThat(run(input, buffer)).isZero();
        List<JsonNode> rows = new java.util.ArrayList<>();
        for (String line : buffer.toString(StandardCharsets.UTF_8).lines().toList()) {
            rows.add(Json.mapper().readTree(line));
        }
        assertThat(rows.get(0).get("topics")).isEmpty();
        assertThat(rows.get(0).get("topic_note").asText()).contains("no topic lexicon for language tr");
        assertThat(rows.get(1).get("topics").get(0).get("code").asText()).isEqualTo("medtop:15000000");
        assertThat(rows.get(1).get("topic_note").asText()).contains("URL path /spor/");
        assertThat(rows.get(2).get("topics").get(0).get("code").asText()).isEqualTo("medtop:11000000");
    }

    /** Runs the command on the input with standard output into the buffer; returns the exit code. */
    private static int run(Path input, ByteArrayOutputStream buffer) {
        PrintStream saved = System.out;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            return new CommandLine(new TagTopicsCommand()).execute("--input", input.toString());
        } finally {
            System.setOut(saved);
        }
    }
}
