package newsflow.enrich.extract.kind;

import static newsflow.enrich.extract.kind.KindFixtures.body;
import static newsflow.enrich.extract.kind.KindFixtures.extract;
import static newsflow.enrich.extract.kind.KindFixtures.page;
import static newsflow.enrich.extract.kind.KindFixtures.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import newsflow.common.model.PageKind;
import newsflow.enrich.extract.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, an article beside a banner keeps its text and the banner goes: short briefs in English, German and
 * Arabic next to a consent banner that is fixed, named by class, a dialog, or plain markup before or after the
 * story.
 */
class BannerBesideArticleVariantsTest {

    private static void assertBrief(Extraction e, String... paragraphs) {
        assertThat(e.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(paragraphs(e)).containsExactly(paragraphs);
    }

    @Test
    void englishBriefWithAFixedBannerAfterIt() {
        Extraction e = extract(page("en", "Ferry resumes service", """
                <article><h1>Ferry resumes service</h1>
                <p>The island ferry sailed again on Monday.</p>
                <p>Storm damage to the pier was repaired over the weekend.</p>
                <p>Timetables are unchanged.</p></article>
                <div style="position:fixed;bottom:0;left:0;right:0"><p>We value your privacy. We use cookies to
                improve your experience.</p><button>Accept</button><button>Reject</button></div>"""));
        assertBrief(e, "The island ferry sailed again on Monday.",
                "Storm damage to the pier was repaired over the weekend.", "Timetables are unchanged.");
    }

    @Test
    void germanBriefWithAClassNamedBannerBeforeIt() {
        Extraction e = extract(page("de", "Fähre fährt wieder", """
                <div id="hinweis-datenschutz" class="cookie-hinweis"><p>Diese Website verwendet Cookies. Mit der
                Nutzung stimmen Sie zu.</p><a class="button" href="#ok">OK</a></div>
                <div class="inhalt"><h1>Fähre fährt wieder</h1>
                <p>Die Inselfähre hat am Montag den Betrieb wieder aufgenommen.</p>
                <p>Die Schäden am Anleger wurden am Wochenende behoben.</p>
                <p>Der Fahrplan bleibt unverändert.</p></div>"""));
        assertBrief(e, "Die Inselfähre hat am Montag den Betrieb wieder aufgenommen.",
                "Die Schäden am Anleger wurden am Wochenende behoben.", "Der Fahrplan bleibt unverändert.");
    }

    @Test
    void arabicBriefWithADialogBanner() {
        Extraction e = extract(page("ar", "عودة العبارة إلى العمل", """
                <main><h1>عودة العبارة إلى العمل</h1>
                <p>استأنفت عبارة الجزيرة رحلاتها يوم الاثنين.</p>
                <p>أُصلحت أضرار الرصيف خلال عطلة نهاية الأسبوع.</p>
                <p>لم تتغير مواعيد الرحلات.</p></main>
                <div role="dialog" class="notice"><p>نحن نستخدم ملفات تعريف الارتباط لتحسين تجربتك.</p>
                <button>موافق</button></div>"""));
        assertBrief(e, "استأنفت عبارة الجزيرة رحلاتها يوم الاثنين.", "أُصلحت أضرار الرصيف خلال عطلة نهاية الأسبوع.",
                "لم تتغير مواعيد الرحلات.");
    }

    @Test
    void frenchBriefWithAPlainMarkupBannerInsideTheStoryContainer() {
        Extraction e = extract(page("fr", "Le ferry reprend du service", """
                <div class="story"><h1>Le ferry reprend du service</h1>
                <p>Le ferry de l'île a repris ses rotations lundi.</p>
                <p>Les dégâts du quai ont été réparés ce week-end.</p>
                <p>Nous utilisons des cookies pour mesurer l'audience. Accepter ou refuser ?</p>
                <p>Les horaires restent inchangés.</p></div>"""));
        assertBrief(e, "Le ferry de l'île a repris ses rotations lundi.",
                "Les dégâts du quai ont été réparés ce week-end.", "Les horaires restent inchangés.");
        assertThat(body(e)).doesNotContain("cookies");
    }

    @Test
    void aOneLinePhotoPostBesideASmallCookieBarStaysAnArticle() {
        Extraction e = extract(page("de", "Scherenschnitt (3)", """
                <div class="post"><h1>Scherenschnitt (3)</h1><p>Noch ein Scherenschnitt vom Wochenende.</p></div>
                <div class="footer-area"><p>Impressum, Kontakt, Links zu Freunden und Nachbarn, Archiv der letzten
                Jahre, Kategorien, Schlagworte, Blogroll und vieles mehr aus dem Garten.</p></div>
                <div class="widget eu-cookie-bar"><p>Datenschutz &amp; Cookies: Diese Website verwendet Cookies.
                Wenn du die Website weiterhin nutzt, stimmst du der Verwendung zu.</p><button>Schließen</button></div>
                """));
        assertThat(e.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(body(e)).contains("Noch ein Scherenschnitt").doesNotContain("Cookies");
    }

    @Test
    void anEmptyConsentPlaceholderAndACloseButtonAreNoWall() {
        Extraction e = extract(page("en", "Maxwell's unbelievable leave", """
                <div id="consent-root" class="cmp-placeholder"></div>
                <div class="video"><h1>Maxwell's unbelievable leave</h1><p>Watch the moment.</p>
                <div class="modal-close" role="dialog"><button>×</button></div></div>"""));
        assertThat(e.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(body(e)).isEqualTo("Watch the moment.");
    }
}
