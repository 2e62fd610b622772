package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static newsflow.enrich.time.mentions.TaggerAssertions.texts;
import static newsflow.enrich.time.mentions.TaggerAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link EuropeanRelativeGrammar}: relative expressions in French, Spanish and German, reference Thursday 2018-09-06. */
class EuropeanRelativeTest {

    private static final String REF = "2018-09-06";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr|La réunion a eu lieu avant-hier à Paris.|avant-hier|2018-09-04",
            "fr|Les ventes ont reculé la semaine dernière.|la semaine dernière|2018-W35",
            "fr|Les ventes reculeront le mois prochain.|le mois prochain|2018-10",
            "fr|Les ventes ont reculé l'an dernier.|l'an dernier|2017",
            "fr|Les ventes ont reculé cette année.|cette année|2018",
            "fr|Le ministre est arrivé il y a trois jours.|il y a trois jours|2018-09-03",
            "fr|Le ministre arrivera dans deux semaines.|dans deux semaines|2018-W38",
            "fr|Les négociations ont duré pendant trois ans.|trois ans|P3Y",
            "fr|Le ministre est arrivé mardi à Paris.|mardi|2018-09-04",
            "fr|Le ministre arrivera mardi à Paris.|mardi|2018-09-11",
            "fr|Le ministre est arrivé lundi dernier.|lundi dernier|2018-09-03",
            "es|El acuerdo se firmó anteayer en Madrid.|anteayer|2018-09-04",
            "es|Las ventas cayeron el año pasado.|el año pasado|2017",
            "es|Las ventas subirán la semana que viene.|la semana que viene|2018-W37",
            "es|El ministro llegó hace tres días.|hace tres días|2018-09-03",
            "es|El ministro llegará dentro de dos años.|dentro de dos años|2020",
            "es|El ministro llegó el martes a Madrid.|martes|2018-09-04",
            "es|El ministro llegará el próximo martes.|el próximo martes|2018-09-11",
            "de|Die Verhandlungen begannen vorgestern in Berlin.|vorgestern|2018-09-04",
            "de|Der Umsatz sank im vergangenen Jahr deutlich.|im vergangenen Jahr|2017",
            "de|Der Umsatz steigt nächsten Monat.|nächsten Monat|2018-10",
            "de|Der Minister kam vor drei Tagen an.|vor drei Tagen|2018-09-03",
            "de|Der Minister kam am Dienstag an.|Dienstag|2018-09-04",
            "de|Der Minister wird am Dienstag ankommen.|Dienstag|2018-09-11",
            "de|Der Minister kam letzten Freitag an.|letzten Freitag|2018-08-31",
    })
    void relativeExpressions(String lang, String sentence, String text, String value) {
        assertThat(texts(tag(sentence, lang, REF))).containsExactly(text);
        assertThat(values(tag(sentence, lang, REF))).containsExactly(value);
    }
}
