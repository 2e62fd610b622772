package newsflow.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsflow.common.model.DateMention;
import newsflow.common.model.Edition;
import newsflow.common.serde.Json;
import org.junit.jupiter.api.Test;

/** Case C34: an edition over its size budget is cut from the end and marked, never produced oversized. */
class EditionSizeBudgetTest {

    @Test
    void aLiveBlogOverTheBudgetIsTruncatedFromTheEndAndMarked() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            paragraphs.add("Update " + i + ": " + "the storm moved north along the coast. ".repeat(25));
        }
        List<DateMention> dates = List.of(new DateMention("Tuesday", "2024-03-05", "DATE", 10, 17, null, null),
                new DateMention("Friday", "2024-03-08", "DATE", 600_000, 600_006, null, null));
        Edition big = edition(paragraphs, dates);
        assertThat(Json.mapper().writeValueAsBytes(big).length).isGreaterThan(512 * 1024);

        Edition fitted = new EditionSizeBudget(EditionSizeBudget.DEFAULT_MAX_BYTES).fit(big);

        assertThat(Json.mapper().writeValueAsBytes(fitted).length).isLessThanOrEqualTo(512 * 1024);
        assertThat(fitted.textTruncated()).isTrue();
        assertThat(fitted.paragraphs()).isNotEmpty().isEqualTo(paragraphs.subList(0, fitted.paragraphs().size()));
        assertThat(fitted.dates()).extracting(DateMention::value).containsExactly("2024-03-05");
    }

    @Test
    void anEditionWithinTheBudgetIsLeftAlone() {
        Edition small = edition(List.of("One paragraph."), List.of());
        assertThat(new EditionSizeBudget(EditionSizeBudget.DEFAULT_MAX_BYTES).fit(small)).isSameAs(small);
    }

    private static Edition edition(List<String> paragraphs, List<DateMention> dates) {
        return new Edition("d", "en", "https://news.example/live/1", "s", "Live", "ltr", 1.0, paragraphs, List.of(),
                dates, null, null, List.of(), null, Instant.parse("2024-03-06T12:00:00Z"), 1, "h", 1, false, null);
    }
}
