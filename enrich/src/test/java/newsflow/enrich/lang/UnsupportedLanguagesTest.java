package newsflow.enrich.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.enrich.extract.Block;
import newsflow.enrich.extract.BlockKind;
import org.junit.jupiter.api.Test;

/**
 * A language Lingua knows but the configuration does not enable, written in a script enabled languages share,
 * is undecided rather than the closest enabled language.
 */
class UnsupportedLanguagesTest {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    private static final String CZECH = "Vláda včera schválila nový rozpočet na příští rok a ministr financí řekl,"
            + " že daně se nezvýší.";
    private static final String CZECH_2 = "Opozice s tím nesouhlasí a chce, aby poslanci o návrhu znovu jednali"
            + " ještě před koncem měsíce.";
    private static final String NORWEGIAN = "Regjeringen la i går fram et nytt statsbudsjett, og finansministeren"
            + " sa at skattene ikke skal økes neste år.";
    private static final String BULGARIAN = "Правителството одобри вчера новия бюджет за следващата година, а"
            + " министърът на финансите каза, че данъците няма да се увеличат.";
    private static final String KAZAKH = "Үкімет кеше келесі жылға арналған жаңа бюджетті бекітті, ал қаржы"
            + " министрі салықтар өспейтінін айтты.";
    private static final String PORTUGUESE = "O governo aprovou ontem o novo orçamento para o próximo ano e o"
            + " ministro das finanças disse que os impostos não vão subir.";
    private static final String GERMAN = "Die Regierung hat gestern den neuen Haushalt für das kommende Jahr"
            + " beschlossen, und der Finanzminister sagte, die Steuern würden nicht erhöht.";
    private static final String ENGLISH = "The government approved the new budget for next year yesterday, and the"
            + " finance minister said taxes would not rise.";

    @Test
    void czechNorwegianBulgarianAndKazakhAreUndecidedNotTheClosestEnabledLanguage() {
        for (String text : List.of(CZECH, CZECH_2, NORWEGIAN, BULGARIAN, KAZAKH)) {
            LanguageIdentifier.Detection d = IDENTIFIER.detect(text);
            assertThat(d.lang()).as(text).isNull();
            assertThat(IDENTIFIER.evidence(text).top()).as(text).isEqualTo("und");
        }
    }

    @Test
    void enabledLanguagesCloseToThemKeepTheirCode() {
        assertThat(IDENTIFIER.detect(PORTUGUESE).lang()).isEqualTo("pt");
        assertThat(IDENTIFIER.detect(GERMAN).lang()).isEqualTo("de");
        assertThat(IDENTIFIER.detect(ENGLISH).lang()).isEqualTo("en");
        assertThat(IDENTIFIER.detect("Правительство вчера утвердило новый бюджет на следующий год.").lang())
                .isEqualTo("ru");
        assertThat(IDENTIFIER.detect("Уряд учора затвердив новий бюджет на наступний рік.").lang())
                .isEqualTo("uk");
        assertThat(IDENTIFIER.detect("The orchestra played Dvořák and Janáček at the festival on Saturday night.")
                .lang()).isEqualTo("en");
    }

    @Test
    void withoutTheCheckTheClosestEnabledLanguageIsNamed() {
        LanguageIdentifier closest = new LanguageIdentifier(LanguageCatalog.DEFAULT_LANGUAGES, AccuracyMode.HIGH,
                false);
        assertThat(closest.detect(CZECH).lang()).isNotNull().isNotEqualTo("und");
    }

    @Test
    void anUnsupportedLanguageCountsWhenEnabled() {
        LanguageIdentifier withCzech = new LanguageIdentifier(List.of("en", "cs", "pt"), AccuracyMode.HIGH);
        assertThat(withCzech.detect(CZECH).lang()).isEqualTo("cs");
        assertThat(withCzech.detect(PORTUGUESE).lang()).isEqualTo("pt");
    }

    @Test
    void aCzechPageIsOneUndecidedEditionAndACzechParagraphInAnEnglishPageItsOwn() {
        EditionSplitter splitter = new EditionSplitter(IDENTIFIER);
        List<EditionDraft> czech = splitter.split("Vláda schválila rozpočet",
                List.of(p(CZECH), p("Praha"), p(CZECH_2)), "cs");
        assertThat(czech).extracting(EditionDraft::lang).containsExactly("und");
        assertThat(czech.get(0).paragraphs()).containsExactly(CZECH, "Praha", CZECH_2);

        List<EditionDraft> mixed = splitter.split(null, List.of(p(ENGLISH), p(CZECH), p(ENGLISH)), "en");
        assertThat(mixed).extracting(EditionDraft::lang).containsExactly("en", "und");
        assertThat(mixed.get(1).paragraphs()).containsExactly(CZECH);
    }

    @Test
    void onAPageMostlyInAnUnsupportedLanguageItsShortBlocksAreUndecidedToo() {
        String norwegian2 = "Opposisjonen er uenig og vil at Stortinget skal behandle forslaget på nytt før"
                + " sommeren.";
        List<EditionDraft> editions = new EditionSplitter(IDENTIFIER).split("Nytt statsbudsjett", List.of(
                p(NORWEGIAN), p("Men hun har ikke glemt sine røtter."), p(norwegian2), p("Kortversjonen"),
                p("– Det blir en tøff høst, sier han."), p(ENGLISH_QUOTE)), "nb");
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("und", "en");
        assertThat(editions.get(0).paragraphs()).hasSize(5);
        assertThat(editions.get(1).paragraphs()).containsExactly(ENGLISH_QUOTE);
    }

    private static final String ENGLISH_QUOTE = "The minister told the BBC that the government would not change its"
            + " plans for the coming year, whatever the opposition says about them.";

    private static Block p(String text) {
        return new Block(BlockKind.PARAGRAPH, text);
    }
}
