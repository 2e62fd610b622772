package newsflow.enrich.extract.kind;

import static newsflow.enrich.extract.kind.KindFixtures.body;
import static newsflow.enrich.extract.kind.KindFixtures.extract;
import static newsflow.enrich.extract.kind.KindFixtures.page;
import static newsflow.enrich.extract.kind.KindFixtures.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.common.model.PageKind;
import newsflow.enrich.extract.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, paywall prompts: a metered-limit message, an offer box with no prompt wording, a French "x % left to
 * read" line and an Arabic subscription box never enter the body, and the teaser is flagged paywalled.
 */
class PaywallPromptVariantsTest {

    private static final String TEASER_1 = "The harbour authority approved a plan to deepen the channel on Monday.";
    private static final String TEASER_2 = "Work is expected to start in the autumn and last two years.";

    private static void assertTeaser(Extraction e, String... teaser) {
        assertThat(e.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(e.paywalled()).isTrue();
        assertThat(paragraphs(e)).containsExactly(teaser);
    }

    @Test
    void englishMeteredLimitMessage() {
        assertTeaser(extract(page("en", "Channel to be deepened", "<article><h1>Channel to be deepened</h1><p>"
                + TEASER_1 + "</p><p>" + TEASER_2 + "</p><div class=\"limit-message\"><p>You have reached your free"
                + " article limit for this month. Subscribe to keep reading.</p></div></article>")),
                TEASER_1, TEASER_2);
    }

    @Test
    void offerBoxWithoutPromptWording() {
        Extraction e = extract(page("en", "Channel to be deepened", "<article><h1>Channel to be deepened</h1><p>"
                + TEASER_1 + "</p><p>" + TEASER_2 + "</p><div class=\"piano-offer\"><h3>Unlimited access</h3>"
                + "<p>Only $1 for your first three months, cancel anytime.</p><a href=\"/offer\">Start now</a>"
                + "</div></article>"));
        assertTeaser(e, TEASER_1, TEASER_2);
        assertThat(body(e)).doesNotContain("$1");
    }

    @Test
    void frenchShareLeftToReadWithANoBreakSpace() {
        String t1 = "Le conseil portuaire a approuvé lundi le creusement du chenal d'accès.";
        String t2 = "Les travaux devraient commencer à l'automne et durer deux ans.";
        assertTeaser(extract(page("fr", "Le chenal sera creusé", "<div class=\"article\"><h1>Le chenal sera creusé"
                + "</h1><p>" + t1 + "</p><p>" + t2 + "</p><p class=\"article__status\">Il vous reste 85\u00a0% de"
                + " cet article à lire. La suite est réservée aux abonnés.</p></div>")), t1, t2);
    }

    @Test
    void arabicSubscriptionBox() {
        String t1 = "وافقت سلطة الميناء يوم الاثنين على خطة لتعميق القناة الملاحية.";
        String t2 = "ومن المتوقع أن تبدأ الأعمال في الخريف وأن تستمر عامين.";
        assertTeaser(extract(page("ar", "تعميق القناة", "<main><h1>تعميق القناة</h1><p>" + t1 + "</p><p>" + t2
                + "</p><div class=\"box-sub\"><p>هذا المقال متاح للمشتركين فقط. اشترك الآن لمواصلة القراءة</p>"
                + "<button>اشترك</button></div></main>")), t1, t2);
    }

    @Test
    void germanPlusBoxAfterTheTeaser() {
        String t1 = "Die Hafenbehörde hat am Montag beschlossen, die Fahrrinne zu vertiefen.";
        String t2 = "Die Arbeiten sollen im Herbst beginnen und zwei Jahre dauern.";
        assertTeaser(extract(page("de", "Fahrrinne wird vertieft", "<article><h1>Fahrrinne wird vertieft</h1><p>"
                + t1 + "</p><p>" + t2 + "</p><section class=\"offer\"><p>Weiterlesen mit Z+ für 1 € im ersten"
                + " Monat</p><p>Sie sind bereits Abonnent? Hier anmelden</p></section></article>")), t1, t2);
    }

    @Test
    void jsonLdMarksTheTeaserAsNotFreeOnTheArticleOrOnlyOnAPart() {
        String article = "<article><h1>Channel to be deepened</h1><p>" + TEASER_1 + "</p><p>" + TEASER_2
                + "</p></article>";
        for (String ld : List.of(
                "{\"@type\":\"NewsArticle\",\"headline\":\"Channel\",\"isAccessibleForFree\":\"False\"}",
                "{\"@type\":\"NewsArticle\",\"headline\":\"Channel\",\"hasPart\":{\"@type\":"
                        + "\"WebPageElement\",\"isAccessibleForFree\":false,\"cssSelector\":\".locked\"}}",
                "{\"@graph\":[{\"@type\":\"Article\",\"headline\":\"Channel\",\"hasPart\":[{\"@type\":"
                        + "\"WebPageElement\",\"isAccessibleForFree\":\"false\",\"cssSelector\":\".x\"}]}]}")) {
            String html = "<html lang=\"en\"><head><title>Channel to be deepened</title>"
                    + "<script type=\"application/ld+json\">" + ld + "</script></head><body>" + article + "</body></html>";
            assertTeaser(extract(html), TEASER_1, TEASER_2);
        }
        assertThat(extract(page("en", "Channel to be deepened", article)).paywalled()).isFalse();
    }

    @Test
    void aTeaserInsideAPaywallClassStaysWhenItHasNoPromptWording() {
        String teaser = "Ormalingen – Die Gemeinde sucht Fachkräfte. Gute Löhne allein reichen nicht, sagt der"
                + " Gemeinderat, es brauche auch bezahlbare Wohnungen, gute Schulen und eine verlässliche"
                + " Kinderbetreuung im Dorf. Die Gemeinde will deshalb bis zum Sommer ein Konzept vorlegen, das"
                + " Wohnungsbau, Betreuungsplätze und Verkehrsanbindung gemeinsam angeht, und lädt im März zu"
                + " einer Informationsveranstaltung ein.";
        Extraction e = extract(page("de", "Gute Löhne allein reichen nicht", "<div class=\"nav\">Startseite Politik"
                + " Kultur Sport Gemeinden Bezirk Liestal Bezirk Sissach Bezirk Waldenburg Region Wirtschaft"
                + " Agenda Leserbriefe Archiv</div><div class=\"paywall-teaser\"><h1>Gute Löhne allein reichen"
                + " nicht</h1><p>" + teaser + "</p><a href=\"/abo\">Weiter</a></div>"));
        assertThat(e.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(e.paywalled()).isTrue();
        assertThat(paragraphs(e)).containsExactly(teaser);
    }
}
