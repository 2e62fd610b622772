package newsflow.enrich.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameLikeTextTest {

    @Test
    void capitalisedWordsAreNames() {
        assertThat(NameLikeText.test("Alina Romanowski")).isTrue();
        assertThat(NameLikeText.test("Given O Brien Elliott Bramble Bernard Bowyer")).isTrue();
    }

    @Test
    void sentencesAndSingleWordsAreNot() {
        assertThat(NameLikeText.test("The ministry announced the budget")).isFalse();
        assertThat(NameLikeText.test("Reuters")).isFalse();
        assertThat(NameLikeText.test("Die Regierung hat den Haushalt beschlossen")).isFalse();
        assertThat(NameLikeText.test("")).isFalse();
    }

    @Test
    void uncasedScriptsAreNeverNames() {
        assertThat(NameLikeText.test("عبدالعزيز الأنصاري")).isFalse();
    }
}
