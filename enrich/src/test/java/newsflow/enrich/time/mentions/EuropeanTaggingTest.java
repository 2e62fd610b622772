package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static newsflow.enrich.time.mentions.TaggerAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EuropeanTaggingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr|Le dialogue s'est tenu le 5 septembre 2018 à Doha.|2018-09-05",
            "fr|Signé en novembre 2017.|2017-11",
            "es|El acuerdo se firmó el 11 de julio de 2017.|2017-07-11",
            "de|Das Abkommen wurde am 11. Juli 2017 unterzeichnet.|2017-07-11",
            "de|Er kam gestern an.|2018-09-05",
            "fr|Publié le 06/09/2018.|2018-09-06",
            // abbreviations of the language's month table (time.vocab.MonthNames)
            "de|Das Abkommen wurde am 5. Okt. 2018 unterzeichnet.|2018-10-05",
            "es|El acuerdo se firmó el 3 dic 2017.|2017-12-03",
            "fr|Signé le 3 fevr 2017 à Paris.|2017-02-03",
    })
    void explicitDates(String lang, String sentence, String value) {
        assertThat(values(tag(sentence, lang, "2018-09-06"))).containsExactly(value);
    }
}
