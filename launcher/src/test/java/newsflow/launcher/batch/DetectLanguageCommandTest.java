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

class DetectLanguageCommandTest {

    @Test
    void oneRowPerLineInOrderWithExplicitNulls(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("texts.txt");
        Files.write(input, List.of("أعلنت الوزارة عن الميزانية الجديدة يوم الاثنين", "", "12 345",
                "The ministry announced the new budget on Monday"), StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int code;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            code = new CommandLine(new DetectLanguageCommand())
                    .execute("--input", input.toString(), "--languages", "ar,en,fr", "--mode", "LOW");
        } finally {
            System.setOut(original);
        }
        assertThat(code).isZero();
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        JsonNode[] rows = new JsonNode[4];
        for (int i = 0; i < 4; i++) {
            rows[i] = Json.mapper().readTree(lines.get(i));
        }
        assertThat(rows[0].path("lang").asText()).isEqualTo("ar");
        assertThat(rows[1].has("lang")).isTrue();
        assertThat(rows[1].get("lang").isNull()).isTrue();
        assertThat(rows[2].get("lang").isNull()).isTrue();
        assertThat(rows[2].path("confidence").asDouble()).isZero();
        assertThat(rows[3].path("lang").asText()).isEqualTo("en");
        assertThat(rows[3].path("confidence").asDouble()).isBetween(0.5, 1.0);
    }
}
