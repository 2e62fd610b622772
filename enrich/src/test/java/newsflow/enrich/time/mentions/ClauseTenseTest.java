package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.common.model.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14 item 3: a bare weekday follows the tense of its own clause, in every supported language. Reference
 * Wednesday 2019-05-08: the past Thursday is 2019-05-02, the coming one 2019-05-09.
 */
class ClauseTenseTest {

    private static final String REF = "2019-05-08";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // English modal and scheduled futures
            "en|Talks would resume on Thursday, officials said.|Thursday|2019-05-09",
            "en|The envoy is due to visit Cairo on Friday.|Friday|2019-05-10",
            "en|The summit is scheduled to open on Sunday.|Sunday|2019-05-12",
            "en|Polls close at 8 p.m. on Sunday.|8 p.m. on Sunday|2019-05-12T20:00",
            "en|Polls close on Sunday in most states.|Sunday|2019-05-12",
            "en|He and Arafat meet separately Monday with Albright.|Monday|2019-05-13",
            "en|The team planned to leave Nairobi on Thursday for Dar es Salaam.|Thursday|2019-05-09",
            "en|The minister will travel to Paris on Tuesday.|Tuesday|2019-05-14",
            "en|His lawyer said the father would be traveling to the United States Thursday.|Thursday|2019-05-09",
            "en|The truce had been due to expire Friday evening.|Friday evening|2019-05-03TEV",
            // English past, even with a future elsewhere in the sentence
            "en|The minister said on Thursday that he would resign.|Thursday|2019-05-02",
            "en|The talks resumed on Thursday.|Thursday|2019-05-02",
            "en|Polls closed on Sunday.|Sunday|2019-05-05",
            "en|The relatives said they would look for ways to get around Tuesday's ruling.|Tuesday's|2019-05-07",
            "en|On Friday, the government planned to pay the first claims.|Friday|2019-05-03",
            // German: Perfekt and Präteritum past, wird/kommenden future
            "de|Der Minister hat am Dienstag den Plan vorgestellt, der ab 2025 gelten wird.|Dienstag|2019-05-07",
            "de|Die Regierung hatte am Freitag neue Regeln beschlossen.|Freitag|2019-05-03",
            "de|Die Polizei hat den Verdächtigen am Sonntag festgenommen.|Sonntag|2019-05-05",
            "de|Die Kommission wird am Dienstag entscheiden.|Dienstag|2019-05-14",
            "de|Am kommenden Freitag beginnt die Messe.|kommenden Freitag|2019-05-10",
            // Spanish: pretérito and 'el pasado' past, futuro / va a / el próximo future
            "es|El ministro llegó a Madrid el pasado viernes.|el pasado viernes|2019-05-03",
            "es|El presidente anunció el martes que habrá elecciones.|martes|2019-05-07",
            "es|El presidente viajará el viernes a Madrid.|viernes|2019-05-10",
            "es|La ministra va a visitar Sevilla el domingo.|domingo|2019-05-12",
            "es|Las obras empiezan el próximo lunes.|el próximo lunes|2019-05-13",
            // French: passé composé past, futur / va + infinitif / prochain future
            "fr|Le ministre se rendra lundi à Paris.|lundi|2019-05-13",
            "fr|Lundi, le ministre se rendra à Paris.|Lundi|2019-05-13",
            "fr|Le ministre a annoncé lundi que le sommet aura lieu en juin.|lundi|2019-05-06",
            "fr|La ministre va présenter mardi son projet.|mardi|2019-05-14",
            "fr|Le sommet aura lieu le prochain dimanche.|le prochain dimanche|2019-05-12",
    })
    void aBareWeekdayFollowsItsClause(String lang, String text, String expression, String value) {
        List<DateMention> found = tag(text, lang, REF);
        assertThat(found).filteredOn(d -> d.text().equals(expression)).extracting(DateMention::value)
                .containsExactly(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a past verb before the weekday: a future verb after it speaks of something else
            "قال الوزير يوم الخميس إن الحكومة ستعمل على خطة جديدة.|يوم الخميس|2019-05-02",
            "أعلنت الوزارة يوم الأحد أنها ستفتتح المعرض.|يوم الأحد|2019-05-05",
            "التقى الرئيس يوم الثلاثاء وزير الخارجية، وسيزور عمان الأسبوع المقبل.|يوم الثلاثاء|2019-05-07",
            "اجتمع المجلس يوم الخميس الماضي.|يوم الخميس الماضي|2019-05-02",
            // future markers: سـ, سوف, المقبل, القادم
            "سيزور الرئيس القاهرة يوم الخميس.|يوم الخميس|2019-05-09",
            "سوف يجتمع المجلس يوم الأحد.|يوم الأحد|2019-05-12",
            "يبدأ المعرض يوم الجمعة المقبل.|يوم الجمعة المقبل|2019-05-10",
            "تنطلق البطولة يوم السبت القادم.|يوم السبت القادم|2019-05-11",
    })
    void arabicWeekdaysFollowTheirClause(String text, String expression, String value) {
        List<DateMention> found = tag(text, "ar", REF);
        assertThat(found).filteredOn(d -> d.text().contains(expression.substring(4)))
                .extracting(DateMention::value).containsExactly(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The minister said on Thursday that the government will work on a new plan.|"
                    + "قال الوزير يوم الخميس إن الحكومة ستعمل على خطة جديدة.",
            "The ministry announced on Sunday that it will open the fair.|أعلنت الوزارة يوم الأحد أنها ستفتتح المعرض.",
            "The council met on Tuesday and will meet again next week.|"
                    + "اجتمع المجلس يوم الثلاثاء وسيجتمع مجددا الأسبوع المقبل.",
    })
    void theArabicEditionLandsOnTheEnglishEditionsDay(String english, String arabic) {
        String en = tag(english, "en", REF).get(0).value();
        String ar = tag(arabic, "ar", REF).stream().filter(d -> d.text().contains("يوم")).findFirst()
                .orElseThrow().value();
        assertThat(ar).isEqualTo(en);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Il ministro ha presentato martedì il piano.|martedì|PAST",
            "Il governo è crollato sabato.|sabato|PAST",
            "Il ministro presenterà martedì il piano.|martedì|FUTURE",
            "La fiera aprirà venerdì prossimo.|venerdì|FUTURE",
            "Der Zug ist am Montag abgefahren.|Montag|PAST",
            "Mañana, el rey visitará Toledo el jueves.|jueves|FUTURE",
            "Le marché est ouvert lundi.|lundi|NONE",
    })
    void clauseTenseReadsItalianAndTheOthers(String text, String expression, ClauseTense.Tense tense) {
        int start = text.indexOf(expression);
        assertThat(ClauseTense.of(text, start, start + expression.length())).isEqualTo(tense);
    }
}
