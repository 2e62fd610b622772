package newsflow.enrich.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterProfileTest {

    @Test
    void countsLettersByWritingSystemAndDropsTheRest() {
        LetterProfile p = LetterProfile.of("Doha 2022: قطر, @newsdesk https://x.example/q?a=1 me@x.example");
        assertThat(p.letters(WritingSystem.LATIN)).isEqualTo(4);
        assertThat(p.letters(WritingSystem.ARABIC)).isEqualTo(3);
        assertThat(p.totalLetters()).isEqualTo(7);
        assertThat(p.words(WritingSystem.LATIN)).isEqualTo("Doha");
    }

    @Test
    void bareDomainNamesAreNotEvidence() {
        LetterProfile p = LetterProfile.of("المصدر: aljazeera.net و news.bbc.co.uk/arabic");
        assertThat(p.letters(WritingSystem.LATIN)).isZero();
        assertThat(LetterProfile.of("He ended.The end").letters(WritingSystem.LATIN)).isEqualTo(13);
    }

    @Test
    void quotedLettersWeighLessForTheDominantScript() {
        // 26 Latin letters outside the quote, 22 Arabic letters inside it (case C17's shape, own words).
        String text = "Officials said: «سنبدأ التنفيذ الشهر المقبل» before leaving.";
        LetterProfile p = LetterProfile.of(text);
        assertThat(p.dominant()).isEqualTo(WritingSystem.LATIN);
        assertThat(LetterProfile.of("«سنبدأ التنفيذ الشهر المقبل» said one").dominant())
                .isEqualTo(WritingSystem.ARABIC);
    }

    @Test
    void combiningMarksStayInTheirWord() {
        LetterProfile p = LetterProfile.of("नमस्ते दुनिया");
        assertThat(p.words(WritingSystem.DEVANAGARI)).isEqualTo("नमस्ते दुनिया");
        assertThat(p.wordCount(WritingSystem.DEVANAGARI)).isEqualTo(2);
    }

    @Test
    void kanaIsCounted() {
        assertThat(LetterProfile.of("東京はあつい").kana()).isEqualTo(4);
        assertThat(LetterProfile.of("北京很热").kana()).isZero();
    }

    @Test
    void lettersOutsideQuotesAreCounted() {
        LetterProfile p = LetterProfile.of("He said «شكرا جزيلا» and left");
        assertThat(p.letters(WritingSystem.ARABIC)).isEqualTo(9);
        assertThat(p.unquotedLetters(WritingSystem.ARABIC)).isZero();
        assertThat(p.unquotedLetters(WritingSystem.LATIN)).isEqualTo(p.letters(WritingSystem.LATIN)).isEqualTo(13);
    }

    @Test
    void noLettersNoDominantScript() {
        assertThat(LetterProfile.of("2018-09-06 — 12:00").dominant()).isNull();
    }
}
