package newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsflow.common.model.PageKind;
import newsflow.common.model.SourceHints;
import org.junit.jupiter.api.Test;

/** Case C24: a multi-page article becomes one record keyed on its canonical URL. */
class MultiPageJoinerTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extraction page(String url, String html) {
        return extractor.extract(new PageInput(url, html, Instant.parse("2025-01-01T00:00:00Z"), SourceHints.NONE));
    }

    private static Extraction synthetic(String canonical, String text, String next) {
        return new Extraction(PageKind.ARTICLE, "T", List.of(new Block(BlockKind.PARAGRAPH, text)), null, null,
                List.of(), null, canonical, null, "dom", List.of(), false, null, null, List.of(), next);
    }

    @Test
    void c24_twoPagesJoinIntoOneArticle() {
        Extraction one = page("https://news.example/feature/42", """
                <html><head><link rel="canonical" href="https://news.example/feature/42">
                <link rel="next" href="https://news.example/feature/42?page=2"></head>
                <body><article><p>Part one text…</p><nav>Page 1 of 2 <a href="?page=2">Next</a></nav></article></body></html>""");
        Extraction two = page("https://news.example/feature/42?page=2", """
                <html><head><link rel="canonical" href="https://news.example/feature/42"></head>
                <body><article><p>Part two text…</p></article></body></html>""");
        assertThat(one.nextPageUrl()).isEqualTo("https://news.example/feature/42?page=2");

        JoinedArticle joined = MultiPageJoiner.join(List.of(one, two));

        assertThat(joined.pages()).isEqualTo(2);
        assertThat(joined.extraction().blocks()).extracting(Block::text)
                .containsExactly("Part one text…", "Part two text…");
        assertThat(joined.extraction().nextPageUrl()).isNull();
    }

    @Test
    void aPageWithAnotherCanonicalEndsTheJoin() {
        JoinedArticle j = MultiPageJoiner.join(List.of(
                synthetic("https://n.example/a", "one", "https://n.example/a?p=2"),
                synthetic("https://n.example/other", "two", null)));
        assertThat(j.pages()).isEqualTo(1);
    }

    @Test
    void aLoopBackToAnEarlierPageStopsTheJoin() {
        JoinedArticle j = MultiPageJoiner.join(List.of(
                synthetic("https://n.example/a", "one", "https://n.example/a?p=2"),
                synthetic("https://n.example/a", "two", "https://n.example/a?p=2"),
                synthetic("https://n.example/a", "three", null)));
        assertThat(j.pages()).isEqualTo(2);
        assertThat(j.extraction().blocks()).extracting(Block::text).containsExactly("one", "two");
    }

    @Test
    void aRepeatedPageIsNotJoinedTwice() {
        JoinedArticle j = MultiPageJoiner.join(List.of(
                synthetic("https://n.example/a", "one", "https://n.example/a?p=2"),
                synthetic("https://n.example/a", "one", "https://n.example/a?p=3")));
        assertThat(j.pages()).isEqualTo(1);
    }

    @Test
    void atMostTenPagesAreJoined() {
        List<Extraction> pages = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            pages.add(synthetic("https://n.example/a", "part " + i, "https://n.example/a?p=" + (i + 1)));
        }
        JoinedArticle j = MultiPageJoiner.join(pages);
        assertThat(j.pages()).isEqualTo(MultiPageJoiner.MAX_PAGES);
        assertThat(j.extraction().blocks()).hasSize(MultiPageJoiner.MAX_PAGES);
    }

    @Test
    void noPagesIsAnError() {
        assertThatThrownBy(() -> MultiPageJoiner.join(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
