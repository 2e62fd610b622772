package newsflow.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsflow.common.serde.Json;
import newsflow.launcher.demo.site.SavedPagesSite;
import newsflow.launcher.stack.PipelineStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed page of the evaluation data ({@code seed-article/page.html}, English and Arabic reports of one event
 * on one page) through the streaming pipeline, fetched "at" the time {@code expected.json} says to assume: it must
 * come out as exactly two editions, en and ar, with the titles and paragraphs of {@code expected.json}, and the
 * page's publication and modification times. Skipped without the evaluation data.
 *
 * <p>The page is served from a temporary folder holding a symbolic link to it (never a copy). Ingest runs on a
 * clock that starts at the assumed fetch time and advances normally, so the stored fetch time is that instant
 * plus the seconds the crawl took.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedPageIT {
    /** The fetch time expected.json says to assume. */
    private static final Instant FETCHED_AT = Instant.parse("2018-09-06T12:00:00Z");

    @TempDir
    static Path workDir;

    @TempDir
    static Path siteDir;

    private JsonNode expected;
    private Map<String, EditionRows.Row> byLang;
    private List<DeadLetterLog.Entry> deadLetters;

    @BeforeAll
    void enrichTheSeedPage() throws Exception {
        Path seed = EvalData.require("seed-article");
        expected = Json.mapper().readTree(seed.resolve("expected.json").toFile());
        Files.createSymbolicLink(siteDir.resolve("page.html"), seed.resolve("page.html").toAbsolutePath());
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), FETCHED_AT));
        try (SavedPagesSite site = SavedPagesSite.start(siteDir);
             PipelineStack stack = SavedPageStacks.start(site, workDir, clock)) {
            assertThat(stack.drain(DemoPipelineChecks.DRAIN_TIMEOUT)).as("seed page drained").isTrue();
            deadLetters = DeadLetterLog.readAll(stack.bootstrapServers(), stack.topics().deadLetter().name());
            byLang = new TreeMap<>();
            for (EditionRows.Row r : EditionRows.all(stack.jdbcUrl())) {
                byLang.put(r.lang(), r);
            }
        }
    }

    @Test
    void twoEditionsEnglishAndArabic() {
        assertThat(deadLetters).as("dead letters").isEmpty();
        assertThat(byLang.keySet()).containsExactlyInAnyOrder("en", "ar");
    }

    @Test
    void titlesAreExactlyTheExpectedOnes() {
        for (String lang : List.of("en", "ar")) {
            assertThat(byLang).containsKey(lang);
            assertThat(byLang.get(lang).title()).as("%s title", lang)
                    .isEqualTo(expected.path("languages").path(lang).path("title").asText());
        }
    }

    @Test
    void paragraphsAreExactlyTheExpectedOnes() throws Exception {
        for (String lang : List.of("en", "ar")) {
            assertThat(byLang).containsKey(lang);
            List<String> want = strings(expected.path("languages").path(lang).path("paragraphs"));
            List<String> got = strings(Json.mapper().readTree(byLang.get(lang).paragraphs()));
            assertThat(got).as("%s paragraphs", lang).containsExactlyElementsOf(want);
            assertThat(byLang.get(lang).direction()).as("%s direction", lang)
                    .isEqualTo(expected.path("languages").path(lang).path("direction").asText());
        }
    }

    @Test
    void boilerplateAppearsInNoBody() {
        List<String> banned = strings(expected.path("must_not_appear_in_any_body"));
        assertThat(byLang.values()).isNotEmpty().allSatisfy(r -> assertThat(r.body()).as("%s body", r.lang())
                .doesNotContain(banned));
    }

    @Test
    void publishedAndModifiedAreThePagesOwn() {
        assertThat(byLang.values()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.publishedValue()).as("%s published", r.lang()).isEqualTo(expected.path("published").asText());
            assertThat(r.modifiedValue()).as("%s modified", r.lang()).isEqualTo(expected.path("modified").asText());
        });
    }

    @Test
    void fetchTimeIsTheAssumedOne() {
        assertThat(byLang.values()).isNotEmpty().allSatisfy(r -> assertThat(Instant.parse(r.fetchedAt()))
                .isBetween(FETCHED_AT, FETCHED_AT.plus(DemoPipelineChecks.DRAIN_TIMEOUT)));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @AfterAll
    void report() {
        if (byLang != null) {
            byLang.forEach((lang, r) -> System.out.printf(java.util.Locale.ROOT, "SeedPageIT: %s edition, title %s%n", lang, r.title()));
        }
    }
}
