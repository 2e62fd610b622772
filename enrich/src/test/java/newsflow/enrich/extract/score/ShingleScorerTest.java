package newsflow.enrich.extract.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleScorerTest {

    @Test
    void tokensAreRunsOfLettersDigitsAndUnderscore() {
        assertThat(ShingleScorer.tokens("It's 2019—snake_case, «قطري» ١٢٣!"))
                .containsExactly("It", "s", "2019", "snake_case", "قطري", "١٢٣");
    }

    @Test
    void identicalTextsScoreOne() {
        ShingleScorer s = new ShingleScorer();
        s.add("one two three four five", "one two three four five");
        assertThat(s.f1()).isEqualTo(1.0);
    }

    @Test
    void extraShinglesLowerPrecisionAndMissingOnesLowerRecall() {
        ShingleScorer s = new ShingleScorer();
        // gold shingles: "a b c d", "b c d e"; predicted: those two plus "c d e f", "d e f g"
        double[] pr = s.add("a b c d e", "a b c d e f g");
        assertThat(pr[0]).isCloseTo(0.5, within(1e-9));
        assertThat(pr[1]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void anEmptyPredictionCountsOnlyForRecall() {
        ShingleScorer s = new ShingleScorer();
        s.add("a b c d e", "");
        s.add("a b c d e", "a b c d e");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    }
}
