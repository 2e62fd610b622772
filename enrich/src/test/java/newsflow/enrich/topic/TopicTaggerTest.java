package newsflow.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import newsflow.common.model.TopicTag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TopicTaggerTest {
    private static final TopicTagger TAGGER = new TopicTagger();
    private static final MediaTopics VOCABULARY = MediaTopics.get();

    private static String best(List<TopicTag> tags) {
        return TopicAgreement.bestPerTopLevel(VOCABULARY, tags).entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("none");
    }

    private static List<String> codes(List<TopicTag> tags) {
        return tags.stream().map(TopicTag::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        sport en    | Striker scores twice as United reach cup final | The visitors took the lead after ten minutes and the striker added a second goal before half-time. The manager praised his players after the match. | medtop:15000000 | medtop:20001065
        politics en | Opposition attacks government over election date | MPs from the opposition party accused the prime minister of delaying the general election. The minister said voters would go to the polls in May. | medtop:11000000 | medtop:20000574
        business en | Retailer profits rise as sales grow | The company reported a 12% rise in annual profits on higher sales. Shares rose 3% and the chief executive said investors should expect higher dividends. | medtop:04000000 | medtop:20001365
        arts en     | Director's new film wins top award | The film, starring two newcomers, won the jury prize at the festival. The director said the movie would open in cinemas next month. | medtop:01000000 | medtop:20000005
        tech en     | New phone lets users browse the web faster | The handset runs new software and connects to broadband wireless networks. Users can download music and send e-mail from the device. | medtop:13000000 | medtop:20000763
        sport ar    | المنتخب يفوز على ضيفه في تصفيات كأس العالم | سجل المهاجم هدفين في الشوط الثاني وقاد الفريق إلى الفوز في المباراة أمام جماهير غفيرة بالملعب. وأشاد المدرب باللاعبين. | medtop:15000000 | medtop:20001065
        politics ar | البرلمان يصادق على قانون الانتخابات البلدية | صادق نواب البرلمان في جلسة عامة على مشروع القانون الانتخابي، وطالبت أحزاب المعارضة الحكومة بتحديد موعد الاقتراع. | medtop:11000000 | medtop:20000574
        economy ar  | ارتفاع نسبة التضخم وتراجع الدينار | أعلن البنك المركزي أن نسبة التضخم بلغت مستوى مرتفعا، فيما تراجع سعر صرف الدينار أمام الدولار واليورو وتفاقم العجز التجاري. | medtop:04000000 | medtop:20000346
        culture ar  | افتتاح مهرجان المسرح بعرض لمخرج شاب | افتتحت الدورة الجديدة من المهرجان بمسرحية نالت إعجاب الجمهور، وتتواصل العروض المسرحية والحفلات الموسيقية طيلة أسبوع. | medtop:01000000 | medtop:20000029
        tech ar     | تطبيق جديد للهواتف الذكية | أطلقت الشركة تطبيقا جديدا يتيح لمستخدمي الهواتف الذكية الاتصال بالإنترنت عبر شبكة الجيل الرابع وحماية البيانات من القرصنة. | medtop:13000000 | medtop:20000763
        society ar  | ارتفاع عدد العائلات المعوزة | كشفت دراسة اجتماعية ارتفاع نسبة الفقر في الأحياء الشعبية، وطالبت جمعيات بتوفير المساعدات الاجتماعية للعائلات المعوزة وكبار السن. | medtop:14000000 | medtop:20000801
        """)
    void ranksTheExpectedSubjectFirstWithASpecificConcept(String name, String title, String text, String top,
                                                          String deeper) {
        List<TopicTag> tags = TAGGER.tag(title, text, null);
        assertThat(best(tags)).isEqualTo(top);
        assertThat(codes(tags)).contains(deeper);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        sport fr    | L'équipe nationale qualifiée pour la Coupe d'Afrique | L'attaquant a marqué deux buts et l'entraîneur a salué ses joueurs après le match au stade. | medtop:15000000 | medtop:20001065
        politics fr | Le Parlement adopte la loi électorale | Les députés ont voté le projet de loi et les partis de l'opposition demandent la date des élections municipales. | medtop:11000000 | medtop:20000574
        economy fr  | L'inflation grimpe et le dinar recule | La Banque centrale annonce une hausse de l'inflation, tandis que le dinar se déprécie face à l'euro et au dollar. | medtop:04000000 | medtop:20000346
        """)
    void readsFrenchWithTheFrenchLexicon(String name, String title, String text, String top, String deeper) {
        List<TopicTag> tags = TAGGER.tag(title, text, "fr-TN");
        assertThat(best(tags)).isEqualTo(top);
        assertThat(codes(tags)).contains(deeper);
    }

    @Test
    void frenchWordsAreNotReadWithTheEnglishLexicon() {
        // "but" is a goal in French and a conjunction in English
        assertThat(TAGGER.evidence(null, "but but but", "fr")).containsKey("medtop:20001065");
        assertThat(TAGGER.evidence(null, "but but but", "en")).isEmpty();
    }

    @Test
    void scoresLieInTheUnitIntervalAndNoConceptOutscoresItsSubject() {
        List<TopicTag> tags = TAGGER.tag("Police arrest suspect after bombing",
                "Police arrested a suspect after a bomb attack on a market. The prime minister condemned the terrorist "
                        + "attack and the court will hear the case next week.", "en");
        assertThat(tags).isNotEmpty().allSatisfy(t -> assertThat(t.score()).isBetween(0.0, 1.0));
        Map<String, Double> best = TopicAgreement.bestPerTopLevel(VOCABULARY, tags);
        for (TopicTag t : tags) {
            String top = VOCABULARY.topLevel(t.code()).orElseThrow().code();
            assertThat(t.score()).isLessThanOrEqualTo(best.get(top));
            assertThat(codes(tags)).contains(top);
        }
        assertThat(tags).extracting(TopicTag::label).doesNotContainNull();
    }

    @Test
    void titleWordsWeighMoreThanBodyWords() {
        String body = "The minister spoke about the league.";
        assertThat(best(TAGGER.tag("Election campaign", body, "en"))).isEqualTo("medtop:11000000");
        assertThat(best(TAGGER.tag("Football cup final", body, "en"))).isEqualTo("medtop:15000000");
    }

    @Test
    void figurativeWeatherAndFireWordsAreNotWeatherOrDisaster() {
        List<TopicTag> tags = TAGGER.tag("Minister under fire as storm of criticism grows",
                "The minister came under fire from opposition MPs. A storm of protest followed the government's "
                        + "plans, and the political climate in parliament stayed tense.", "en");
        assertThat(best(tags)).isEqualTo("medtop:11000000");
        assertThat(codes(tags)).doesNotContain("medtop:17000000", "medtop:03000000", "medtop:06000000");
    }

    @Test
    void givesNoTagWithoutEvidence() {
        assertThat(TAGGER.tag(null, null, null)).isEmpty();
        assertThat(TAGGER.tag("", "It was a quiet day.", "en")).isEmpty();
    }

    @Test
    void neverReturnsARetiredOrUnknownCode() {
        List<TopicTag> tags = TAGGER.tag("War crimes trial opens", "The court heard evidence of war crimes against "
                + "civilians during the civil war.", "en");
        assertThat(tags).isNotEmpty().allSatisfy(t -> {
            assertThat(VOCABULARY.find(t.code())).isPresent();
            assertThat(VOCABULARY.isRetired(t.code())).isFalse();
        });
    }

    @Test
    void isThreadSafe() {
        String title = "وزير الخارجية يستقبل سفير فرنسا";
        String text = "بحث الجانبان العلاقات الثنائية بين البلدين وسبل دعم التعاون في مجال مكافحة الإرهاب.";
        List<TopicTag> expected = TAGGER.tag(title, text, "ar");
        List<List<TopicTag>> parallel = IntStream.range(0, 200).parallel()
                .mapToObj(i -> TAGGER.tag(title, text, "ar")).toList();
        assertThat(parallel).allSatisfy(tags -> assertThat(tags).isEqualTo(expected));
        assertThat(codes(expected)).contains("medtop:20000639");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        sport de    | Nationalmannschaft gewinnt das Länderspiel | Der Stürmer erzielte zwei Tore, und der Trainer lobte seine Mannschaft nach dem Spiel im Stadion. | de | medtop:15000000
        crime de    | Polizei nimmt mutmaßliche Einbrecher fest | Die Polizei hat nach einer Serie von Einbrüchen drei Verdächtige festgenommen; die Staatsanwaltschaft ermittelt. | de | medtop:02000000
        sport es    | El equipo asciende a la liga de baloncesto | El base anotó veinte puntos y el entrenador felicitó a sus jugadores tras el partido de baloncesto. | es | medtop:15000000
        politics es | El Congreso aprueba la reforma electoral | Los diputados votaron el proyecto de ley y la oposición pidió al Gobierno que fije la fecha de las elecciones. | es | medtop:11000000
        health it   | Telemedicina, l'ospedale allarga il servizio | I medici dell'ospedale seguono a distanza i pazienti con malattie croniche; la sanità regionale finanzia il progetto. | it | medtop:07000000
        """)
    void readsGermanSpanishAndItalianWithTheirOwnLexicons(String name, String title, String text, String lang,
                                                         String top) {
        assertThat(best(TAGGER.tag(title, text, lang))).isEqualTo(top);
    }

    @org.junit.jupiter.api.Test
    void lexiconTermsWithHyphensAndApostrophesMatchLikeTheTextIsCut() {
        assertThat(TAGGER.evidence(null, "Le box-office du week-end", "fr")).containsKey("medtop:20000005");
        assertThat(TAGGER.evidence(null, "son chiffre d'affaires", "fr")).containsKey("medtop:04000000");
    }
}
