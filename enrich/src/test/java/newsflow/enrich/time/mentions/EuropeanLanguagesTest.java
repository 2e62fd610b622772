package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.assertTagged;
import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static newsflow.enrich.time.mentions.TaggerAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relative and explicit dates in Italian, Portuguese and Russian, the forms added to French, Spanish and German
 * (modifier before the unit or weekday, ranges giving both ends), each language's false friends, and the
 * {@code dates_note} of languages without a grammar. Reference Thursday 2018-09-06.
 */
class EuropeanLanguagesTest {

    private static final String REF = "2018-09-06";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "it|Il ministro è arrivato ieri a Roma.|ieri|2018-09-05",
            "it|Il vertice si terrà domani.|domani|2018-09-07",
            "it|L'accordo è stato firmato l'altro ieri.|l'altro ieri|2018-09-04",
            "it|Le vendite sono calate l'anno scorso.|l'anno scorso|2017",
            "it|Le vendite cresceranno la prossima settimana.|la prossima settimana|2018-W37",
            "it|Le vendite sono calate il mese scorso.|il mese scorso|2018-08",
            "it|Il ministro è arrivato tre giorni fa.|tre giorni fa|2018-09-03",
            "it|Il ministro arriverà tra due settimane.|tra due settimane|2018-W38",
            "it|Il ministro è arrivato giovedì scorso.|giovedì scorso|2018-08-30",
            "it|Il ministro è arrivato martedì a Roma.|martedì|2018-09-04",
            "it|Il ministro arriverà martedì a Roma.|martedì|2018-09-11",
            "pt|O ministro chegou ontem a Lisboa.|ontem|2018-09-05",
            "pt|A cimeira será amanhã.|amanhã|2018-09-07",
            "pt|O acordo foi assinado anteontem.|anteontem|2018-09-04",
            "pt|As vendas caíram no ano passado.|no ano passado|2017",
            "pt|As vendas vão subir na próxima semana.|na próxima semana|2018-W37",
            "pt|O ministro chegou há três dias.|há três dias|2018-09-03",
            "pt|O ministro chegou 2 dias atrás.|2 dias atrás|2018-09-04",
            "pt|O ministro chegou na sexta-feira passada.|sexta-feira passada|2018-08-31",
            "pt|O ministro chegou na terça-feira.|terça-feira|2018-09-04",
            "ru|Министр прибыл вчера в Москву.|вчера|2018-09-05",
            "ru|Встреча состоится завтра.|завтра|2018-09-07",
            "ru|Договор подписали позавчера.|позавчера|2018-09-04",
            "ru|Продажи упали в прошлом году.|в прошлом году|2017",
            "ru|Продажи упали на прошлой неделе.|на прошлой неделе|2018-W35",
            "ru|Продажи вырастут в следующем месяце.|в следующем месяце|2018-10",
            "ru|Министр прибыл три дня назад.|три дня назад|2018-09-03",
            "ru|Министр прибудет через два дня.|через два дня|2018-09-08",
            "ru|Министр прибыл в прошлую пятницу.|прошлую пятницу|2018-08-31",
            "ru|Министр прибыл во вторник.|вторник|2018-09-04",
            "es|Las ventas subirán la próxima semana.|la próxima semana|2018-W37",
            "es|Las ventas cayeron la semana pasada.|la semana pasada|2018-W35",
            "es|El ministro llegó el pasado viernes.|pasado viernes|2018-08-31",
            "es|El ministro llegó el viernes pasado.|viernes pasado|2018-08-31",
            "de|Der Minister hat am Dienstag den Plan vorgestellt.|Dienstag|2018-09-04",
            "fr|Le ministre arrivera mardi prochain.|mardi prochain|2018-09-11",
    })
    void relativeExpressions(String lang, String sentence, String text, String value) {
        assertTagged(sentence, lang, REF, text, value);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "it|Lo sconto vale dal 1° aprile 2025.|2025-04-01",
            "pt|O desconto vale a partir de 1º de abril de 2025.|2025-04-01",
            "ru|Соглашение подписано 13 декабря 2022 года.|2022-12-13",
            "ru|Выборы прошли 5 марта 2018.|2018-03-05",
            "it|Le elezioni si sono svolte il 4 marzo 2018.|2018-03-04",
            "pt|As eleições foram em 7 de outubro de 2018.|2018-10-07",
            "es|La cumbre fue el 5 de septiembre de 2018.|2018-09-05",
    })
    void monthNames(String lang, String sentence, String value) {
        assertThat(values(tag(sentence, lang, REF))).containsExactly(value);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr|Le salon se tient du 28 au 31 janvier 2026 à Paris.|2026-01-28,2026-01-31",
            "es|La feria se celebra del 28 al 31 de enero de 2026.|2026-01-28,2026-01-31",
            "de|Die Messe findet vom 28. bis 31. Januar 2026 statt.|2026-01-28,2026-01-31",
            "it|La fiera si tiene dal 28 al 31 gennaio 2026.|2026-01-28,2026-01-31",
            "pt|A feira decorre de 28 a 31 de janeiro de 2026.|2026-01-28,2026-01-31",
            "ru|Выставка пройдёт с 28 по 31 января 2026 года.|2026-01-28,2026-01-31",
            "fr|Le salon se tient du 30 au 2 février 2026.|2026-01-30,2026-02-02",
    })
    void rangesGiveBothEnds(String lang, String sentence, String values) {
        assertThat(values(tag(sentence, lang, REF))).containsExactly(values.split(","));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "de|Hier wird die neue Brücke gebaut.",
            "de|Hier finden Sie alle Informationen.",
            "de|Die Sitzung begann am Morgen im Rathaus.",
            "es|La reunión comenzó por la mañana en Madrid.",
            "es|Esta mañana llovió en Madrid.",
            "pt|O ministro falou na parte da manhã.",
            "it|Ayer è una parola spagnola.",
    })
    void falseFriendsAreNotDates(String lang, String sentence) {
        assertThat(tag(sentence, lang, REF)).isEmpty();
    }

    @Test
    void theSameWordIsADateOnlyInItsOwnLanguage() {
        assertThat(values(tag("Hier, le ministre est arrivé.", "fr", REF))).containsExactly("2018-09-05");
        assertThat(tag("Hier, der Minister ist angekommen.", "de", REF)).isEmpty();
        assertThat(values(tag("Morgen kommt der Minister.", "de", REF))).containsExactly("2018-09-07");
        assertThat(values(tag("Ayer llegó el ministro.", "es", REF))).containsExactly("2018-09-05");
        assertThat(tag("Ayer llegó el ministro.", "it", REF)).isEmpty();
    }

    @Test
    void languagesWithoutAGrammarAreNoted() {
        assertThat(TemporalTagger.note("ko")).contains("ko");
        assertThat(TemporalTagger.note("ja")).contains("ja");
        assertThat(TemporalTagger.note("ZH")).contains("zh");
        assertThat(TemporalTagger.note("hi")).contains("hi");
        for (String supported : new String[] {"en", "ar", "fa", "fr", "es", "de", "it", "pt", "ru"}) {
            assertThat(TemporalTagger.note(supported)).as(supported).isNull();
        }
        assertThat(TemporalTagger.note(null)).isNull();
        assertThat(TemporalTagger.note("und")).isNull();
    }
}
