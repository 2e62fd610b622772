package newsflow.enrich.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.enrich.extract.Block;
import newsflow.enrich.extract.BlockKind;
import org.junit.jupiter.api.Test;

/** Case C17: whole sentences in two scripts inside one paragraph are cut apart; quotes and names are not. */
class ScriptSentencesTest {

    private static final String EN = "The ministry announced the new budget on Monday.";
    private static final String EN_2 = "Parliament will vote on it before the end of the month.";
    private static final String AR = "أعلنت الوزارة عن الميزانية الجديدة يوم الاثنين.";
    private static final String AR_2 = "وسيصوت البرلمان عليها قبل نهاية الشهر الجاري.";

    @Test
    void wholeSentencesInTwoScriptsAreCutAtTheSentenceBoundary() {
        assertThat(ScriptSentences.parts(EN + " " + AR)).containsExactly(EN, AR);
        assertThat(ScriptSentences.parts(EN + " " + EN_2 + " " + AR + " " + AR_2))
                .containsExactly(EN + " " + EN_2, AR + " " + AR_2);
        assertThat(ScriptSentences.parts(AR + "\n" + EN)).containsExactly(AR, EN);
    }

    @Test
    void aQuoteOrANameInAnotherScriptStaysInItsSentence() {
        String quote = "Officials said: «سنبدأ التنفيذ الشهر المقبل» before leaving.";
        String name = "The delegation met Prince Mohammed bin Salman (محمد بن سلمان) in Riyadh on Tuesday.";
        assertThat(ScriptSentences.parts(quote)).containsExactly(quote);
        assertThat(ScriptSentences.parts(name)).containsExactly(name);
        assertThat(ScriptSentences.parts(EN + " " + quote)).containsExactly(EN + " " + quote);
    }

    @Test
    void aQuoteOfSeveralSentencesIsNotCut() {
        String text = EN + " The minister told reporters: «سنبدأ التنفيذ الشهر المقبل. والعمل جار الآن على قدم"
                + " وساق في كل المحافظات.» He then left the hall.";
        assertThat(ScriptSentences.parts(text)).containsExactly(text);
    }

    @Test
    void aShortOrTitleCaseRunIsNotTextOfItsOwn() {
        String thanks = AR + " Thank you all.";
        String boilerplate = "Read More Politics Latest News from Lahore (Punjab) in Urdu. "
                + "انہوں نے کہا کہ حکومت اس مسئلے پر جلد فیصلہ کرے گی۔";
        String opening = "شكرا. " + EN + " " + EN_2;
        assertThat(ScriptSentences.parts(thanks)).containsExactly(thanks);
        assertThat(ScriptSentences.parts(boilerplate)).containsExactly(boilerplate);
        assertThat(ScriptSentences.parts(opening)).containsExactly(opening);
    }

    @Test
    void aSmallRunBetweenTwoOfTheSameScriptIsKeptWithThem() {
        String text = EN + " شكرا جزيلا. " + EN_2;
        assertThat(ScriptSentences.parts(text)).containsExactly(text);
    }

    @Test
    void eachPartGoesToTheEditionOfItsLanguageAndArabicReadsRightToLeft() {
        EditionSplitter splitter = new EditionSplitter();
        List<EditionDraft> editions = splitter.split(null, List.of(
                new Block(BlockKind.PARAGRAPH, EN_2),
                new Block(BlockKind.PARAGRAPH, EN + " " + AR),
                new Block(BlockKind.PARAGRAPH, AR_2)), null);
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("en", "ar");
        assertThat(editions.get(0).paragraphs()).containsExactly(EN_2, EN);
        assertThat(editions.get(0).direction()).isEqualTo("ltr");
        assertThat(editions.get(1).paragraphs()).containsExactly(AR, AR_2);
        assertThat(editions.get(1).direction()).isEqualTo("rtl");
    }

    @Test
    void headingsAreNotCut() {
        EditionSplitter splitter = new EditionSplitter();
        String heading = "Budget approved. تمت الموافقة على الميزانية الجديدة للعام المقبل.";
        List<EditionDraft> editions = splitter.split(null, List.of(
                new Block(BlockKind.HEADING, heading), new Block(BlockKind.PARAGRAPH, AR_2)), null);
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("ar");
        assertThat(editions.get(0).title()).isEqualTo(heading);
    }
}
