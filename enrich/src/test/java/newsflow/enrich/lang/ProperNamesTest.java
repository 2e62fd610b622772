package newsflow.enrich.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProperNamesTest {

    @Test
    void capitalisedWordsInsideASentenceAreLeftOut() {
        assertThat(ProperNames.strip("Former England footballer Paul Gascoigne")).isEqualTo("Former footballer");
    }

    @Test
    void capitalsOpeningATextASentenceOrAQuoteStay() {
        assertThat(ProperNames.strip("He left. The council met on Monday"))
                .isEqualTo("He left. The council met on");
        assertThat(ProperNames.strip("She said: «Nous partons demain»")).isEqualTo("She said: «Nous partons demain»");
    }

    @Test
    void tooFewLettersLeftKeepsTheText() {
        assertThat(ProperNames.strip("Alina Romanowski Said")).isEqualTo("Alina Romanowski Said");
        assertThat(ProperNames.strip("Das Auto")).isEqualTo("Das Auto");
    }

    @Test
    void uncasedScriptsAreUntouched() {
        assertThat(ProperNames.strip("قال الوزير إن الحكومة")).isEqualTo("قال الوزير إن الحكومة");
    }
}
