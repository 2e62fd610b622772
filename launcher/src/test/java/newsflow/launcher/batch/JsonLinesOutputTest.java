package newsflow.launcher.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsflow.common.serde.Json;
import org.junit.jupiter.api.Test;

class JsonLinesOutputTest {

    @Test
    void unpairedSurrogatesBecomeTheReplacementCharacterAndPairsSurvive() {
        assertThat(JsonLinesOutput.replaceUnpairedSurrogates("a\uD800b")).isEqualTo("a\uFFFDb");
        assertThat(JsonLinesOutput.replaceUnpairedSurrogates("a\uDC00")).isEqualTo("a\uFFFD");
        assertThat(JsonLinesOutput.replaceUnpairedSurrogates("\uD83D\uDE00\uD800")).isEqualTo("\uD83D\uDE00\uFFFD");
        String clean = "plain € text";
        assertThat(JsonLinesOutput.replaceUnpairedSurrogates(clean)).isSameAs(clean);
    }

    @Test
    void aRowWithALoneSurrogateIsWrittenWholeAsValidUtf8() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (JsonLinesOutput out = new JsonLinesOutput(Json.mapper(), buf, true)) {
            out.write(Map.of("id", "s", "body", "Surrogate \uD800 here"));
            out.write(Map.of("id", "next"));
        }
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(Json.mapper().readTree(lines[0]).get("body").asText()).isEqualTo("Surrogate \uFFFD here");
        assertThat(Json.mapper().readTree(lines[1]).get("id").asText()).isEqualTo("next");
    }

    @Test
    void rowsFromSeveralThreadsNeverInterleave() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        String big = "x".repeat(100_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (JsonLinesOutput out = new JsonLinesOutput(Json.mapper(), buf, true)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    out.write(Map.of("id", Integer.toString(n), "body", big));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(40);
        for (String line : lines) {
            JsonNode n = Json.mapper().readTree(line);
            assertThat(n.get("body").asText()).isEqualTo(big);
        }
    }
}
