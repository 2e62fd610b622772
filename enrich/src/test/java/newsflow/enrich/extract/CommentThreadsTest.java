package newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import newsflow.common.model.SourceHints;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 2 (case C20 variants): reader comments leave the body by structure — repeated author + time +
 * text units, reply nesting — under class names the vocabulary does not know, in several languages; a live blog's
 * entries stay.
 */
class CommentThreadsTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private String body(String inner) {
        Extraction e = extractor.extract(new PageInput("https://news.example/a/5", "<html><body>" + inner
                + "</body></html>", Instant.parse("2025-08-10T00:00:00Z"), SourceHints.NONE));
        return String.join("\n\n", e.blocks().stream().map(Block::text).toList());
    }

    private static final String STORY = "<h1>Council approves bridge repair</h1>"
            + "<p>The council approved the repair plan on Monday after a two-hour debate in the chamber.</p>"
            + "<p>Work on the bridge is due to start in May and should be finished before the winter.</p>";

    @Test
    void englishUserDiscussionRepliesGo() {
        String body = body("<article>" + STORY + "<div class=\"user-discussion\">"
                + "<div class=\"reply\"><span class=\"who\">Mark T</span><span class=\"when\">2 hours ago</span>"
                + "<p>This is a waste of money, the old bridge was fine.</p><a href=\"#r1\">Reply</a></div>"
                + "<div class=\"reply\"><span class=\"who\">Sue Ellen</span><span class=\"when\">1 hour ago</span>"
                + "<p>Finally! I have waited years for this repair.</p><a href=\"#r2\">Reply</a></div>"
                + "<div class=\"reply\"><span class=\"who\">J. Park</span><span class=\"when\">5 minutes ago</span>"
                + "<p>Who pays for it, though? Not the county, I hope.</p><a href=\"#r3\">Reply</a></div>"
                + "</div></article>");
        assertThat(body).contains("before the winter.").doesNotContain("waste of money")
                .doesNotContain("Finally!").doesNotContain("Mark T");
    }

    @Test
    void germanReaderResponsesInDetailsWithANestedReplyGo() {
        String body = body("<main><h1>Rat beschließt Brückensanierung</h1>"
                + "<p>Der Rat hat am Montag nach langer Debatte die Sanierung der alten Brücke beschlossen.</p>"
                + "<p>Die Arbeiten sollen im Mai beginnen und vor dem Winter abgeschlossen sein.</p>"
                + "<details class=\"ReaderResponses\"><summary>Leserstimmen (2)</summary>"
                + "<div class=\"rr\"><b>Klaus M</b> <small>12.03.2025, 14:07</small>"
                + "<p>Das hätte man vor zehn Jahren schon machen müssen.</p>"
                + "<div class=\"rr\"><b>Petra</b> <small>vor 3 Stunden</small>"
                + "<p>Besser spät als nie, finde ich jedenfalls.</p></div></div>"
                + "</details></main>");
        assertThat(body).contains("vor dem Winter abgeschlossen sein.").doesNotContain("zehn Jahren")
                .doesNotContain("Besser spät").doesNotContain("Leserstimmen");
    }

    @Test
    void arabicAndFrenchThreadsInOrderedListsGo() {
        String ar = body("<div class=\"x\"><h1>المجلس يوافق على إصلاح الجسر</h1>"
                + "<p>وافق المجلس البلدي يوم الاثنين على خطة إصلاح الجسر القديم بعد نقاش طويل.</p>"
                + "<p>ومن المقرر أن تبدأ الأعمال في مايو وأن تنتهي قبل حلول فصل الشتاء.</p>"
                + "<ol class=\"thread\"><li><span>أحمد</span> <time datetime=\"2025-03-12\">منذ ساعتين</time>"
                + " قرار ممتاز وطال انتظاره من السكان. <button>رد</button></li>"
                + "<li><span>سارة علي</span> <time datetime=\"2025-03-12\">منذ ساعة</time>"
                + " من سيدفع تكاليف هذا المشروع الكبير؟ <button>رد</button></li></ol></div>");
        assertThat(ar).contains("قبل حلول فصل الشتاء.").doesNotContain("طال انتظاره").doesNotContain("سارة");
        String fr = body("<section><h1>Le conseil approuve la réparation du pont</h1>"
                + "<p>Le conseil municipal a approuvé lundi le plan de réparation du vieux pont après un long débat.</p>"
                + "<p>Les travaux doivent commencer en mai et se terminer avant l'hiver, selon la mairie.</p>"
                + "<ol class=\"fil\"><li><em>Pierre D</em> <span>il y a 2 h</span> <p>Enfin une bonne décision"
                + " pour le quartier.</p><ol class=\"fil\"><li><em>Marie</em> <span>il y a 1 h</span><p>Tout à"
                + " fait d'accord avec vous.</p></li></ol></li>"
                + "<li><em>Luc</em> <span>hier</span><p>Combien cela va-t-il coûter au contribuable ?</p></li></ol>"
                + "<form><textarea></textarea></form></section>");
        assertThat(fr).contains("avant l'hiver, selon la mairie.").doesNotContain("Enfin une bonne")
                .doesNotContain("Tout à fait").doesNotContain("Combien");
    }

    @Test
    void liveBlogEntriesWithHeadingsStay() {
        String body = body("<article><h1>Election night live</h1><div class=\"entries\">"
                + "<div class=\"entry\"><time>22:10</time><h3>First results in</h3><span>Jane Doe</span>"
                + "<p>The first constituency has declared, with turnout up four points.</p><button>Share</button></div>"
                + "<div class=\"entry\"><time>22:40</time><h3>Second seat changes hands</h3><span>Jane Doe</span>"
                + "<p>The northern seat has changed hands for the first time since 1992.</p><button>Share</button></div>"
                + "</div></article>");
        assertThat(body).contains("turnout up four points").contains("first time since 1992");
    }
}
