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
        PrintStream saved = System.out;
        int code;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            code = new CommandLine(new TagTopicsCommand()).execute("--input", input.toString());
        } finally {
            System.setOut(saved);
        }
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
}
