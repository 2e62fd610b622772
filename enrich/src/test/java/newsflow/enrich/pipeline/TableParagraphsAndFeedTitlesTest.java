package newsflow.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import newsflow.common.model.Edition;
import newsflow.common.model.FeedItem;
import newsflow.enrich.extract.Block;
import newsflow.enrich.extract.BlockKind;
import org.junit.jupiter.api.Test;

/** Issue 13, item 2: table paragraphs marked in the edition; a page without a headline takes its feed title. */
class TableParagraphsAndFeedTitlesTest {

    private static final String RESULTS = "Candidate | Votes\nA. Smith | 12,480";
    private static final String SCORES = "الفريق | الأهداف\nالأهلي | ٣";

    @Test
    void tablesAreMarkedByTheirIndexInEachEdition() {
        List<Block> blocks = List.of(new Block(BlockKind.PARAGRAPH, "The count finished after midnight."),
                new Block(BlockKind.TABLE, RESULTS), new Block(BlockKind.PARAGRAPH, "انتهت المباراة."),
                new Block(BlockKind.TABLE, SCORES), new Block(BlockKind.PARAGRAPH, "Smith thanked volunteers."));
        assertThat(TableParagraphs.indices(List.of("The count finished after midnight.", RESULTS,
                "Smith thanked volunteers."), blocks)).containsExactly(1);
        assertThat(TableParagraphs.indices(List.of("انتهت المباراة.", SCORES), blocks)).containsExactly(1);
        assertThat(TableParagraphs.indices(List.of("No table here."),
                List.of(new Block(BlockKind.PARAGRAPH, "No table here.")))).isEmpty();
    }

    @Test
    void truncationDropsTheIndicesOfLostParagraphs() {
        Edition e = new Edition("d", "en", "https://news.example/a", "s", "T", "ltr", 1.0,
                List.of("a", RESULTS, "b", RESULTS + "\nC. Lee | 3"), List.of(), List.of(), null, null, List.of(),
                null, Instant.parse("2025-01-01T00:00:00Z"), 2, "h", 1, false, null, "https://news.example/a", 1,
                false, null, null, List.of(), "dom", List.of(1, 3));
        assertThat(e.withText(List.of("a", RESULTS, "b"), List.of(), true).tableParagraphs()).containsExactly(1);
        assertThat(e.withText(List.of("a"), List.of(), true).tableParagraphs()).isEmpty();
        Edition old = new Edition("d", "en", "u", "s", "T", "ltr", 1.0, List.of("a"), List.of(), List.of(), null,
                null, List.of(), null, Instant.EPOCH, 2, "h", 1, false, null, "u", 1, false, null, null, List.of(),
                "dom");
        assertThat(old.tableParagraphs()).isEmpty();
    }

    @Test
    void aMissingHeadlineFallsBackToTheFeedItemsTitle() {
        FeedItem en = new FeedItem("https://news.example/a", "Minister&amp;rsquo;s plan &amp;amp; the budget",
                null, null, false);
        assertThat(FeedTitles.title(null, en)).isEqualTo("Minister’s plan & the budget");
        FeedItem ar = new FeedItem("https://news.example/b", "  الحكومة تعلن خطة جديدة ", null, null, false);
        assertThat(FeedTitles.title("", ar)).isEqualTo("الحكومة تعلن خطة جديدة");
        FeedItem fr = new FeedItem("https://news.example/c", "Le budget adopté", null, null, false);
        assertThat(FeedTitles.title("Le budget adopté en première lecture", fr))
                .isEqualTo("Le budget adopté en première lecture");
        assertThat(FeedTitles.title(null, new FeedItem("u", " ", null, null, false))).isNull();
        assertThat(FeedTitles.title(null, null)).isNull();
    }
}
