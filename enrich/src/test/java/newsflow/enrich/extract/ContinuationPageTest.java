package newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Heuristic 11 (case C24): which pages continue another page's article. */
class ContinuationPageTest {
    private final ContinuationPage rule = new ContinuationPage();

    private static Document doc(String head) {
        return Jsoup.parse("<html><head>" + head + "</head><body><p>text</p></body></html>");
    }

    @Test
    void aPageNumberedTwoWithTheFirstPageAsCanonicalContinuesIt() {
        assertThat(rule.isContinuation(doc(""), "https://n.example/f/42?page=2", "https://n.example/f/42")).isTrue();
        assertThat(rule.isContinuation(doc(""), "https://n.example/f/42/page/3/", "https://n.example/f/42"))
                .isTrue();
        assertThat(rule.isContinuation(doc(""), "https://n.example/f/42?id=7&p=2", "https://n.example/f/42?id=7"))
                .isTrue();
    }

    @Test
    void relPrevWithAnotherCanonicalIsAContinuation() {
        assertThat(rule.isContinuation(doc("<link rel=\"prev\" href=\"/f/42\">"), "https://n.example/f/42-2",
                "https://n.example/f/42")).isTrue();
    }

    @Test
    void anAmpCopyOrASelfCanonicalPageIsNot() {
        assertThat(rule.isContinuation(doc(""), "https://n.example/amp/f/42", "https://n.example/f/42")).isFalse();
        assertThat(rule.isContinuation(doc("<link rel=\"prev\" href=\"/f/41\">"), "https://n.example/f/42",
                "https://n.example/f/42/")).as("blog posts linking the previous post").isFalse();
        assertThat(rule.isContinuation(doc(""), "https://n.example/f/42?page=1", "https://n.example/f/42"))
                .as("page 1 is the first page").isFalse();
        assertThat(rule.isContinuation(doc(""), "https://n.example/f/42?page=2", null)).isFalse();
        assertThat(rule.isContinuation(doc("<link rel=\"prev\" href=\"/f/41\">"), "file:///saved/page.html",
                "https://n.example/f/42")).as("a saved file").isFalse();
    }

    @Test
    void pageMarkersAreRemovedOnlyWhenNumberedTwoOrMore() {
        assertThat(ContinuationPage.withoutPageMarker("https://n.example/a?page=2&x=1"))
                .isEqualTo("https://n.example/a?x=1");
        assertThat(ContinuationPage.withoutPageMarker("https://n.example/a?page=1")).isNull();
        assertThat(ContinuationPage.withoutPageMarker("https://n.example/a")).isNull();
    }
}
