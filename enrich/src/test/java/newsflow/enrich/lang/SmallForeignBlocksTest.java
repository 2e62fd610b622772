package newsflow.enrich.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.enrich.extract.Block;
import newsflow.enrich.extract.BlockKind;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a small block that disagrees with its page gets an edition of its own only with real evidence; a
 * product name, a price list or a credit line that the detector cannot tell apart from a neighbour language joins
 * its page. Variants in German and English pages, with the controls that must still split.
 */
class SmallForeignBlocksTest {

    private static final EditionSplitter SPLITTER = new EditionSplitter();

    private static Block p(String text) {
        return new Block(BlockKind.PARAGRAPH, text);
    }

    private static List<String> langs(List<EditionDraft> editions) {
        return editions.stream().map(EditionDraft::lang).toList();
    }

    private static final String DE_1 = "Die Bundesregierung hat am Mittwoch neue Regeln für den Ausbau der Windkraft "
            + "beschlossen, nachdem die Länder monatelang über die Abstände zu Wohngebieten gestritten hatten.";
    private static final String DE_2 = "Kritiker bemängeln, dass die Genehmigungsverfahren weiterhin zu lange dauern "
            + "und die Kommunen kaum an den Einnahmen beteiligt werden.";
    private static final String EN_1 = "The new trail pack is light enough for day hikes and roomy enough for a "
            + "weekend, and its frame kept the load steady on rough ground during our tests.";
    private static final String EN_2 = "We also liked the side pockets, which hold a litre bottle each and are easy to "
            + "reach without taking the pack off.";

    @Test
    void aPriceListOfProductNamesJoinsItsGermanPage() {
        List<EditionDraft> editions = SPLITTER.split(null, List.of(p(DE_1),
                p("Lego 75363 / N-1 Starfighter des Mandalorianers – Microfighter: 15,99 Euro"),
                p("Lego 75352 / Thronsaal des Imperators – Diorama: 99,99 Euro"), p(DE_2)), "de");
        assertThat(langs(editions)).containsExactly("de");
    }

    @Test
    void aTranslationCreditJoinsItsGermanPage() {
        List<EditionDraft> editions = SPLITTER.split(null, List.of(p(DE_1), p(DE_2),
                p("Aus dem Englischen von Jan Doolan\nCopyright: Project Syndicate, 2025")), "de");
        assertThat(langs(editions)).containsExactly("de");
    }

    @Test
    void aProductNameJoinsItsEnglishPage() {
        List<EditionDraft> editions = SPLITTER.split(null, List.of(p(EN_1), p("REI Co-op Kindercone"), p(EN_2)), "en");
        assertThat(langs(editions)).containsExactly("en");
    }

    @Test
    void aRealShortBlockInAnotherLanguageStillSplits() {
        // German, Spanish and French sentences of a few words in an English page: the detector is sure of them
        List<EditionDraft> editions = SPLITTER.split(null, List.of(p(EN_1),
                p("Diesmal wird ein Gleichstand zwischen den beiden erwartet"), p(EN_2),
                p("Cada unidad se llama beat"), p("Certains parlaient du fond car là ils")), "en");
        assertThat(langs(editions)).containsExactly("en", "de", "es", "fr");
    }

    @Test
    void aBilingualEnglishArabicPageStillSplits() {
        List<EditionDraft> editions = SPLITTER.split(null, List.of(p(EN_1), p(EN_2),
                p("أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الداخلية بعد موسم جفاف طويل."),
                p("وقال الوزير إن الدعم سيشمل البذور والأسمدة وتسهيلات في القروض.")), "en");
        assertThat(langs(editions)).containsExactly("en", "ar");
    }
}
