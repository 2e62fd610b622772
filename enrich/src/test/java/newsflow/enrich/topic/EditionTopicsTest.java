package newsflow.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.common.model.TopicTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13: a language without a topic lexicon gets no topics from another language's lexicon — only the
 * publisher's filing, or none — and a note saying why. Variants: Turkish, Polish, Dutch, Korean, Indonesian and
 * {@code und} texts, with and without a section in the URL or JSON-LD.
 */
class EditionTopicsTest {

    private static final EditionTopics TOPICS = new EditionTopics();
    private static final EditionTopics.PageFiling NO_FILING =
            new EditionTopics.PageFiling("https://news.example/2025/06/01/story", null, List.of());

    private static EditionTopics.Result one(String lang, String title, String text, EditionTopics.PageFiling filing) {
        return TOPICS.tag(List.of(new EditionTopics.Input(lang, title, text)), filing).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "tr | Muğla'da orman yangını | Orman yangını ikinci gününde, bakanlık ve valilik açıklama yaptı. Meclis toplandı.",
            "tr | Galatasaray derbide kazandı | Galatasaray, Fenerbahçe'yi 2-1 yendi; teknik direktör maçtan sonra konuştu.",
            "pl | Sejm przyjął ustawę budżetową | Posłowie głosowali nad budżetem, rząd i minister finansów bronili projektu.",
            "nl | Kabinet valt over asielbeleid | De minister-president bood het ontslag van het kabinet aan bij de koning.",
            "ko | 국회 예산안 통과 | 국회는 본회의에서 내년도 예산안을 통과시켰다. 정부와 여당은 환영했다.",
            "id | Pemerintah umumkan anggaran | Presiden dan menteri keuangan mengumumkan anggaran negara tahun depan.",
            "und | Vláda schválila rozpočet | Poslanci dnes schválili státní rozpočet na příští rok, ministr financí."
    })
    void noLexiconAndNoFilingGiveNoTopicsAndSaySo(String lang, String title, String text) {
        EditionTopics.Result r = one(lang, title, text, NO_FILING);
        assertThat(r.tags()).isEmpty();
        assertThat(r.note()).contains("no topic lexicon for language " + lang).contains("no topics");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "tr | https://haber.example/spor/galatasaray-kazandi | | medtop:15000000 | URL path /spor/",
            "pl | https://gazeta.example/2025/06/inflacja | Gospodarka | medtop:04000000 | section \"Gospodarka\"",
            "nl | https://krant.example/politiek/kabinet-valt | | medtop:11000000 | URL path /politiek/",
            "ko | https://news.example.kr/article/1 | 스포츠 | medtop:15000000 | section \"스포츠\"",
            "id | https://berita.example/olahraga/bulu-tangkis | | medtop:15000000 | URL path /olahraga/"
    })
    void noLexiconTakesOnlyThePublishersFiling(String lang, String url, String section, String code, String from) {
        EditionTopics.Result r = one(lang, "Başlık", "Metin metin metin.",
                new EditionTopics.PageFiling(url, section, List.of()));
        assertThat(r.tags()).extracting(TopicTag::code).containsExactly(code);
        assertThat(r.tags().get(0).score()).isBetween(0.0, 1.0);
        assertThat(r.note()).contains("no topic lexicon for language " + lang).contains("publisher's filing")
                .contains(code).contains(from);
    }

    @Test
    void aLanguageWithALexiconIsReadFromItsTextWithoutANote() {
        EditionTopics.Result r = one("de", "Bundestag beschließt Haushalt",
                "Der Bundestag hat den Haushalt beschlossen. Die Regierung und die Opposition stritten über Steuern "
                        + "und Schulden; der Finanzminister verteidigte den Entwurf im Parlament.",
                new EditionTopics.PageFiling("https://zeitung.example/sport/a", null, List.of()));
        assertThat(r.tags()).isNotEmpty();
        assertThat(r.tags().get(0).code()).isNotEqualTo("medtop:15000000");
        assertThat(r.note()).isNull();
    }

    @Test
    void aDocumentMixingALexiconLanguageAndAnotherTagsEachByItsOwnRule() {
        List<EditionTopics.Result> r = TOPICS.tag(List.of(
                new EditionTopics.Input("en", "Striker scores twice as City win the derby",
                        "The striker scored twice in the second half and the coach praised the team after the match."),
                new EditionTopics.Input("tr", "Derbide iki gol", "Golcü ikinci yarıda iki gol attı.")),
                new EditionTopics.PageFiling("https://news.example/2025/derby", null, List.of()));
        assertThat(r.get(0).tags().get(0).code()).isEqualTo("medtop:15000000");
        assertThat(r.get(0).note()).isNull();
        assertThat(r.get(1).tags()).isEmpty();
        assertThat(r.get(1).note()).contains("no topic lexicon for language tr");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"tr", "pl", "ko", "nl", "id", "und", "pt-BR"})
    void theTaggerItselfReadsNoLanguageWithoutALexicon(String lang) {
        TopicTagger tagger = new TopicTagger();
        assertThat(tagger.hasLexicon(lang)).isFalse();
        assertThat(tagger.tag("Election: parliament votes on the government budget",
                "The minister and the parliament voted on the budget of the government.", lang)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "fr", "de", "es", "it", "ar", "en-GB", "fr-TN"})
    void lexiconLanguagesAreRead(String lang) {
        assertThat(new TopicTagger().hasLexicon(lang)).isTrue();
    }
}
