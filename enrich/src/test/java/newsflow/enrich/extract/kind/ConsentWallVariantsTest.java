package newsflow.enrich.extract.kind;

import static newsflow.enrich.extract.kind.KindFixtures.body;
import static newsflow.enrich.extract.kind.KindFixtures.extract;
import static newsflow.enrich.extract.kind.KindFixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import newsflow.common.model.PageKind;
import newsflow.enrich.extract.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, consent walls: walls in Arabic, German, French and Spanish, under a platform class, a fixed layer, a
 * {@code <dialog>}, a plain page and a generic class with {@code role="dialog"}, are consent walls with no text;
 * a modal wall in a language without a vocabulary is still not an article.
 */
class ConsentWallVariantsTest {

    private static void assertConsentWall(Extraction e) {
        assertThat(e.kind()).isEqualTo(PageKind.CONSENT_WALL);
        assertThat(e.blocks()).isEmpty();
    }

    @Test
    void germanPlatformBoxWithButtons() {
        assertConsentWall(extract(page("de", "Beispiel-Zeitung", """
                <div class="logo">Beispiel-Zeitung</div>
                <div class="cmp-root"><div class="cmp-box"><h2>Wir respektieren Ihre Privatsphäre</h2>
                <p>Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, zum
                Beispiel auf Cookies, und verarbeiten personenbezogene Daten.</p>
                <button>Alle akzeptieren</button><button>Einstellungen</button></div></div>""")));
    }

    @Test
    void arabicFixedLayerWithALinkButton() {
        assertConsentWall(extract(page("ar", "أخبار المدينة", """
                <div class="layer" style="position: fixed; inset: 0; z-index: 9999">
                <p>نحن نستخدم ملفات تعريف الارتباط لتحسين تجربتك وعرض محتوى مخصص لك.</p>
                <a class="btn-primary" href="#">موافق</a></div>""")));
    }

    @Test
    void frenchConsentPageWithoutOverlayMarkup() {
        assertConsentWall(extract(page("fr", "Vos choix en matière de cookies", """
                <div class="container"><h1>Avec nos partenaires, nous traitons vos données</h1>
                <p>Nous utilisons des cookies pour mesurer l'audience et vous proposer des publicités.</p>
                <p>Accepter et continuer</p></div>""")));
    }

    @Test
    void spanishDialogElement() {
        assertConsentWall(extract(page("es", "Diario Ejemplo", """
                <dialog open class="aviso"><p>Utilizamos cookies propias y de terceros para analizar el uso
                del sitio. Puede aceptar todas las cookies o configurarlas.</p>
                <button>Aceptar</button><button>Configurar</button></dialog>""")));
    }

    @Test
    void genericClassWithRoleDialog() {
        assertConsentWall(extract(page("en", "Harbour Gazette", """
                <div class="box-7" role="dialog" aria-modal="true"><h2>Before you continue to Harbour Gazette</h2>
                <p>We and our partners store and/or access information on a device, such as unique IDs in
                cookies, to process personal data.</p><button>I accept</button><button>Options</button></div>""")));
    }

    @Test
    void aModalWallInALanguageWithoutAVocabularyIsAnInterstitial() {
        Extraction e = extract(page("pl", "Gazeta Przykładowa", """
                <div class="warstwa" role="dialog" aria-modal="true"><h2>Twoja zgoda</h2>
                <p>Prosimy o zgodę na przetwarzanie danych przez naszych partnerów.</p>
                <button>Zgadzam się</button><button>Ustawienia</button></div>"""));
        assertThat(e.kind()).isEqualTo(PageKind.INTERSTITIAL);
        assertThat(body(e)).isEmpty();
    }

    @Test
    void theEnglishPlatformWallOfThePastStillCounts() {
        assertConsentWall(extract(page("en", "Before you continue", """
                <div class="wall"><h1>Before you continue</h1>
                <p>We use cookies and data to deliver our services.</p><p>Accept all or reject all.</p></div>""")));
    }
}
