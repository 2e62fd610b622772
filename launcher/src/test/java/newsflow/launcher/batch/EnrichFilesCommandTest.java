package newsflow.launcher.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsflow.common.serde.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EnrichFilesCommandTest {
    @TempDir
    Path dir;

    private static final String PAGE = "<html lang=\"en\"><head><title>Harbour works</title></head><body><article>"
            + "<h1>Harbour works</h1><p>The harbour works began on Monday after years of planning by the council.</p>"
            + "<p>The new bridge over the river will open to traffic next spring, officials said.</p></article></body></html>";

    @Test
    void fetchedAtTakesADateAloneAsTheStartOfItsDayInUtcAndNamesTheFieldOtherwise() {
        assertThat(FetchedAt.parse("2024-03-06")).isEqualTo(Instant.parse("2024-03-06T00:00:00Z"));
        assertThat(FetchedAt.parse("2024-03-06T14:00:00+02:00")).isEqualTo(Instant.parse("2024-03-06T12:00:00Z"));
        assertThat(FetchedAt.parse("2024-03-06T12:00:00Z")).isEqualTo(Instant.parse("2024-03-06T12:00:00Z"));
        assertThatThrownBy(() -> FetchedAt.parse("last tuesday")).hasMessageContaining("fetched_at");
    }

    @Test
    void everyRowGetsOneWholeLineAndUrlsAreTheManifestsInBothKinds() throws Exception {
        Files.writeString(dir.resolve("ok.html"), PAGE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("surrogate.html"), "<html><body><article><p>Surrogate &#xD800; here and ok text"
                + " for the reader of this page.</p></article></body></html>", StandardCharsets.UTF_8);
        Path manifest = dir.resolve("m.jsonl");
        Files.writeString(manifest, String.join("\n",
                "{\"id\":\"surrogate\",\"path\":\"surrogate.html\"}",
                "{\"id\":\"day\",\"path\":\"ok.html\",\"url\":\"https://news.example/a\",\"fetched_at\":\"2024-03-06\"}",
                "{\"id\":\"badtime\",\"path\":\"ok.html\",\"url\":\"https://news.example/b\",\"fetched_at\":\"soon\"}",
                "{\"id\":\"missing\",\"path\":\"nope.html\"}",
                "{\"id\":\"nourl\",\"path\":\"ok.html\"}") + "\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        int code = new CommandLine(new EnrichFilesCommand()).execute("--manifest", manifest.toString(),
                "--output", out.toString(), "--threads", "3");
        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        JsonNode surrogate = Json.mapper().readTree(lines.get(0));
        assertThat(surrogate.get("id").asText()).isEqualTo("surrogate");
        assertThat(surrogate.has("error") ? surrogate.get("error").asText() : surrogate.get("body").asText())
                .doesNotContain("MalformedInput");
        JsonNode day = Json.mapper().readTree(lines.get(1));
        assertThat(day.has("error")).as("row %s", day).isFalse();
        assertThat(day.get("url").asText()).isEqualTo("https://news.example/a");
        assertThat(day.get("editions").get(0).get("text_truncated").asBoolean()).isFalse();
        JsonNode badTime = Json.mapper().readTree(lines.get(2));
        assertThat(badTime.get("error").asText()).contains("fetched_at");
        assertThat(badTime.get("url").asText()).isEqualTo("https://news.example/b");
        JsonNode missing = Json.mapper().readTree(lines.get(3));
        assertThat(missing.get("error").asText()).isNotBlank();
        assertThat(missing.get("url").isNull()).isTrue();
        JsonNode noUrl = Json.mapper().readTree(lines.get(4));
        assertThat(noUrl.has("error")).isFalse();
        assertThat(noUrl.get("url").isNull()).isTrue();
    }

    @Test
    void soft404sAndConsentWallsAreInterstitialsForTheContractAndSayTheirOwnKindBeside() throws Exception {
        Files.writeString(dir.resolve("ok.html"), PAGE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gone.html"), "<html lang=\"fr\"><head><title>Page introuvable</title></head>"
                + "<body><h1>Erreur 404</h1><p>La page que vous recherchez n'existe plus.</p></body></html>",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("wall.html"), "<html lang=\"it\"><body><dialog open><p>Questo sito utilizza"
                + " cookie di profilazione.</p><button>Accetta</button></dialog></body></html>", StandardCharsets.UTF_8);
        Path manifest = dir.resolve("kinds.jsonl");
        Files.writeString(manifest, String.join("\n", "{\"id\":\"ok\",\"path\":\"ok.html\"}",
                "{\"id\":\"gone\",\"path\":\"gone.html\"}", "{\"id\":\"wall\",\"path\":\"wall.html\"}") + "\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("kinds-out.jsonl");
        assertThat(new CommandLine(new EnrichFilesCommand()).execute("--manifest", manifest.toString(),
                "--output", out.toString(), "--threads", "1")).isZero();
        List<JsonNode> rows = Files.readAllLines(out, StandardCharsets.UTF_8).stream().map(l -> {
            try {
                return Json.mapper().readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(rows).extracting(r -> r.get("kind").asText())
                .containsExactly("article", "interstitial", "interstitial");
        assertThat(rows).extracting(r -> r.get("page_kind").asText())
                .containsExactly("article", "soft_404", "consent_wall");
        assertThat(rows.get(1).get("editions")).isEmpty();
        assertThat(rows.get(2).get("body").asText()).isEmpty();
    }

    @Test
    void anEditionCutByTheSizeBudgetSaysSo() throws Exception {
        StringBuilder page = new StringBuilder("<html lang=\"en\"><body><article><h1>Long report</h1>");
        for (int i = 0; i < 1000; i++) {
            page.append("<p>Paragraph ").append(i).append(" of the long report on the harbour works and the bridge.</p>");
        }
        Files.writeString(dir.resolve("long.html"), page.append("</article></body></html>"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("m.jsonl"), "{\"id\":\"long\",\"path\":\"long.html\"}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("small.properties"), "enrich.max.edition.bytes=16384\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        int code = new CommandLine(new EnrichFilesCommand()).execute("--manifest", dir.resolve("m.jsonl").toString(),
                "--output", out.toString(), "--config", dir.resolve("small.properties").toString());
        assertThat(code).isZero();
        JsonNode row = Json.mapper().readTree(Files.readAllLines(out, StandardCharsets.UTF_8).get(0));
        JsonNode edition = row.get("editions").get(0);
        assertThat(edition.get("text_truncated").asBoolean()).isTrue();
        assertThat(edition.get("paragraphs").size()).isLessThan(1000);
    }
}
