package newsflow.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import newsflow.common.model.Edition;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.common.model.TopicTag;
import newsflow.enrich.app.EnrichConfig;
import newsflow.enrich.app.Enrichers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13 through the whole enrichment: an edition in a language without a topic lexicon carries only the
 * publisher's filing (URL section or JSON-LD articleSection) as topics, or none, and a topic_note saying why.
 * Variants: Turkish, Polish and Dutch pages, with a URL section, with JSON-LD articleSection, and with neither.
 */
class EnricherTopicNoteTest {
    private static final Instant FETCHED = Instant.parse("2025-06-01T12:00:00Z");
    private static Enricher enricher;

    @BeforeAll
    static void load() {
        enricher = Enrichers.create(new EnrichConfig(Map.of()));
    }

    private static Edition only(String url, String lang, String jsonLdSection, String title, String p1, String p2) {
        String ld = jsonLdSection == null ? "" : "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"" + title + "\",\"articleSection\":\"" + jsonLdSection
                + "\"}</script>";
        String html = "<html lang=\"" + lang + "\"><head><title>" + title + "</title>" + ld + "</head><body><article><h1>"
                + title + "</h1><p>" + p1 + "</p><p>" + p2 + "</p></article></body></html>";
        var editions = enricher.enrich(new RawPage(url, url, "test", FETCHED, 200, "text/html", "UTF-8", html,
                SourceHints.NONE, null, null)).editions();
        assertThat(editions).hasSize(1);
        return editions.get(0);
    }

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource(delimiter = '|', value = {
            "https://haber.example/spor/derbi-galibiyet | tr | | medtop:15000000 | Galatasaray derbide Fenerbahçe'yi yendi"
                    + " | Galatasaray, deplasmanda oynadığı derbide rakibini iki golle mağlup etti ve liderliğini sürdürdü."
                    + " | Teknik direktör maçtan sonra yaptığı açıklamada oyuncularının mücadelesini övdü.",
            "https://gazeta.example/2025/06/01/sejm-budzet | pl | Polityka | medtop:11000000 | Sejm przyjął ustawę budżetową"
                    + " | Posłowie przyjęli w piątek ustawę budżetową na przyszły rok po wielogodzinnej debacie w izbie."
                    + " | Minister finansów zapowiedział, że deficyt nie przekroczy zapowiadanego wcześniej poziomu.",
            "https://krant.example/economie/rente-stijgt | nl | | medtop:04000000 | Centrale bank verhoogt de rente opnieuw"
                    + " | De centrale bank heeft de rente donderdag opnieuw verhoogd om de hoge inflatie te bestrijden."
                    + " | Economen verwachten dat de hypotheekrente in de komende maanden verder zal stijgen."
    })
    void aLanguageWithoutALexiconTakesTheFilingAndANote(String url, String lang, String section, String code,
                                                        String title, String p1, String p2) {
        Edition e = only(url, lang, section, title, p1, p2);
        assertThat(e.lang()).isEqualTo(lang);
        assertThat(e.topics()).extracting(TopicTag::code).containsExactly(code);
        assertThat(e.topicNote()).contains("no topic lexicon for language " + lang).contains(code);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "https://haber.example/2025/06/01/orman-yangini | tr | Muğla'da orman yangını ikinci gününde"
                    + " | Muğla'nın Menteşe ilçesinde çıkan orman yangını rüzgarın etkisiyle ikinci gününde de sürüyor."
                    + " | Bakanlık, yangına havadan ve karadan müdahale edildiğini ve köylerin tahliye edildiğini açıkladı.",
            "https://gazeta.example/a/123456 | pl | Pożar lasu pod Warszawą"
                    + " | Strażacy od rana walczą z pożarem lasu, który objął kilkadziesiąt hektarów pod Warszawą."
                    + " | Mieszkańcy okolicznych wsi zostali ewakuowani, a drogi dojazdowe zamknięte."
    })
    void aLanguageWithoutALexiconAndWithoutFilingGetsNoTopics(String url, String lang, String title, String p1,
                                                              String p2) {
        Edition e = only(url, lang, null, title, p1, p2);
        assertThat(e.topics()).isEmpty();
        assertThat(e.topicNote()).contains("no topic lexicon for language " + lang).endsWith("no topics");
    }
}
