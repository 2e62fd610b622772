package newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import newsflow.common.model.SourceHints;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 2: the publisher's lead between headline and body is kept, by position and shape, whatever its
 * class name, language or container; captions, cut-short teasers and bylines in the same place are not leads.
 */
class LeadParagraphTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private String body(String html) {
        Extraction e = extractor.extract(new PageInput("https://news.example/a/1", html,
                Instant.parse("2025-08-10T00:00:00Z"), SourceHints.NONE));
        return String.join("\n\n", e.blocks().stream().map(Block::text).toList());
    }

    private static final String EN_BODY = """
            <div class="story-text">
            <p>The council met on Monday evening and voted by nine to four to fund the repairs, which start in May.</p>
            <p>Engineers said the span had lost a fifth of its load capacity since the last inspection in 2019.</p>
            <p>Residents welcomed the decision, though some asked why the work had taken so long to approve.</p>
            </div>""";

    @Test
    void englishStandfirstInAPrunedArticleHeaderIsKept() {
        String html = "<html><body><article><header class=\"article-header\"><h1>Council funds bridge repair</h1>"
                + "<p class=\"standfirst\">Nine votes to four settle a two-year dispute over the crumbling river"
                + " crossing.</p><div class=\"byline\">By Jane Doe</div></header>" + EN_BODY
                + "</article></body></html>";
        assertThat(body(html)).startsWith("Nine votes to four settle a two-year dispute over the crumbling river"
                + " crossing.\n\nThe council met on Monday");
        assertThat(body(html)).doesNotContain("Jane Doe");
    }

    @Test
    void germanTeaserWithAFurnitureClassOutsideTheBodyContainerIsKept() {
        String html = """
                <html><body><main><div class="kopf"><h1>Kanzler kündigt Reform an</h1>
                <div class="meta-teaser"><span>Die Bundesregierung will die Rente bis 2030 neu ordnen. Die Opposition
                spricht von einem Wahlgeschenk.</span></div><div class="datum">12.03.2025, 14:07 Uhr</div></div>
                <section class="inhalt">
                <p>Der Kanzler stellte die Pläne am Mittwoch in Berlin vor, begleitet von drei Ministerinnen.</p>
                <p>Die Reform soll nach dem Willen der Koalition noch vor der Sommerpause beschlossen werden.</p>
                <p>Verbände kritisierten, dass die Finanzierung bislang nur zur Hälfte geklärt sei.</p>
                </section></main></body></html>""";
        assertThat(body(html)).startsWith("Die Bundesregierung will die Rente bis 2030 neu ordnen. Die Opposition"
                + " spricht von einem Wahlgeschenk.\n\nDer Kanzler stellte");
        assertThat(body(html)).doesNotContain("14:07");
    }

    @Test
    void arabicSummaryOfTwoParagraphsUnderObfuscatedClassesIsKept() {
        String html = """
                <html dir="rtl"><body><div class="x1"><h1>الحكومة تعلن خطة جديدة للطاقة</h1>
                <div class="q7"><p>أعلنت الحكومة اليوم خطة لخفض استهلاك الكهرباء في المباني العامة بنسبة الربع.</p>
                <p>وتشمل الخطة تركيب ألواح شمسية على أسطح المدارس والمستشفيات خلال ثلاث سنوات.</p></div></div>
                <div class="z9">
                <p>وقال وزير الطاقة في مؤتمر صحفي إن الخطة ستوفر نحو مليار دولار سنويا على الخزينة العامة.</p>
                <p>وأضاف أن المرحلة الأولى تبدأ في الربيع المقبل وتشمل العاصمة وثلاث محافظات أخرى.</p>
                <p>ورحبت نقابة المهندسين بالخطة لكنها طالبت بإشراك الشركات المحلية في التنفيذ.</p>
                </div></body></html>""";
        assertThat(body(html)).startsWith("أعلنت الحكومة اليوم خطة لخفض استهلاك الكهرباء في المباني العامة بنسبة"
                + " الربع.\n\nوتشمل الخطة تركيب ألواح شمسية على أسطح المدارس والمستشفيات خلال ثلاث سنوات.\n\nوقال");
    }

    @Test
    void frenchChapoAfterAPhotoCaptionIsKeptAndTheCaptionIsNot() {
        String html = """
                <html><body><article><div class="tete"><h1>Le gouvernement présente son budget</h1>
                <div class="visuel"><img src="/p.jpg"></div>
                <div class="legende">Le ministre des Finances à Paris, le 3 mars, lors de la présentation du texte.</div>
                <p class="chapo">Le projet prévoit quatre milliards d'euros d'économies, surtout sur les dépenses de
                fonctionnement.</p></div>
                <div class="corps">
                <p>Le ministre a défendu un budget « de responsabilité » devant les députés, mardi après-midi.</p>
                <p>L'opposition a annoncé le dépôt d'une motion de censure dès la semaine prochaine.</p>
                <p>Les collectivités locales craignent une baisse de leurs dotations pour la troisième année.</p>
                </div></article></body></html>""";
        LeadParagraph.Lead lead = new LeadParagraph().find(Jsoup.parse(html), "Le gouvernement présente son budget");
        assertThat(lead.blocks()).extracting(RawBlock::text).containsExactly("Le projet prévoit quatre milliards"
                + " d'euros d'économies, surtout sur les dépenses de fonctionnement.");
        assertThat(body(html)).contains("fonctionnement.\n\nLe ministre a défendu");
    }

    @Test
    void spanishTeaserOfAnotherArticleCutShortIsNotALead() {
        String html = """
                <html><body><article><h1>El Gobierno aprueba la ley de vivienda</h1>
                <div class="rel"><p>Otra noticia: los alquileres suben en Madrid por quinto mes consecutivo y...</p></div>
                <div class="cuerpo">
                <p>El Consejo de Ministros aprobó este martes la ley, que limita las subidas del alquiler.</p>
                <p>La norma entrará en vigor el próximo mes, tras su publicación en el Boletín Oficial.</p>
                <p>Las asociaciones de propietarios anunciaron que recurrirán ante el Tribunal Constitucional.</p>
                </div></article></body></html>""";
        assertThat(body(html)).startsWith("El Consejo de Ministros aprobó").doesNotContain("quinto mes");
    }

    @Test
    void aLeadAlreadyInTheBodyIsNotRepeated() {
        String html = "<html><body><article><h1>Council funds bridge repair</h1><div class=\"story-text\">"
                + "<p class=\"lead\">Nine votes to four settle a two-year dispute over the crumbling river"
                + " crossing.</p>" + EN_BODY.replace("<div class=\"story-text\">", "") + "</article></body></html>";
        String body = body(html);
        assertThat(body.indexOf("Nine votes")).isEqualTo(body.lastIndexOf("Nine votes")).isZero();
    }
}
