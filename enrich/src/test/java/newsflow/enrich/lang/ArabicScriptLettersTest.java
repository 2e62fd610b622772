package newsflow.enrich.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicScriptLettersTest {

    private static final List<LinguaScorer.Ranked> TIE = List.of(new LinguaScorer.Ranked("ar", 0),
            new LinguaScorer.Ranked("fa", 0), new LinguaScorer.Ranked("ur", 0));

    @Test
    void urduLettersRuleOutArabicAndPersian() {
        List<LinguaScorer.Ranked> r = ArabicScriptLetters.apply(TIE, "کہاں ہے");
        assertThat(r.get(0).lang()).isEqualTo("ur");
        assertThat(r.get(0).gap()).isZero();
    }

    @Test
    void persianLettersRuleOutArabicOnly() {
        List<LinguaScorer.Ranked> r = ArabicScriptLetters.apply(TIE, "کجا هستی");
        assertThat(r.get(r.size() - 1).lang()).isEqualTo("ar");
        assertThat(r.get(r.size() - 1).gap()).isEqualTo(ArabicScriptLetters.LETTER_COST * 2);
    }

    @Test
    void theCostIsCapped() {
        List<LinguaScorer.Ranked> r = ArabicScriptLetters.apply(TIE, "ة ة ة ة ة ة ة");
        assertThat(r.get(0).lang()).isEqualTo("ar");
        assertThat(r.get(1).gap()).isEqualTo(ArabicScriptLetters.LETTER_COST * ArabicScriptLetters.MAX_LETTERS);
    }
}
