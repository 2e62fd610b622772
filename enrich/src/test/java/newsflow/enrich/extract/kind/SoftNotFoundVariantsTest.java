package newsflow.enrich.extract.kind;

import static newsflow.enrich.extract.kind.KindFixtures.extract;
import static newsflow.enrich.extract.kind.KindFixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import newsflow.common.model.PageKind;
import newsflow.enrich.extract.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, soft 404s: error templates served with HTTP 200 in four languages and four markups are error pages,
 * never dated articles; stories that merely mention a status code stay articles.
 */
class SoftNotFoundVariantsTest {

    private static void assertSoft404(Extraction e) {
        assertThat(e.kind()).isEqualTo(PageKind.SOFT_404);
        assertThat(e.blocks()).isEmpty();
    }

    @Test
    void englishWordPressTemplateWithSidebarOfRecentPosts() {
        assertSoft404(extract(page("en", "Page not found – Harbour Gazette", """
                <div id="page" class="site"><main id="main" class="site-main">
                <section class="error-404 not-found"><header class="page-header">
                <h1 class="page-title">Oops! That page can&rsquo;t be found.</h1></header>
                <div class="page-content"><p>It looks like nothing was found at this location. Maybe try one of
                the links below or a search?</p></div></section>
                <div class="widget"><h2>Recent Posts</h2><ul><li><a href="/a/1">Ferry timetable changes</a></li>
                <li><a href="/a/2">Council meets on Tuesday</a></li></ul></div></main></div>""")));
    }

    @Test
    void arabicTemplateWithoutErrorMarkup() {
        assertSoft404(extract(page("ar", "خطأ 404 - الصفحة غير موجودة", """
                <div class="wrap"><div class="content-box">
                <h1>عذراً، الصفحة التي تبحث عنها غير موجودة</h1>
                <p>ربما تم حذف الصفحة أو تغيير عنوانها.</p>
                <p><a href="/">العودة إلى الصفحة الرئيسية</a></p></div></div>""")));
    }

    @Test
    void frenchBigNumberTemplateWithSuggestedStories() {
        assertSoft404(extract(page("fr", "Le Quotidien Exemple", """
                <main><div class="erreur"><h1>404</h1><h2>Oups !</h2>
                <p>La page que vous recherchez a peut-être été supprimée.</p></div>
                <div class="suggestions"><h3><a href="/a/1">Le port rouvre après la tempête</a></h3>
                <h3><a href="/a/2">Le budget voté lundi</a></h3><h3><a href="/a/3">Grève des transports</a></h3>
                </div></main>""")));
    }

    @Test
    void germanTemplateWithNotFoundSectionAndLongerHelpText() {
        assertSoft404(extract(page("de", "Seite nicht gefunden (404) | Beispiel-Zeitung", """
                <section class="notfound"><h1>Diese Seite existiert leider nicht mehr</h1>
                <p>Der Artikel, den Sie aufrufen wollten, wurde möglicherweise entfernt oder verschoben. Bitte
                nutzen Sie unsere Suche oder besuchen Sie die Startseite, um aktuelle Nachrichten aus der Region
                zu lesen.</p></section>""")));
    }

    @Test
    void anHttpErrorStatusWithoutAnyErrorWording() {
        assertSoft404(extract(page("en", "Harbour Gazette", """
                <div class="box"><h1>This story has been withdrawn</h1>
                <p>Contact the newsroom for details.</p></div>"""), 410));
    }

    @Test
    void aServerErrorPageWithTheCodeInItsOnlyLine() {
        assertSoft404(extract(page("en", "Forbidden", "<h2>Forbidden</h2><p>URL</p>"
                + "<p>HTTP Error 403. The request URL is forbidden.</p>")));
    }

    @Test
    void aStoryWhoseTitleHoldsAThreeDigitNumberStaysAnArticle() {
        Extraction e = extract(page("en", "404 migrants rescued off the coast", """
                <article><h1>404 migrants rescued off the coast</h1>
                <p>Coast guard vessels brought 404 people ashore on Sunday after three boats got into difficulty
                in rough seas south of the island.</p>
                <p>Officials said all of them were being checked by doctors and that no one had been reported
                missing, though the search continued into the night.</p></article>"""));
        assertThat(e.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(e.blocks()).hasSize(2);
    }

    @Test
    void aStoryAboutBrokenLinksThatQuotesAnErrorStaysAnArticle() {
        Extraction e = extract(page("de", "Wenn Links ins Leere führen", """
                <article><h1>Wenn Links ins Leere führen</h1>
                <p>Wer alte Artikel aufruft, sieht immer öfter die Meldung „Fehler 404 – Seite nicht gefunden“.
                Archivare warnen seit Jahren davor, dass das Netz vergisst.</p>
                <p>Eine Studie zählte in zehn Jahren Millionen verschwundener Seiten, darunter viele Berichte
                regionaler Zeitungen, die ihre Archive nie gesichert haben.</p></article>"""));
        assertThat(e.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(e.blocks()).hasSize(2);
    }
}
