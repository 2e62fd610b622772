package newsflow.enrich.extract.kind;

import static newsflow.enrich.extract.kind.KindFixtures.extract;
import static newsflow.enrich.extract.kind.KindFixtures.page;
import static newsflow.enrich.extract.kind.KindFixtures.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import newsflow.common.model.PageKind;
import newsflow.enrich.extract.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, a story keeps its text whatever element wraps it: {@code <aside>}, {@code <section>},
 * {@code <div role="main">} — while a real sidebar beside a story still goes.
 */
class StoryContainerVariantsTest {

    private static final String P1 = "The regional council voted on Thursday to keep the night bus running.";
    private static final String P2 = "The service had been due to end in April for lack of funds.";
    private static final String P3 = "Passenger groups welcomed the decision.";

    private static void assertStory(Extraction e) {
        assertThat(e.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(paragraphs(e)).containsExactly(P1, P2, P3);
    }

    private static String story() {
        return "<h1>Night bus saved</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    }

    @Test
    void storyWrappedInAside() {
        assertStory(extract(page("en", "Night bus saved", "<div class=\"wrap\"><aside class=\"brief\">" + story()
                + "</aside></div>")));
    }

    @Test
    void storyWrappedInSection() {
        assertStory(extract(page("en", "Night bus saved", "<section>" + story() + "</section>")));
    }

    @Test
    void storyInADivWithRoleMain() {
        assertStory(extract(page("en", "Night bus saved", "<div role=\"main\">" + story() + "</div>")));
    }

    @Test
    void aSidebarAsideBesideAStoryStillGoes() {
        Extraction e = extract(page("en", "Night bus saved", "<article>" + story() + "</article><aside><h3>Most read"
                + "</h3><p>Weather warning for the coast this weekend.</p></aside>"));
        assertStory(e);
    }
}
